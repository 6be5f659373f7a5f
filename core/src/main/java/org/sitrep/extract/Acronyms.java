package org.sitrep.extract;

import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;
import org.sitrep.places.NameMatch;
import org.sitrep.places.PlaceIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms of country names, read from the gazetteer's own names: "SA" may be South Africa as well as the ISO code of
 * Saudi Arabia, "T&T" is Trinidad and Tobago, "UAE" the United Arab Emirates. The initials of a name of two words or
 * more (leaving out "and", "of", "the") make its acronym. Which of the candidates an acronym means is the ranker's
 * business ({@link PlaceRanker}): the article's countries decide.
 */
final class Acronyms {
    private static final Set<String> SKIPPED = Set.of("and", "of", "the", "de");
    private final Map<String, List<IndexedPlace>> countries = new HashMap<>();

    Acronyms(PlaceIndex index) {
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                index.findCountry("" + a + b).ifPresent(c -> {
                    String initials = initials(c.name());
                    if (initials.length() > 1) {
                        countries.computeIfAbsent(initials, k -> new ArrayList<>()).add(c);
                    }
                });
            }
        }
    }

    /** Whether a name is written as an acronym: two to four capitals, with dots or an ampersand ("SC", "T&T"). */
    static boolean isAcronym(String name) {
        String letters = name.replace(".", "").replace("&", "");
        return letters.length() >= 2 && letters.length() <= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** The matches of a name, with the countries it is the acronym of added when it is one and they are not there. */
    List<NameMatch> withCountries(String name, List<NameMatch> matches) {
        if (!isAcronym(name)) {
            return matches;
        }
        List<IndexedPlace> named = countries.get(name.replace(".", "").replace("&", "").toLowerCase(Locale.ROOT));
        if (named == null) {
            return matches;
        }
        List<NameMatch> all = new ArrayList<>(matches);
        for (IndexedPlace c : named) {
            if (all.stream().noneMatch(m -> m.place().ref() == c.ref())) {
                all.add(new NameMatch(c, NameMatch.Quality.ALTERNATE));
            }
        }
        return all;
    }

    /** "sa" for South Africa, "tt" for Trinidad and Tobago; a one-word name gives one letter. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : NameKeys.exact(name).split("[ -]")) {
            if (!w.isEmpty() && !SKIPPED.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }
}
