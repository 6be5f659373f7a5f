package org.sitrep.extract;

import org.sitrep.model.Problem;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quotation marks of a body into quotations, paragraph by paragraph (a paragraph is a line of the body).
 * Curly, straight, low and angle double marks, and doubled apostrophes, open and close quotations; a straight mark
 * opens or closes by what stands beside it. By the press convention, a paragraph that opens a quotation without
 * closing it continues into the next paragraph when that one opens with a quotation mark of the same kind (straight
 * or typographic); an opening mark never closed otherwise ends its quotation at the end of its paragraph, and is
 * reported. Single marks make a quotation only outside double ones, when a clear opening mark ({@code 'We} after a
 * space) finds a clear closing mark in the same paragraph, so that apostrophes ({@code Russia's}, {@code '90s},
 * {@code Clintons'}) never open one.
 */
final class QuotationMarks {

    /** Problems reported per article at most. */
    static final int MAX_PROBLEMS = 10;

    /** A quotation: its span, from the opening mark to the closing mark included. */
    record Quotation(Span span, boolean closed) {
    }

    /** Quotations and problems of one body. */
    record Found(List<Quotation> quotations, List<Problem> problems) {
    }

    private enum Role { OPEN, CLOSE, EITHER, NONE }

    Found find(String text) {
        List<Quotation> quotations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        int open = -1; // the opening mark of the quotation under way, or -1
        Span previous = null;
        for (Span para : paragraphs) {
            int from = para.start();
            if (open >= 0) {
                int length = markLength(text, para.start());
                if (doubleRole(text, para.start(), para) != Role.NONE && opensHere(text, para.start(), length, para)
                        && isStraight(text.charAt(para.start())) == isStraight(text.charAt(open))) {
                    from = para.start() + length; // this paragraph's opening mark continues the quotation
                } else {
                    unclosed(text, open, previous, quotations, problems);
                    open = -1;
                }
            }
            open = scan(text, para, from, open, quotations, problems);
            if (!hasDoubleMarks(text, para)) {
                singleQuotations(text, para, quotations);
            }
            previous = para;
        }
        if (open >= 0) {
            unclosed(text, open, previous, quotations, problems);
        }
        quotations.sort((a, b) -> a.span().compareTo(b.span()));
        return new Found(quotations, problems);
    }

    private static void unclosed(String text, int open, Span para, List<Quotation> quotations,
                                 List<Problem> problems) {
        Span span = trimmed(text, open, para.end());
        if (text.substring(span.start(), span.end()).chars().noneMatch(Character::isLetterOrDigit)) {
            return; // a lone mark
        }
        quotations.add(new Quotation(span, false));
        report(problems, "quotation mark at " + open + " is never closed; the quote ends at the end of its"
                + " paragraph (" + para.end() + ")");
    }

    /**
     * Reads a paragraph from {@code from} with the quotation opened at {@code open} (or none, -1) under way; adds
     * the quotations it closes and returns the opening mark of the one still open at its end, or -1.
     */
    private static int scan(String text, Span para, int from, int open, List<Quotation> quotations,
                            List<Problem> problems) {
        for (int i = from; i < para.end(); i++) {
            Role role = doubleRole(text, i, para);
            int length = markLength(text, i);
            if (role == Role.NONE) {
                if (open < 0 && text.charAt(i) == '\'' && opensBeforeDoubledClose(text, i, para)) {
                    open = i; // 'Perhaps ...,'' : an archive's doubled apostrophes with the first one lost
                }
                continue;
            }
            if (open < 0) {
                if (role == Role.CLOSE && !opensHere(text, i, length, para)) {
                    i += length - 1;
                    continue; // a stray closing mark
                }
                open = i;
            } else if (role == Role.OPEN && !closesHere(text, i, length, para)) {
                // A new quotation opens before the last one closed: end that one before this mark.
                quotations.add(new Quotation(trimmed(text, open, i), false));
                report(problems, "quotation mark at " + open + " is not closed before the next one opens at " + i);
                open = i;
            } else {
                quotations.add(new Quotation(new Span(open, i + length), true));
                open = -1;
            }
            i += length - 1;
        }
        return open;
    }

    /** Whether a lone apostrophe opening a word is closed later in its paragraph by a doubled one. */
    private static boolean opensBeforeDoubledClose(String text, int i, Span para) {
        if (markLength(text, i) != 0 || !(i == para.start() || Character.isWhitespace(text.charAt(i - 1)))
                || i + 1 >= para.end() || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        for (int j = i + 1; j < para.end(); j++) {
            if (markLength(text, j) > 0) {
                return text.startsWith("''", j) && closesHere(text, j, 2, para);
            }
        }
        return false;
    }

    private static boolean hasDoubleMarks(String text, Span para) {
        for (int i = para.start(); i < para.end(); i++) {
            if (doubleRole(text, i, para) != Role.NONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the double quotation mark at {@code i}: 1 for a double mark, 2 for doubled apostrophes or
     * backquotes ({@code ''}, {@code ``}, as some archives write them), 0 for none.
     */
    private static int markLength(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '`') {
            return i + 1 < text.length() && text.charAt(i + 1) == c
                    && (i == 0 || text.charAt(i - 1) != c) ? 2 : 0;
        }
        return "\"\u201C\u201D\u201E\u00AB\u00BB".indexOf(c) >= 0 ? 1 : 0;
    }

    /** Single-mark quotations of a paragraph without double marks. */
    private static void singleQuotations(String text, Span para, List<Quotation> quotations) {
        int i = para.start();
        while (i < para.end()) {
            char c = text.charAt(i);
            if ((c == '\u2018' || c == '\'') && opensSingle(text, i, para)) {
                int close = -1;
                for (int j = i + 2; j < para.end(); j++) {
                    char d = text.charAt(j);
                    if ((d == '\u2019' || d == '\'') && closesSingle(text, j, para)) {
                        close = j;
                        break;
                    }
                }
                if (close > 0) {
                    quotations.add(new Quotation(new Span(i, close + 1), true));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean opensSingle(String text, int i, Span para) {
        boolean before = i == para.start() || isOpeningContext(text.charAt(i - 1));
        // A letter after it, not a digit ('90s) and not an elision ('em, 'n').
        if (!before || i + 1 >= para.end() || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        int w = i + 1;
        while (w < para.end() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        String word = text.substring(i + 1, w).toLowerCase(java.util.Locale.ROOT);
        return !(word.equals("em") || word.equals("n") || word.equals("til") || word.equals("cause"));
    }

    private static boolean closesSingle(String text, int j, Span para) {
        char before = text.charAt(j - 1);
        boolean after = j + 1 >= para.end() || isClosingContext(text.charAt(j + 1));
        // "Clintons' " is a possessive: a closing mark after a plain "s" needs punctuation before it to count.
        return after && !Character.isWhitespace(before) && (before != 's' || isPunctuation(text, j + 1, para));
    }

    private static boolean isPunctuation(String text, int j, Span para) {
        return j < para.end() && ".,;:!?".indexOf(text.charAt(j)) >= 0;
    }

    /** What a double mark at {@code i} can do, or NONE when {@code i} holds no double mark. */
    private static Role doubleRole(String text, int i, Span para) {
        int length = markLength(text, i);
        if (length == 0) {
            return Role.NONE;
        }
        char c = text.charAt(i);
        switch (c) {
            case '\u201C', '\u201E', '\u00AB', '`' -> {
                return Role.OPEN;
            }
            case '\u201D', '\u00BB' -> {
                return Role.CLOSE;
            }
            default -> {
                boolean opening = opensHere(text, i, length, para);
                boolean closing = closesHere(text, i, length, para);
                if (opening && !closing) {
                    return Role.OPEN;
                }
                if (closing && !opening) {
                    return Role.CLOSE;
                }
                if (!opening && Character.isDigit(i > para.start() ? text.charAt(i - 1) : ' ')) {
                    return Role.NONE; // inches: 12" guns
                }
                return Role.EITHER;
            }
        }
    }

    /** Whether a mark at {@code i} stands where quotations open: after a space or an opening bracket, before a word. */
    private static boolean opensHere(String text, int i, int length, Span para) {
        boolean before = i == para.start() || isOpeningContext(text.charAt(i - 1));
        boolean after = i + length < para.end() && !Character.isWhitespace(text.charAt(i + length));
        return before && after;
    }

    /** Whether a mark at {@code i} stands where quotations close: after a word, before a space or punctuation. */
    private static boolean closesHere(String text, int i, int length, Span para) {
        boolean before = i > para.start() && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + length >= para.end() || isClosingContext(text.charAt(i + length));
        return before && after;
    }

    /**
     * Whether {@code span} holds quotation marks only: one mark, doubled apostrophes, or marks run together as a
     * tokenizer may leave them ({@code ’”} closing a quotation within a quotation).
     */
    static boolean isMarkToken(String text, Span span) {
        if (span.length() == 0 || span.length() > 3) {
            return false;
        }
        for (int i = span.start(); i < span.end(); i++) {
            if ("\"“”„«»'‘’`".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStraight(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private static boolean isOpeningContext(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/:\u201C\"".indexOf(c) >= 0;
    }

    private static boolean isClosingContext(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}\u2014\u2013-/\u201D\"'\u2019\u2026".indexOf(c) >= 0;
    }

    /** The span from {@code start} to {@code end} without trailing whitespace. */
    private static Span trimmed(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(start, e);
    }

    private static void report(List<Problem> problems, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem("quotes", message));
        }
    }

    /**
     * The paragraphs of a body: its lines without surrounding white space, blank lines skipped (Sitrep's bodies
     * separate paragraphs with a blank line; some sources with a single line break).
     */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int start = i;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                paragraphs.add(new Span(start, end));
            }
            i = lineEnd + 1;
        }
        return paragraphs;
    }
}
