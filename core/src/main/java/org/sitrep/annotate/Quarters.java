package org.sitrep.annotate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters the way business news speaks of them: results are reported after a quarter ends, so "the quarter"
 * and "the latest quarter" are the quarter last named in the story ("third-quarter net rose...") or, when none
 * is named, the one before the article's date; "a year earlier" next to such results is the same quarter a
 * year before.
 */
final class Quarters {

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth)[- ](?:fiscal[- ])?"
            + "quarter");
    private static final Pattern BARE_ORDINAL = Pattern.compile("(?i)(?:(?:the|its)\\s+)?(?:fiscal[- ])?"
            + "(first|second|third|fourth)[- ](?:fiscal[- ])?quarter(?:'s)?");
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)(?:the|its)\\s+(?:(?:latest|most recent|recent"
            + "|just[- ]ended|latest fiscal|fiscal)\\s+)?quarter(?:'s)?");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\bquarter|\\bperiod\\b");
    /** How far back in the story a named quarter is remembered, and results talk is looked for, in chars. */
    private static final int MEMORY = 1500;
    private static final int REPORTING_REACH = 400;

    private final LocalDate published;
    private final String current;
    private final boolean reporting;

    private Quarters(LocalDate published, String current, boolean reporting) {
        this.published = published;
        this.current = current;
        this.reporting = reporting;
    }

    /** The quarters as the story stands at the sentence {@code [sentenceStart, sentenceEnd)} of {@code text}. */
    static Quarters around(String text, int sentenceStart, int sentenceEnd, LocalDate published) {
        int from = Math.max(0, sentenceStart - MEMORY);
        Matcher m = ORDINAL.matcher(text).region(from, sentenceEnd);
        String named = null;
        while (m.find()) {
            named = resolve(ordinal(m.group(1)), Direction.PAST, published);
        }
        String current = named != null ? named : previous(published);
        boolean reporting = REPORTING.matcher(text).region(Math.max(0, sentenceStart - REPORTING_REACH),
                sentenceEnd).find();
        return new Quarters(published, current, reporting);
    }

    /** The quarter under discussion, as a TIMEX3 value ("1989-Q3"). */
    String current() {
        return current;
    }

    /** Whether the sentence or the one before speaks of quarterly or period results. */
    boolean reporting() {
        return reporting;
    }

    /** The quarter under discussion a year before. */
    String yearBefore() {
        return minusYear(current);
    }

    /**
     * The value of a quarter expression: a quarter named without its year ("third-quarter", "the fiscal first
     * quarter"), the latest that has begun, or an anaphoric one ("the quarter", "the latest quarter"); null
     * when {@code surface} is neither.
     */
    String valueOf(String surface) {
        Matcher m = BARE_ORDINAL.matcher(surface);
        if (m.matches()) {
            return resolve(ordinal(m.group(1)), Direction.PAST, published);
        }
        if (ANAPHORIC.matcher(surface).matches()) {
            return current;
        }
        return null;
    }

    static int ordinal(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "first":
                return 1;
            case "second":
                return 2;
            case "third":
                return 3;
            default:
                return 4;
        }
    }

    /** Quarter {@code n} of the latest year in which it has begun by {@code published}, or of the next. */
    static String resolve(int n, Direction direction, LocalDate published) {
        int now = quarterOf(published);
        int year = published.getYear();
        if (direction == Direction.FUTURE) {
            return of(n < now ? year + 1 : year, n);
        }
        return of(n > now ? year - 1 : year, n);
    }

    static String minusYear(String quarter) {
        return (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
    }

    private static String previous(LocalDate published) {
        int q = quarterOf(published);
        return q == 1 ? of(published.getYear() - 1, 4) : of(published.getYear(), q - 1);
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static String of(int year, int quarter) {
        return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
    }
}
