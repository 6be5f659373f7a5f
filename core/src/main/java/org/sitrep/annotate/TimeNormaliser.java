package org.sitrep.annotate;

import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the time expressions SUTime found in one sentence to TimeML's conventions for news. It drops what
 * TimeML does not annotate (ages, "once", rates such as "a year" in "$2 million a year", words inside names);
 * adds what SUTime misses ({@link PeriodFinder}); resolves weekdays, months and dates written without a year by
 * the tense of the clause ({@link TenseCue}: "Monday" in "talks began Monday" is the Monday before the article's
 * date); reads quarters as business news means them ({@link Quarters}); gives "two years ago" the granularity of
 * its unit ("1996"); and writes values the TimeML way ("199" for the 1990s, "P2Q", no time zone offset).
 */
final class TimeNormaliser {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night|overnight))?";
    private static final String NIGHT_OF = "(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?";

    /** A weekday alone, perhaps with a part of the day: "Friday", "Friday's", "Wednesday night". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)" + NIGHT_OF + "(?:(?:early|late)\\s+)?"
            + DateWords.WEEKDAY + "(?:'s)?" + PART_OF_DAY);
    /** A month alone, or with a day of the month, or a weekday then both: "March", "Oct. 23", "Friday, Oct. 23". */
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)" + NIGHT_OF + "(?:(?:early|late|mid-?)\\s*)?"
            + "(?:" + DateWords.WEEKDAY + ",?\\s+)?" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?" + PART_OF_DAY);
    /** A clock time on a weekday: "noon Saturday", "9 a.m. EST Tuesday", "Friday at 10 p.m.". */
    private static final Pattern CLOCK_WEEKDAY = Pattern.compile("(?i)(?:(?:noon|midnight|[\\d:.]+\\s*[ap]\\.?m\\.?"
            + "(?:\\s+[A-Z]{2,4})?),?\\s+(?:on\\s+)?" + DateWords.WEEKDAY + "|" + DateWords.WEEKDAY
            + ",?\\s+(?:at\\s+)?(?:noon|midnight"
            + "|[\\d:.]+\\s*[ap]\\.?m\\.?))");
    /** Holidays SUTime knows that fall on a set day of the year or on the nth weekday of a month. */
    private static final Pattern FIXED_HOLIDAY = Pattern.compile("(?i)(?:christmas|new\\s+year's|independence|halloween"
            + "|valentine's|veterans|boxing|bastille)(?:\\s+(?:day|eve))?");
    private static final Pattern FLOATING_HOLIDAY = Pattern.compile("(?i)(?:thanksgiving|labor|memorial|mother's"
            + "|father's|columbus|presidents'?)(?:\\s+day)?");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)last\\s+" + MONTH);
    private static final Pattern WEEKEND = Pattern.compile("(?i)(?:over\\s+)?the\\s+weekend");
    private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(?:" + DateWords.WEEKDAY + "|" + MONTH + ")");
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern DAY_PART = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T(?:MO|AF|EV|NI)$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern MONTHS_AS_QUARTERS = Pattern.compile("^P(\\d+|X)M$");
    /** SUTime's composite values ("1997 INTERSECT P9M", "THIS P1D INTERSECT XXXX-11-03"), which TimeML lacks. */
    private static final Pattern COMPOSITE = Pattern.compile("\\s+(?:INTERSECT|OFFSET)\\s+");
    private static final Pattern SPAN_OF_UNITS = Pattern.compile("(?i)(?:at\\s+least\\s+)?(?:the\\s+)?(?:first|last"
            + "|past|next)\\s+\\S+\\s+(?:days|weeks|months|quarters|years)\\b.*");
    private static final Pattern UNITS_OF_YEAR = Pattern.compile("(?i)((?:at\\s+least\\s+)?(?:the\\s+)?(?:first|last)"
            + "\\s+\\S+\\s+(?:days|weeks|months))\\s+of\\s+(\\d{4}|the\\s+year)");
    private static final Pattern UNITS_ON_WEEKDAY = Pattern.compile("(?i)(.*\\b(?:minutes|hours|days))\\s+(?:on\\s+)?("
            + DateWords.WEEKDAY + ")");
    private static final Pattern DURATION_PART = Pattern.compile("(?:^|\\s)[<>=~]*(P[0-9X][0-9A-Z]*)(?:\\s|$)");
    private static final Pattern DATE_PART = Pattern.compile("(?:^|\\s)(\\d{4}(?:-\\d{2}-\\d{2})?)");
    private static final Pattern WEEK_OF = Pattern.compile("(?i)the\\s+week\\s+of\\b.*");
    private static final Pattern PARTIAL_VALUE = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?$");
    private static final Pattern PAST_YEAR = Pattern.compile("(?i)(?:the\\s+)(?:past|last)\\s+(year|decade)");
    /** "two years ago", "a year earlier", "six weeks ago": an amount of one unit before or after a time. */
    private static final Pattern OFFSET = Pattern.compile("(?i).*\\b(year|month|week|day|decade)s?\\s+"
            + "(ago|earlier|before|later|after|from now|hence)$");
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)(a|one) year (ago|earlier|before)");
    /** Ages ("6-year-old", "52 years old") are not time expressions in TimeML. */
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old$");
    /** Units that make a rate after an amount: "$2 million a year". */
    private static final Pattern RATE = Pattern.compile("(?i)(a|an|per)\\s+(year|month|week|day|hour|quarter)");
    /** Words SUTime reads as times that TimeML leaves alone. */
    private static final Pattern NOT_TIMEX = Pattern.compile("(?i)once|previously|formerly|annual|quarterly");
    private static final Pattern QUOTE = Pattern.compile("``|''|\"|\u201c|\u201d");
    private static final Pattern LEADING_MODIFIER = Pattern.compile("(?i)(?:earlier|later)\\s+|(?:early|late)\\s+"
            + "(?=" + DateWords.WEEKDAY + "|" + MONTH + "|\\d{4}\\b)");

    private final PeriodFinder periods = new PeriodFinder();

    /**
     * The expressions of one sentence brought to TimeML's conventions, in body order.
     *
     * @param text      the article body
     * @param tokens    the sentence's tokens, with parts of speech, lemmas and entity labels
     * @param found     what SUTime found in the sentence
     * @param published the article's date, or null (relative expressions then keep SUTime's values)
     * @param anchor    the date the text narrates from before the sentence ({@link NarrativeDates}), or null
     */
    List<TimeExpression> normalise(String text, List<Token> tokens, List<TimeExpression> found, LocalDate published,
                                   LocalDate anchor) {
        if (tokens.isEmpty()) {
            return found;
        }
        int sentenceStart = tokens.get(0).span().start();
        int sentenceEnd = tokens.get(tokens.size() - 1).span().end();
        Quarters quarters = published == null ? null : Quarters.around(text, sentenceStart, sentenceEnd, published);
        List<TimeExpression> missed = published == null ? List.of()
                : periods.find(text, tokens, quarters, published);
        List<TimeExpression> kept = new ArrayList<>(found.size() + missed.size());
        kept.addAll(missed);
        LocalDate narrated = anchor;
        for (TimeExpression t : found) {
            if (overlapsAny(t, missed)) {
                continue;
            }
            for (TimeExpression part : split(text, trimmed(text, t))) {
                int first = firstToken(tokens, part.span());
                int end = endToken(tokens, part.span());
                if (first < end && !dropped(part, tokens, first, end)) {
                    TimeExpression n = normalise(text, part, tokens, first, end, quarters, published, narrated);
                    kept.add(n);
                    LocalDate explicit = NarrativeDates.explicit(n);
                    if (explicit != null) {
                        narrated = NarrativeDates.anchor(text, List.of(n), n.span().end(), published);
                    }
                }
            }
        }
        kept.sort((a, b) -> a.span().compareTo(b.span()));
        return kept;
    }

    private static TimeExpression normalise(String text, TimeExpression t, List<Token> tokens, int first, int end,
                                            Quarters quarters, LocalDate published, LocalDate anchor) {
        if (t.value() == null) {
            return t;
        }
        String value = t.value();
        TimeType type = t.type();
        String surface = t.text().replaceAll("\\s+", " ").trim();
        Span span = t.span();
        Matcher m;
        if (COMPOSITE.matcher(value).find()) {
            if (SPAN_OF_UNITS.matcher(surface).matches() && (m = Pattern.compile("[<>=]*(P\\w+)").matcher(value))
                    .find()) {
                value = m.group(1);
                type = TimeType.DURATION;
            } else {
                value = simplestPart(surface, value);
                type = value.startsWith("P") ? TimeType.DURATION : TimeType.DATE;
            }
        }
        if (published != null) {
            Direction direction = TenseCue.of(tokens, first, end);
            if (type != TimeType.SET) {
                value = resolvePartialDate(surface, value, direction, published);
            }
            value = coarsenOffset(surface, value);
            String quarter = quarters.valueOf(surface);
            if (quarter != null) {
                value = quarter;
                type = TimeType.DATE;
            } else if (YEAR_AGO.matcher(surface).matches() && quarters.reporting()) {
                value = quarters.yearBefore();
                type = TimeType.DATE;
            }
        }
        String narrated = anchor == null || NarrativeDates.said(tokens, first) ? null
                : NarrativeDates.resolve(surface, value, TenseCue.of(tokens, first, end), anchor);
        if (narrated != null) {
            value = narrated;
            type = narrated.contains("T") ? TimeType.TIME : TimeType.DATE;
        }
        if (surface.matches("(?i)the\\s+(?:fiscal\\s+)?year") && end < tokens.size()
                && tokens.get(end).word().matches("(?i)ended|ending")) {
            // "the year ended March 31": a fiscal year, named by its end
            value = "P1Y";
            type = TimeType.DURATION;
        }
        if ((m = PAST_YEAR.matcher(surface)).matches()) {
            // "the past year" is the twelve months up to now, not a calendar year
            value = m.group(1).equalsIgnoreCase("year") ? "P1Y" : "P10Y";
            type = TimeType.DURATION;
        }
        if ((m = DAY_PART.matcher(value)).matches() && NAMED_DAY.matcher(surface).find()) {
            // "Friday night": TimeML (as annotated in TimeBank) dates the day, not the part of it
            value = m.group(1);
            type = TimeType.DATE;
        }
        if ((m = DECADE.matcher(value)).matches()) {
            value = m.group(1);
            type = TimeType.DATE;
        } else if ((m = CENTURY.matcher(value)).matches() && surface.toLowerCase(Locale.ROOT).contains("century")) {
            value = m.group(1);
            type = TimeType.DATE;
        }
        if ((m = ZONE.matcher(value)).find()) {
            value = value.substring(0, m.start()) + m.group(1);
        }
        if (type == TimeType.DURATION && surface.matches("(?i).*\\bquarters?\\b.*")
                && (m = MONTHS_AS_QUARTERS.matcher(value)).matches()) {
            value = m.group(1).equals("X") ? "PXQ"
                    : Integer.parseInt(m.group(1)) % 3 == 0 ? "P" + Integer.parseInt(m.group(1)) / 3 + "Q" : value;
        }
        if (surface.matches("\\d{4}") && first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("fiscal")) {
            span = new Span(tokens.get(first - 1).span().start(), span.end());
        }
        if (FLOATING_HOLIDAY.matcher(surface).matches() && end < tokens.size() && tokens.get(end).word().equals("Day")
                && !surface.endsWith("Day")) {
            span = new Span(span.start(), tokens.get(end).span().end());
        }
        if (value.equals(t.value()) && type == t.type() && span.equals(t.span())) {
            return t;
        }
        return new TimeExpression(span, text.substring(span.start(), span.end()), type, value);
    }

    /**
     * Two expressions where SUTime made one of a span and the time it lies in, as TimeML annotates them: "the
     * first nine months" and "1997" in "the first nine months of 1997", "more than four hours" and "Friday".
     */
    private static List<TimeExpression> split(String text, TimeExpression t) {
        if (t.value() == null || !COMPOSITE.matcher(t.value()).find()) {
            return List.of(t);
        }
        Matcher duration = DURATION_PART.matcher(t.value());
        Matcher date = DATE_PART.matcher(t.value());
        if (!duration.find() || !date.find()) {
            return List.of(t);
        }
        Matcher m = UNITS_OF_YEAR.matcher(t.text());
        String second;
        if (m.matches()) {
            second = date.group(1).substring(0, 4);
        } else if ((m = UNITS_ON_WEEKDAY.matcher(t.text())).matches() && date.group(1).length() >= 10) {
            second = date.group(1).substring(0, 10);
        } else {
            return List.of(t);
        }
        int start = t.span().start();
        Span a = new Span(start + m.start(1), start + m.end(1));
        Span b = new Span(start + m.start(2), start + m.end(2));
        return List.of(new TimeExpression(a, text.substring(a.start(), a.end()), TimeType.DURATION, duration.group(1)),
                new TimeExpression(b, text.substring(b.start(), b.end()), TimeType.DATE, second));
    }

    /**
     * The plainest part of a composite value: the ISO week of "the week of March 6", else the first part that
     * names a date ("1989" of "1989 INTERSECT PT1S", "XXXX-11-03" of "THIS P1D INTERSECT XXXX-11-03").
     */
    private static String simplestPart(String surface, String value) {
        for (String part : COMPOSITE.split(value.replaceFirst("^THIS\\s+", ""))) {
            String plain = part.replaceAll("-WXX-\\d", "");
            Matcher full = FULL_DATE.matcher(plain);
            if (WEEK_OF.matcher(surface).matches() && full.matches()) {
                return RelativeDates.week(LocalDate.of(Integer.parseInt(full.group(1)),
                        Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3))));
            }
            if (plain.matches("^(\\d{4}|XXXX)(-[\\dA-Z]+)*$")) {
                return plain;
            }
        }
        return value;
    }

    /**
     * Re-resolves a weekday, a month or a month and day written without a year (which SUTime resolves to a
     * nearby one), "last June" and "the weekend" in the direction the clause points.
     */
    static String resolvePartialDate(String surface, String value, Direction direction, LocalDate published) {
        Matcher full = FULL_DATE.matcher(value);
        Matcher ym = YEAR_MONTH.matcher(value);
        Matcher partial = PARTIAL_VALUE.matcher(value);
        Matcher m;
        if ((m = BARE_WEEKDAY.matcher(surface)).matches() && full.matches()) {
            DayOfWeek day = DateWords.WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            return RelativeDates.weekday(day, direction, published) + full.group(4);
        }
        if ((m = CLOCK_WEEKDAY.matcher(surface)).matches() && full.matches()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            return RelativeDates.weekday(DateWords.WEEKDAYS.get(name.toLowerCase(Locale.ROOT)), direction, published)
                    + full.group(4);
        }
        RelativeDates.Rule holiday = FIXED_HOLIDAY.matcher(surface).matches() ? RelativeDates.Rule.SET_DAY
                : !FLOATING_HOLIDAY.matcher(surface).matches() ? null
                : surface.toLowerCase(Locale.ROOT).startsWith("memorial") ? RelativeDates.Rule.LAST_WEEKDAY
                : RelativeDates.Rule.NTH_WEEKDAY;
        if (holiday != null && full.matches() && full.group(4).isEmpty()) {
            return RelativeDates.holiday(LocalDate.parse(value), holiday, direction, published).toString();
        }
        if ((m = LAST_MONTH.matcher(surface)).matches() && ym.matches()) {
            return RelativeDates.lastMonth(Integer.parseInt(ym.group(2)), published);
        }
        if (WEEKEND.matcher(surface).matches() && value.matches("\\d{4}-W\\d{2}-WE")) {
            return RelativeDates.weekend(direction, published);
        }
        if (partial.matches()) {
            // what SUTime could not place: "XXXX-11-03"
            int month = Integer.parseInt(partial.group(1));
            if (partial.group(2) == null) {
                return RelativeDates.month(month, direction, published);
            }
            LocalDate date = RelativeDates.monthDay(month, Integer.parseInt(partial.group(2)), null, direction,
                    published);
            return date == null ? value : date.toString();
        }
        if (!(m = BARE_MONTH.matcher(surface)).matches()) {
            return value;
        }
        if (ym.matches() && m.group(3) == null) {
            return RelativeDates.month(Integer.parseInt(ym.group(2)), direction, published);
        }
        if (full.matches() && m.group(3) != null) {
            DayOfWeek weekday = m.group(1) == null ? null : DateWords.WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate date = RelativeDates.monthDay(Integer.parseInt(full.group(2)), Integer.parseInt(m.group(3)),
                    weekday, direction, published);
            return date == null ? value : date + full.group(4);
        }
        return value;
    }

    /** "two years ago" is a year ("1996"), not a day: an offset takes the granularity of its unit. */
    static String coarsenOffset(String surface, String value) {
        Matcher o = OFFSET.matcher(surface);
        Matcher full = FULL_DATE.matcher(value);
        if (!o.matches() || !full.matches() || !full.group(4).isEmpty()) {
            return value;
        }
        LocalDate date = LocalDate.parse(value);
        switch (o.group(1).toLowerCase(Locale.ROOT)) {
            case "year":
                return String.format(Locale.ROOT, "%04d", date.getYear());
            case "month":
                return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case "week":
                return RelativeDates.week(date);
            case "decade":
                return String.format(Locale.ROOT, "%03d", date.getYear() / 10);
            default:
                return value;
        }
    }

    /** Whether TimeML would not annotate this expression at all. */
    private static boolean dropped(TimeExpression t, List<Token> tokens, int first, int end) {
        String surface = t.text().trim();
        String next = end < tokens.size() ? tokens.get(end).word() : "";
        boolean nounNext = end < tokens.size() && tokens.get(end).isNoun();
        String previous = first > 0 ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        if (NOT_TIMEX.matcher(surface).matches() || AGE.matcher(surface).matches()
                || next.equalsIgnoreCase("old") && surface.matches("(?i).*\\b(years?|months?|weeks?|days?)")) {
            return true;
        }
        if (RATE.matcher(surface).matches() && first > 0 && isAmount(tokens.get(first - 1))) {
            return true;
        }
        // a growth rate ("to rise 8.5% annually"), like "$2 million a year"
        if (surface.matches("(?i)annually|yearly") && previous.matches("%|percent")) {
            return true;
        }
        // fractions ("three-quarters of the vote") and ordinals ("a second term"), not spans of time
        if (next.equalsIgnoreCase("of") && surface.matches("(?i).*\\bquarters?") && t.type() == TimeType.DURATION
                || surface.matches("(?i)an?\\s+second") && nounNext) {
            return true;
        }
        // "the march" and "may" in lower case, "SEC" in capitals: words, not months or seconds
        String bare = surface.replaceFirst("(?i)^the\\s+", "");
        if (surface.matches("(?:the\\s+|this\\s+)?(march|may)")
                || bare.matches("[A-Z]{2,4}") && !bare.matches("[A-Z][a-z]+")) {
            return true;
        }
        // "future" as an adjective ("future growth"), "day" alone ("his day in court")
        if (surface.equalsIgnoreCase("future") && !previous.matches("in|the|near|distant|foreseeable")
                || surface.equalsIgnoreCase("day")) {
            return true;
        }
        // "Now, he says, ...": at the head of a sentence and set off by a comma, "now" turns the story, not the time
        if (surface.equalsIgnoreCase("now") && next.equals(",")
                && (first == 0 || first == 1 && QUOTE.matcher(previous).matches())) {
            return true;
        }
        // ABC's "This Week" (a title in quotes)
        if (QUOTE.matcher(previous).matches() && Character.isUpperCase(surface.charAt(0))
                && (QUOTE.matcher(next).matches() || next.length() > 1 && Character.isUpperCase(next.charAt(0)))) {
            return true;
        }
        boolean inName = true;
        for (int i = first; i < end; i++) {
            String ner = tokens.get(i).ner();
            inName &= ner.equals("PERSON") || ner.equals("ORGANIZATION");
        }
        if (inName) {
            return true;
        }
        if (end - first == 1) {
            // "present" and "past" as verbs or prepositions: "to present", "walked past"
            Token head = tokens.get(first);
            return head.isVerb() || head.is(Pos.IN) && !surface.equalsIgnoreCase("since");
        }
        return false;
    }

    private static boolean isAmount(Token token) {
        return token.isNumber() || token.word().matches("(?i)million|billion|thousand|trillion|percent|%");
    }

    private static boolean overlapsAny(TimeExpression t, List<TimeExpression> others) {
        for (TimeExpression o : others) {
            if (o.span().overlaps(t.span())) {
                return true;
            }
        }
        return false;
    }

    /** The expression without a leading "earlier" or "later", or "early" or "late" before a day, month or year. */
    private static TimeExpression trimmed(String text, TimeExpression t) {
        Matcher m = LEADING_MODIFIER.matcher(t.text());
        if (!m.lookingAt() || m.end() >= t.text().length()) {
            return t;
        }
        Span span = new Span(t.span().start() + m.end(), t.span().end());
        return new TimeExpression(span, text.substring(span.start(), span.end()), t.type(), t.value());
    }

    /** The index of the first token of {@code tokens} that ends after {@code span} starts. */
    static int firstToken(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > span.start()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** One past the index of the last token of {@code tokens} that starts before {@code span} ends. */
    static int endToken(List<Token> tokens, Span span) {
        int end = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() < span.end()) {
                end = i + 1;
            }
        }
        return end;
    }
}
