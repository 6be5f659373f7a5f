package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads numbers written in figures or in words: "87", "50,000", "2.5", "nine", "twenty-three",
 * "two hundred", "1.5 million", "a dozen", "dozens" (ACLED's conservative reading: 12).
 */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("dozens", 12),
            Map.entry("score", 20), Map.entry("scores", 20));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "hundreds", 100L, "thousand", 1_000L,
            "thousands", 1_000L, "million", 1_000_000L, "millions", 1_000_000L, "billion", 1_000_000_000L,
            "billions", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    private NumberWords() {
    }

    /** Whether {@code word} can be part of a number. */
    public static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isFigure(w) || UNITS.containsKey(w) || SCALES.containsKey(w) || isHyphenated(w);
    }

    /** Whether {@code word} is a scale word such as "million". */
    public static boolean isScale(String word) {
        return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The value of a number written as the given words, or empty when they are not a number. */
    public static OptionalDouble value(List<String> words) {
        double total = 0;
        double current = 0;
        boolean article = false; // a preceding "a"/"an": "a dozen", "a million", "and a half"
        boolean any = false;
        for (String raw : words) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("a") || w.equals("an")) {
                article = true;
                continue;
            }
            if (isFigure(w)) {
                current += Double.parseDouble(w.replace(",", ""));
            } else if (isHyphenated(w)) {
                String[] parts = w.split("-");
                current += UNITS.get(parts[0]) + UNITS.get(parts[1]);
            } else if (w.equals("half")) {
                current += 0.5;
            } else if (w.equals("dozen") || w.equals("score")) {
                current = (current == 0 ? 1 : current) * UNITS.get(w);
            } else if (UNITS.containsKey(w)) {
                current += UNITS.get(w);
            } else if (SCALES.containsKey(w)) {
                long scale = SCALES.get(w);
                current = (current == 0 || article ? Math.max(current, 1) : current) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                return OptionalDouble.empty();
            }
            article = false;
            any = true;
        }
        return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
    }

    private static boolean isFigure(String w) {
        return w.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    }

    private static boolean isHyphenated(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && UNITS.containsKey(w.substring(0, dash)) && UNITS.containsKey(w.substring(dash + 1))
                && UNITS.get(w.substring(0, dash)) >= 20 && UNITS.get(w.substring(dash + 1)) < 10;
    }
}
