package org.sitrep.extract;

import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameMatch;
import org.sitrep.places.PlaceIndex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country a nationality adjective stands for ("Russian strike": Russia): a small table for the stages without
 * the gazetteer ({@link #country}), and for the places stage the gazetteer's demonyms with the adjectives regularly
 * formed from its lands' names ({@link #place}).
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

    /** Population under which a region or a country found by {@link #derived} is not taken for a people's land. */
    private static final long DERIVED_MIN_POPULATION = 100_000;
    private static final long NAMED_SETTLEMENT_POPULATION = 10_000;

    /**
     * The place a demonym stands for: the gazetteer's demonym ("Russian", "Canadian"), or else the land a regular
     * adjective is formed from ({@link #derived}).
     */
    static Optional<IndexedPlace> place(PlaceIndex index, String word) {
        Optional<IndexedPlace> known = index.findDemonym(word);
        return known.isPresent() ? known : derived(index, word);
    }

    /**
     * The country, region or continent an adjective is regularly formed from when the gazetteer has no demonym for
     * it: "Philippine" (Philippines), "English" (England), "Scottish" (Scotland), "Kurdish" (Kurdistan), "Central
     * American" (Central America). Only a word that names no country, region or town of
     * {@value #NAMED_SETTLEMENT_POPULATION} people itself, and only a land of
     * {@value #DERIVED_MIN_POPULATION} people or more known by that very name.
     */
    static Optional<IndexedPlace> derived(PlaceIndex index, String word) {
        String w = word.strip();
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || namesPlace(index.find(w))) {
            return Optional.empty();
        }
        List<String> stems = new java.util.ArrayList<>(4);
        if (w.endsWith("ish")) {
            String root = w.substring(0, w.length() - 3);
            stems.add(root + "and");
            boolean doubled = root.length() > 2 && root.charAt(root.length() - 1) == root.charAt(root.length() - 2);
            stems.add((doubled ? root.substring(0, root.length() - 1) : root) + "land");
            stems.add(root + "istan");
        } else if (w.endsWith("n")) {
            stems.add(w.substring(0, w.length() - 1));
        } else if (w.endsWith("e")) {
            stems.add(w + "s");
        }
        for (String stem : stems) {
            for (NameMatch m : index.find(stem)) {
                IndexedPlace p = m.place();
                if (m.quality() == NameMatch.Quality.NAME && isLand(p) && p.population() >= DERIVED_MIN_POPULATION) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a word names a land or a settlement of some size itself ("Jordan", "Milan"), not only a hamlet. */
    private static boolean namesPlace(List<NameMatch> matches) {
        return matches.stream().map(NameMatch::place)
                .anyMatch(p -> isLand(p) || p.population() >= NAMED_SETTLEMENT_POPULATION);
    }

    private static boolean isLand(IndexedPlace p) {
        return p.kind() == FeatureKind.COUNTRY || p.kind() == FeatureKind.REGION
                || p.kind() == FeatureKind.CONTINENT;
    }

    /** The country {@code adjective} stands for ("Russian", "North Korean"), or empty. */
    static Optional<String> country(String adjective) {
        return Optional.ofNullable(COUNTRIES.get(adjective.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()));
    }
}
