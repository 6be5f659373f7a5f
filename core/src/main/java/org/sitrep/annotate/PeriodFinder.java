package org.sitrep.annotate;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of one sentence that SUTime misses or splits: the periods of business copy ("the
 * year-ago quarter", "the latest period", "the 1988 period", "the same quarter last year", "the first half of
 * 1990"), "mid-November", "year-end", "the near term", durations such as "two more weeks" and "2 1/2 years",
 * "that year" and "the following year" (by the year last written out before them), and years and decades said in
 * words ("nineteen ninety-six", "the nineties").
 */
final class PeriodFinder {

    private static final String ORDINAL = "(first|second|third|fourth)";
    /** "year-ago"/"year-earlier", before a quarter or period or as an adjective, not before a span of months. */
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)\\b((?:the\\s+)?(?:(?:comparable|corresponding)\\s+)?"
            + "(year-(?:ago|earlier))(?:\\s+((?:" + ORDINAL + "[- ])?(?:fiscal\\s+)?(?:quarter|period)))?)\\b"
            + "(?!\\s+\\w+\\s+months)");
    /** "the year-earlier nine months": a span of the year before. */
    private static final Pattern YEAR_AGO_MONTHS = Pattern.compile("(?i)\\b(?:the\\s+)?year-(?:ago|earlier)\\s+"
            + "(\\w+)\\s+months\\b");
    private static final Map<String, Integer> NUMBERS = Map.of("three", 3, "six", 6, "nine", 9, "twelve", 12, "3", 3,
            "6", 6, "9", 9, "12", 12);
    private static final Pattern LATEST_PERIOD = Pattern.compile("(?i)\\b(?:the|its)\\s+(?:latest|most\\s+recent)\\s+"
            + "(?:fiscal\\s+)?period\\b");
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)\\bthe\\s+(\\d{4})\\s+(?:" + ORDINAL + "[- ])?"
            + "(?:fiscal\\s+)?(quarter|period)\\b");
    private static final Pattern SAME_PERIOD_YEAR_BEFORE = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:corresponding"
            + "|comparable|same)\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)"
            + "|the\\s+quarter\\s+a\\s+year\\s+(?:ago|earlier)|last\\s+year's\\s+(?:" + ORDINAL + "[- ])?quarter)\\b");
    private static final Pattern MID = Pattern.compile("(?i)\\bmid-(?:(\\d{4})|(january|february|march|april|may"
            + "|june|july|august|september|october|november|december))\\b");
    private static final Pattern YEAR_END = Pattern.compile("(?i)\\byear(?:-end|'s\\s+end)\\b");
    private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\b(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+"
            + "year\\b(?!-)");
    /** "the following year": the year after the one last written out before it. */
    private static final Pattern FOLLOWING_YEAR = Pattern.compile("(?i)\\bthe\\s+following\\s+year\\b(?!-)");
    /** "the first half of 1990", "the first two quarters of 1990". */
    private static final Pattern HALF = Pattern.compile("(?i)\\b(?:the\\s+)?(?:(first|second|last)\\s+half"
            + "|first\\s+two\\s+quarters|(last)\\s+two\\s+quarters)\\s+of\\s+(\\d{4})\\b");
    /** "two more weeks", "2 1/2 years", "a minute and a half": durations SUTime misses or cuts short. */
    private static final Pattern MORE_UNITS = Pattern.compile("(?i)\\b(\\d+|a|an|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|twelve)\\s+(?:more\\s+|(1/2\\s+|and\\s+a\\s+half\\s+))?(minute|hour|day|week|month"
            + "|year)s?(\\s+and\\s+a\\s+half)?\\b");
    private static final String TENS = "(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNITS = "(one|two|three|four|five|six|seven|eight|nine)";
    private static final List<String> TEENS_AND_TENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> DIGITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    /**
     * A year said in words, as broadcast transcripts write it, perhaps after a month or a season: "nineteen
     * ninety-six", "January nineteen ninety-seven", "the winter of nineteen ninety-four".
     */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?i)\\b(?:(january|february|march|april|may|june"
            + "|july|august|september|october|november|december)\\s+|(?:the\\s+)?(spring|summer|fall|autumn|winter)"
            + "\\s+of\\s+)?(nineteen|twenty)[\\s-]+" + TENS + "(?:[\\s-]+" + UNITS + ")?\\b(?![\\s-]+(?:hundred"
            + "|thousand|million|billion|percent|per\\s+cent|dollars|years?|months?|weeks?|days?|hours?|minutes?"
            + "|people|of\\b|" + UNITS + "\\b))");
    /** A decade said in words: "the nineties", "the nineteen-sixties". */
    private static final Pattern SPOKEN_DECADE = Pattern.compile("(?i)\\bthe\\s+(?:nineteen[\\s-]+)?(twenties|thirties"
            + "|forties|fifties|sixties|seventies|eighties|nineties)\\b");
    private static final Pattern TERM = Pattern.compile("(?i)\\bthe\\s+(?:near|short)\\s+term\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    /** How far back in the story "that year" and "the following year" look for the year they mean, in chars. */
    private static final int MEMORY = 1500;

    /** The expressions SUTime misses in the sentence of {@code text} made of {@code tokens}, in body order. */
    List<TimeExpression> find(String text, List<Token> tokens, Quarters quarters, LocalDate published) {
        int start = tokens.get(0).span().start();
        int end = tokens.get(tokens.size() - 1).span().end();
        List<TimeExpression> found = new ArrayList<>();
        Matcher m = YEAR_AGO.matcher(text).region(start, end);
        while (m.find()) {
            String value;
            int from = m.start();
            if (m.group(3) != null) {
                String quarter = m.group(4) == null ? quarters.current()
                        : Quarters.resolve(Quarters.ordinal(m.group(4)), Direction.PAST, published);
                value = Quarters.minusYear(quarter);
            } else {
                from = m.start(2);
                value = quarters.reporting() ? quarters.yearBefore()
                        : String.format(Locale.ROOT, "%04d", published.getYear() - 1);
            }
            add(found, text, from, m.end(m.group(3) != null ? 3 : 2), value);
        }
        m = YEAR_AGO_MONTHS.matcher(text).region(start, end);
        while (m.find()) {
            Integer months = NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (months != null) {
                Span span = new Span(m.start(), m.end());
                found.add(new TimeExpression(span, text.substring(m.start(), m.end()), TimeType.DURATION,
                        "P" + months + "M"));
            }
        }
        m = SAME_PERIOD_YEAR_BEFORE.matcher(text).region(start, end);
        while (m.find()) {
            String value = m.group(1) == null ? quarters.yearBefore()
                    : Quarters.minusYear(Quarters.resolve(Quarters.ordinal(m.group(1)), Direction.PAST, published));
            add(found, text, m.start(), m.end(), value);
        }
        if (quarters.reporting()) {
            m = LATEST_PERIOD.matcher(text).region(start, end);
            while (m.find()) {
                add(found, text, m.start(), m.end(), quarters.current());
            }
        }
        m = YEAR_PERIOD.matcher(text).region(start, end);
        while (m.find()) {
            if (m.group(2) == null && m.group(3).equalsIgnoreCase("period") && !quarters.reporting()) {
                continue;
            }
            String quarter = m.group(2) != null ? "Q" + Quarters.ordinal(m.group(2))
                    : quarters.current().substring(5);
            add(found, text, m.start(), m.end(), m.group(1) + "-" + quarter);
        }
        m = MID.matcher(text).region(start, end);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            Direction direction = TenseCue.of(tokens, TimeNormaliser.firstToken(tokens, span),
                    TimeNormaliser.endToken(tokens, span));
            String value = m.group(1) != null ? m.group(1)
                    : RelativeDates.month(monthNumber(m.group(2)), direction, published);
            add(found, text, m.start(), m.end(), value);
        }
        m = YEAR_END.matcher(text).region(start, end);
        while (m.find()) {
            add(found, text, m.start(), m.end(), String.format(Locale.ROOT, "%04d", published.getYear()));
        }
        m = THAT_YEAR.matcher(text).region(start, end);
        while (m.find()) {
            String year = lastWrittenYear(text, m.start());
            if (year != null) {
                add(found, text, m.start(), m.end(), year);
            }
        }
        m = FOLLOWING_YEAR.matcher(text).region(start, end);
        while (m.find()) {
            String year = lastWrittenYear(text, m.start());
            if (year != null) {
                add(found, text, m.start(), m.end(), String.format(Locale.ROOT, "%04d", Integer.parseInt(year) + 1));
            }
        }
        m = HALF.matcher(text).region(start, end);
        while (m.find()) {
            boolean second = m.group(1) != null && !m.group(1).equalsIgnoreCase("first") || m.group(2) != null;
            add(found, text, m.start(), m.end(), m.group(3) + (second ? "-H2" : "-H1"));
        }
        m = MORE_UNITS.matcher(text).region(start, end);
        while (m.find()) {
            boolean half = m.group(2) != null || m.group(4) != null;
            if (half || m.group().toLowerCase(Locale.ROOT).contains(" more ")) {
                String duration = duration(m.group(1), m.group(3), half);
                if (duration != null) {
                    add(found, text, m.start(), m.end(), TimeType.DURATION, duration);
                }
            }
        }
        m = TERM.matcher(text).region(start, end);
        while (m.find()) {
            add(found, text, m.start(), m.end(), "FUTURE_REF");
        }
        m = SPOKEN_YEAR.matcher(text).region(start, end);
        while (m.find()) {
            String year = spokenYear(m.group(3), m.group(4), m.group(5));
            String value = m.group(1) != null ? String.format(Locale.ROOT, "%s-%02d", year, monthNumber(m.group(1)))
                    : m.group(2) != null ? year + "-" + season(m.group(2)) : year;
            add(found, text, m.start(), m.end(), value);
        }
        m = SPOKEN_DECADE.matcher(text).region(start, end);
        while (m.find()) {
            int decade = TEENS_AND_TENS.indexOf(m.group(1).toLowerCase(Locale.ROOT).replaceFirst("ies$", "y")) - 8;
            add(found, text, m.start(), m.end(), "19" + decade);
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** "1996" for "nineteen", "ninety", "six". */
    private static String spokenYear(String century, String tens, String unit) {
        int c = century.equalsIgnoreCase("nineteen") ? 19 : 20;
        int i = TEENS_AND_TENS.indexOf(tens.toLowerCase(Locale.ROOT));
        int t = i < 10 ? 10 + i : (i - 8) * 10;
        int u = unit == null ? 0 : DIGITS.indexOf(unit.toLowerCase(Locale.ROOT)) + 1;
        return String.format(Locale.ROOT, "%02d%02d", c, i < 10 ? t : t + u);
    }

    private static String season(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "spring":
                return "SP";
            case "summer":
                return "SU";
            case "winter":
                return "WI";
            default:
                return "FA";
        }
    }

    private static void add(List<TimeExpression> found, String text, int start, int end, String value) {
        add(found, text, start, end, TimeType.DATE, value);
    }

    private static void add(List<TimeExpression> found, String text, int start, int end, TimeType type,
                            String value) {
        Span span = new Span(start, end);
        for (TimeExpression t : found) {
            if (t.span().overlaps(span)) {
                return;
            }
        }
        found.add(new TimeExpression(span, text.substring(start, end), type, value));
    }

    /** "P2W" for two weeks, "PT5H30M" for five and a half hours; null for a half of a week or month. */
    private static String duration(String amount, String unit, boolean half) {
        Integer n = DateWords.AMOUNTS.get(amount.toLowerCase(Locale.ROOT));
        if (n == null) {
            n = Integer.parseInt(amount);
        }
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "year":
                return "P" + n + "Y" + (half ? "6M" : "");
            case "month":
                return half ? null : "P" + n + "M";
            case "week":
                return half ? null : "P" + n + "W";
            case "day":
                return "P" + n + "D" + (half ? "T12H" : "");
            case "hour":
                return "PT" + n + "H" + (half ? "30M" : "");
            default:
                return "PT" + n + "M" + (half ? "30S" : "");
        }
    }

    private static String lastWrittenYear(String text, int before) {
        Matcher y = WRITTEN_YEAR.matcher(text).region(Math.max(0, before - MEMORY), before);
        String year = null;
        while (y.find()) {
            year = y.group(1);
        }
        return year;
    }

    private static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
