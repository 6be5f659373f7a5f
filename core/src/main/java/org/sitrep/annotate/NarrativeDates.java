package org.sitrep.annotate;

import org.sitrep.model.Pos;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the relative expressions of a past narrative from the date it narrates. A story about 1974 that says "the
 * attack on 13 September 1974" and then "the bomb exploded on a Friday afternoon" means the Friday of that week,
 * not a Friday before the article's date. The narrative's date (the anchor) is the latest explicit date written
 * with its day, month and year before the expression, when it lies well before the article's date (or the article
 * has none); an expression in a past-tense clause is then read from it: a weekday is the first such day on or
 * after the anchor, "the next day" and "two days later" count from it, "that day", "that month", "the same year"
 * name its day, month or year, and a day of a month without a year ("on 15 September") is the closest one to
 * it. The anchor holds to the end of its paragraph (a blank line ends it) or until another explicit date
 * replaces it. A time the reporter attaches to a verb of saying ("officials said Thursday") is the news's own
 * time, not the narrative's, and keeps the article's date.
 */
final class NarrativeDates {

    /** How far before the article's date an explicit date must lie for the text to be narrating the past. */
    static final int FAR_DAYS = 30;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
    /** A written year: "1974", "'74". */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
    private static final Pattern A_WEEKDAY = Pattern.compile("(?i)(?:on\\s+)?(?:(?:a|the)\\s+)?(?:(?:early|late)\\s+)?"
            + "(?:(?:morning|afternoon|evening|night)\\s+of\\s+)?" + DateWords.WEEKDAY + "(?:'s)?" + PART);
    private static final Pattern NEXT_DAY = Pattern.compile("(?i)(?:the\\s+)?(?:next|following)\\s+(?:day|morning"
            + "|afternoon|evening|night)|the\\s+day\\s+after");
    private static final Pattern THAT = Pattern.compile("(?i)(?:that|the\\s+same)\\s+(day|morning|afternoon|evening"
            + "|night|week|month|year)");
    private static final Pattern LATER = Pattern.compile("(?i)(\\d+|a|an|one|two|three|four|five|six|seven|ten)\\s+"
            + "(day|week|month|year)s?\\s+(later|after|afterwards|earlier|before)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?:on\\s+)?" + MONTH
            + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?"
            + "|(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH);

    private NarrativeDates() {
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final Pattern SAYING = Pattern.compile("(?i)say|tell|announce|report|confirm|add|state|declare"
            + "|disclose|reveal|acknowledge|admit|deny|claim|testify|write|warn");

    /**
     * The date a text narrates from at offset {@code at} of {@code text}, after {@code before} (expressions in
     * body order), or null: the latest explicit date among them, when it lies at least {@link #FAR_DAYS} before
     * the article's date and in the same paragraph as {@code at}.
     */
    static LocalDate anchor(String text, List<TimeExpression> before, int at, LocalDate published) {
        for (int i = before.size() - 1; i >= 0; i--) {
            TimeExpression t = before.get(i);
            LocalDate date = explicit(t);
            if (date != null) {
                boolean far = published == null || date.isBefore(published.minusDays(FAR_DAYS));
                boolean sameParagraph = t.span().end() <= at
                        && !PARAGRAPH_BREAK.matcher(text.substring(t.span().end(), at)).find();
                return far && sameParagraph ? date : null;
            }
        }
        return null;
    }

    /**
     * Whether the expression at token {@code first} is the time of a verb of saying: "said Thursday", "told
     * reporters on Friday", "said privately Thursday".
     */
    static boolean said(List<Token> tokens, int first) {
        int i = first - 1;
        while (i >= 0 && (tokens.get(i).word().equalsIgnoreCase("on") || tokens.get(i).isAdverb()
                || tokens.get(i).isPronoun() || tokens.get(i).is(Pos.NNS))
                && first - i <= 3) {
            i--;
        }
        if (i < 0 || !tokens.get(i).isVerb()) {
            return false;
        }
        Token verb = tokens.get(i);
        return SAYING.matcher(verb.lemma() == null ? verb.word() : verb.lemma()).matches();
    }

    /** The day an expression names with its day, month and year written out ("13 September 1974"), or null. */
    static LocalDate explicit(TimeExpression t) {
        if (t.type() != TimeType.DATE || t.value() == null || !WRITTEN_YEAR.matcher(t.text()).find()) {
            return null;
        }
        Matcher m = FULL_DATE.matcher(t.value());
        return m.matches() && m.group(2) == null ? LocalDate.parse(m.group(1)) : null;
    }

    /**
     * The value of {@code surface} read from {@code anchor} when the clause narrates the past, or null when the
     * expression is not one the narrative places.
     *
     * @param value SUTime's value, whose time of day ("T15:00", "TAF") a weekday keeps
     */
    static String resolve(String surface, String value, Direction direction, LocalDate anchor) {
        if (anchor == null || direction != Direction.PAST || WRITTEN_YEAR.matcher(surface).find()) {
            return null;
        }
        String s = surface.replaceAll("\\s+", " ").trim();
        Matcher m;
        if ((m = A_WEEKDAY.matcher(s)).matches()) {
            LocalDate day = anchor.with(TemporalAdjusters.nextOrSame(
                    DateWords.WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT))));
            return day + timeOfDay(value);
        }
        if (NEXT_DAY.matcher(s).matches()) {
            return anchor.plusDays(1).toString();
        }
        if ((m = THAT.matcher(s)).matches()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "week" -> RelativeDates.week(anchor);
                case "month" -> anchor.toString().substring(0, 7);
                case "year" -> anchor.toString().substring(0, 4);
                default -> anchor.toString();
            };
        }
        if ((m = LATER.matcher(s)).matches()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int amount = n.matches("\\d+") ? Integer.parseInt(n) : DateWords.AMOUNTS.get(n);
            if (m.group(3).toLowerCase(Locale.ROOT).matches("earlier|before")) {
                amount = -amount;
            }
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> anchor.plusDays(amount).toString();
                case "week" -> RelativeDates.week(anchor.plusWeeks(amount));
                case "month" -> anchor.plusMonths(amount).toString().substring(0, 7);
                default -> anchor.plusYears(amount).toString().substring(0, 4);
            };
        }
        if ((m = MONTH_DAY.matcher(s)).matches() && (m.group(2) != null || m.group(3) != null)) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(1) != null ? m.group(2) : m.group(3);
            int month = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
            LocalDate date = RelativeDates.monthDay(month, Integer.parseInt(day), null, Direction.UNKNOWN, anchor);
            return date == null ? null : date.toString();
        }
        return null;
    }

    private static String timeOfDay(String value) {
        int t = value == null ? -1 : value.indexOf('T');
        return t < 0 ? "" : value.substring(t);
    }
}
