package org.sitrep.annotate;

/**
 * The text CoreNLP's tokenizer is given: the article text, character for character, except that a stretch
 * without whitespace longer than {@link #MAX_RUN} characters is broken by a space every {@code MAX_RUN}
 * characters. CoreNLP's lexer takes time quadratic in such a stretch (8,000 quotation marks take seconds,
 * 100,000 never end); real words and links are shorter. The length is unchanged, so every offset CoreNLP
 * reports is an offset into the article text.
 */
final class TokenizerText {
    static final int MAX_RUN = 64;
    /** How far back from the end of a run's window a break may move to fall between a letter and a sign. */
    private static final int LOOK_BACK = 16;

    private TokenizerText() {
    }

    static String of(String text) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                runStart = i + 1;
            } else if (i - runStart >= MAX_RUN) {
                int at = breakAt(text, runStart, i);
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[at] = ' ';
                runStart = at + 1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Where to break the run that has grown to {@code end}: a sign near its end if any, never half a pair. */
    private static int breakAt(String text, int runStart, int end) {
        for (int j = end; j > end - LOOK_BACK && j > runStart; j--) {
            if (!Character.isLetterOrDigit(text.charAt(j)) && !Character.isSurrogate(text.charAt(j))) {
                return j;
            }
        }
        return Character.isLowSurrogate(text.charAt(end)) ? end + 1 < text.length() ? end + 1 : end - 1 : end;
    }
}
