package org.sitrep.eval;

import org.sitrep.extract.NumberWords;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The number of victims a gold victim argument states: a number in its words or in the few words before its head
 * ("Three other Russian military personnel", "12 people"), or null.
 */
final class VictimCount {
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "and", "or", "of", "the", "in", "by");

    private VictimCount() {
    }

    /** The count stated by tokens {@code [range[0], range[1])} of {@code words} and up to four words before. */
    static Integer of(List<String> words, int[] range) {
        if (range == null) {
            return null;
        }
        int from = range[0];
        while (from > 0 && from > range[0] - 4 && !STOPS.contains(words.get(from - 1).toLowerCase(Locale.ROOT))) {
            from--;
        }
        for (int i = from; i < range[1]; i++) {
            if (NumberWords.isNumberWord(words.get(i))) {
                int j = i;
                while (j < range[1] && (NumberWords.isNumberWord(words.get(j))
                        || Set.of("and", "a", "half").contains(words.get(j).toLowerCase(Locale.ROOT)))) {
                    j++;
                }
                while (j > i + 1 && Set.of("and", "a").contains(words.get(j - 1).toLowerCase(Locale.ROOT))) {
                    j--;
                }
                OptionalDouble v = NumberWords.value(words.subList(i, j));
                if (v.isPresent() && v.getAsDouble() >= 1 && v.getAsDouble() < 1_000_000) {
                    return (int) Math.round(v.getAsDouble());
                }
            }
        }
        return null;
    }
}
