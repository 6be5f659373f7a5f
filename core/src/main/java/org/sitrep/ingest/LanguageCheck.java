package org.sitrep.ingest;

import org.sitrep.WordLists;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells an article in another language than English, which the annotators' models are for, by two measures
 * over its first {@value #SAMPLE} characters: the script of its letters, and the share of its words that are
 * among the most frequent words of English news ({@code words/english-function-words.txt}). In English news
 * that share is a quarter or more (0.23 at the least over the development articles and snippets); in French,
 * Spanish, German, Italian, Portuguese or Dutch news it stays under a tenth. A text too short to tell is let
 * through.
 */
final class LanguageCheck {
    static final int SAMPLE = 20_000;
    static final int MIN_LETTERS = 20;
    static final int MIN_WORDS = 30;
    static final double MIN_SHARE = 0.12;
    private static final Set<String> COMMON = WordLists.set("english-function-words");

    private LanguageCheck() {
    }

    /** Why {@code text} is not English, or null when it is (or is too short to tell). */
    static String notEnglish(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE);
        Map<Character.UnicodeScript, Integer> scripts = new TreeMap<>();
        int letters = 0;
        int words = 0;
        int common = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= end; ) {
            int c = i < end ? Character.codePointAt(text, i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words++;
                common += COMMON.contains(word.toString()) ? 1 : 0;
                word.setLength(0);
            }
            i += i < end ? Character.charCount(c) : 1;
        }
        int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (letters >= MIN_LETTERS && latin * 2 < letters) {
            Map.Entry<Character.UnicodeScript, Integer> most = scripts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            return String.format(Locale.ROOT, "%d%% of its letters are in the %s script", 100 * most.getValue() / letters,
                    most.getKey().name().charAt(0) + most.getKey().name().substring(1).toLowerCase(Locale.ROOT));
        }
        if (words >= MIN_WORDS && common < MIN_SHARE * words) {
            return String.format(Locale.ROOT, "%d of its %d words are common English words (the, of, and, to ...);"
                    + " English text has more than %d%%", common, words, Math.round(100 * MIN_SHARE));
        }
        return null;
    }
}
