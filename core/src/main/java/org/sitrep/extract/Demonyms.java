package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country a nationality adjective stands for ("Russian strike": Russia). A small table kept in this one place
 * until the places stage supplies demonyms from its gazetteer.
 */
final class Demonyms {
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"), Map.entry("israeli", "Israel"),
            Map.entry("palestinian", "Palestine"), Map.entry("syrian", "Syria"), Map.entry("iranian", "Iran"),
            Map.entry("iraqi", "Iraq"), Map.entry("american", "United States"), Map.entry("u.s.", "United States"),
            Map.entry("us", "United States"), Map.entry("british", "United Kingdom"), Map.entry("french", "France"),
            Map.entry("german", "Germany"), Map.entry("chinese", "China"), Map.entry("north korean", "North Korea"),
            Map.entry("south korean", "South Korea"), Map.entry("turkish", "Turkey"), Map.entry("lebanese", "Lebanon"),
            Map.entry("yemeni", "Yemen"), Map.entry("saudi", "Saudi Arabia"), Map.entry("afghan", "Afghanistan"),
            Map.entry("pakistani", "Pakistan"), Map.entry("indian", "India"), Map.entry("sudanese", "Sudan"),
            Map.entry("somali", "Somalia"), Map.entry("nigerian", "Nigeria"), Map.entry("malian", "Mali"),
            Map.entry("ethiopian", "Ethiopia"), Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"),
            Map.entry("armenian", "Armenia"), Map.entry("azerbaijani", "Azerbaijan"), Map.entry("egyptian", "Egypt"),
            Map.entry("libyan", "Libya"), Map.entry("jordanian", "Jordan"), Map.entry("qatari", "Qatar"),
            Map.entry("emirati", "United Arab Emirates"), Map.entry("soviet", "Soviet Union"),
            Map.entry("dutch", "Netherlands"), Map.entry("polish", "Poland"), Map.entry("japanese", "Japan"),
            Map.entry("bangladeshi", "Bangladesh"), Map.entry("burmese", "Myanmar"), Map.entry("congolese", "DR Congo"),
            Map.entry("kenyan", "Kenya"), Map.entry("ugandan", "Uganda"), Map.entry("rwandan", "Rwanda"),
            Map.entry("cameroonian", "Cameroon"), Map.entry("mozambican", "Mozambique"), Map.entry("colombian", "Colombia"),
            Map.entry("mexican", "Mexico"), Map.entry("venezuelan", "Venezuela"), Map.entry("haitian", "Haiti"),
            Map.entry("moldovan", "Moldova"), Map.entry("lithuanian", "Lithuania"), Map.entry("latvian", "Latvia"),
            Map.entry("estonian", "Estonia"), Map.entry("finnish", "Finland"), Map.entry("swedish", "Sweden"),
            Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"), Map.entry("canadian", "Canada"),
            Map.entry("australian", "Australia"), Map.entry("burkinabe", "Burkina Faso"), Map.entry("nigerien", "Niger"),
            Map.entry("chadian", "Chad"), Map.entry("eritrean", "Eritrea"), Map.entry("south sudanese", "South Sudan"),
            Map.entry("filipino", "Philippines"), Map.entry("thai", "Thailand"), Map.entry("hungarian", "Hungary"),
            Map.entry("romanian", "Romania"), Map.entry("serbian", "Serbia"), Map.entry("kosovar", "Kosovo"));

    private Demonyms() {
    }

    /** The country {@code adjective} stands for ("Russian", "North Korean"), or empty. */
    static Optional<String> country(String adjective) {
        return Optional.ofNullable(COUNTRIES.get(adjective.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()));
    }
}
