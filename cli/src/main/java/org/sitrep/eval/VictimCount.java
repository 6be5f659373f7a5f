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
    private static final Set<String> LIST = Set.of(",", "and");
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "and", "or", "of", "the", "in", "by");

    private VictimCount() {
    }

    /**
     * The count stated by tokens {@code [range[0], range[1])} of {@code words} and up to four words before; a
     * victim listed by groups ("two Iraqis, one Tunisian and one person from Uzbekistan") counts their sum; a range
     * ("five to seven residents") states no exact count.
     */
    static Integer of(List<String> words, int[] range) {
        if (range == null) {
            return null;
        }
        int from = range[0];
        while (from > 0 && from > range[0] - 4 && !STOPS.contains(words.get(from - 1).toLowerCase(Locale.ROOT))) {
            from--;
        }
        Integer sum = null;
        for (int i = from; i < range[1]; i++) {
            if (!NumberWords.isNumberWord(words.get(i))) {
                continue;
            }
            if (sum != null && !LIST.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                break; // a number inside a group already counted ("one person from 2 towns")
            }
            int j = i;
            while (j < range[1] && (NumberWords.isNumberWord(words.get(j))
                    || Set.of("and", "a", "half").contains(words.get(j).toLowerCase(Locale.ROOT)))) {
                j++;
            }
            while (j > i + 1 && Set.of("and", "a").contains(words.get(j - 1).toLowerCase(Locale.ROOT))) {
                j--;
            }
            if (j + 1 < words.size() && Set.of("to", "or", "-").contains(words.get(j).toLowerCase(Locale.ROOT))
                    && NumberWords.isNumberWord(words.get(j + 1))) {
                return null; // "five to seven residents"
            }
            OptionalDouble v = NumberWords.value(words.subList(i, j));
            if (v.isPresent() && v.getAsDouble() >= 1 && v.getAsDouble() < 1_000_000) {
                sum = (sum == null ? 0 : sum) + (int) Math.round(v.getAsDouble());
            } else if (sum != null) {
                break;
            }
            i = j - 1;
        }
        return sum;
    }
}
