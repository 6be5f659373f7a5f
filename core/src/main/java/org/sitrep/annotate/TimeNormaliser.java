package org.sitrep.annotate;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the time expressions SUTime found in one sentence to TimeML's conventions for news: drops what TimeML
 * does not annotate (ages, "once", rates such as "a year" in "$2 million a year", words inside names), resolves
 * weekdays and months without a year by the tense of the sentence (news reports the past: "Monday" in "talks
 * began Monday" is the Monday before the article's date), gives "N years ago" the granularity of its unit, and
 * writes values the TimeML way ("199" for the 1990s, no time zone offset).
 */
final class TimeNormaliser {

    /** Which way a date without a year or week points from the article's date. */
    enum Direction { PAST, FUTURE, UNKNOWN }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night|overnight))?";

    /** A weekday alone, perhaps with a part of the day: "Friday", "Friday's", "Wednesday night". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)(?:(?:early|late)\\s+)?" + WEEKDAY
            + "(?:'s)?" + PART_OF_DAY);
    /** A month alone, or with a day of the month, or a weekday then both: "March", "Oct. 23", "Friday, Oct. 23". */
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)(?:(?:early|late|mid-?)\\s*)?(?:" + WEEKDAY
            + ",?\\s+)?" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?" + PART_OF_DAY);
    /** How far, in months and in days, the tense may move a month or a date away from the closest one. */
    private static final int MONTH_REACH = 8;
    private static final int DAY_REACH = 250;
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:Z|[+-]\\d{2}:?\\d{2})$");
    /** "two years ago", "a year earlier", "six weeks ago": an amount of one unit before or after a time. */
    private static final Pattern OFFSET = Pattern.compile("(?i).*\\b(year|month|week|day|decade)s?\\s+"
            + "(ago|earlier|before|later|after|from now|hence)$");
    /** Ages ("6-year-old", "a 52-year-old") are not time expressions in TimeML. */
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?-old$");
    /** Units that make a rate after an amount: "$2 million a year". */
    private static final Pattern RATE = Pattern.compile("(?i)(a|an|per)\\s+(year|month|week|day|hour|quarter)");
    /** Words SUTime reads as times that TimeML leaves alone. */
    /** "year-ago"/"year-earlier", before a quarter or period or as an adjective, not before a span of months. */
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)\\b((?:the\\s+)?(?:(?:comparable|corresponding)\\s+)?"
            + "(year-(?:ago|earlier))(?:\\s+((?:(first|second|third|fourth)[- ])?(?:fiscal\\s+)?"
            + "(?:quarter|period)))?)\\b(?!\\s+\\w+\\s+months)");
    private static final Pattern LEADING_MODIFIER = Pattern.compile("(?i)(?:earlier|later)\\s+|(?:early|late)\\s+"
            + "(?=" + WEEKDAY + "|" + MONTH + "|\\d{4}\\b)");
    private static final Pattern NOT_TIMEX = Pattern.compile("(?i)once|previously|formerly|annual|quarterly");

    /**
     * The expressions of one sentence brought to TimeML's conventions.
     *
     * @param text      the article body
     * @param tokens    the sentence's tokens, with parts of speech and entity labels
     * @param found     what SUTime found in the sentence, in body order
     * @param published the article's date, or null
     */
    List<TimeExpression> normalise(String text, List<Token> tokens, List<TimeExpression> found, LocalDate published) {
        if (tokens.isEmpty()) {
            return found;
        }
        int sentenceStart = tokens.get(0).span().start();
        int sentenceEnd = tokens.get(tokens.size() - 1).span().end();
        Quarters quarters = published == null ? null
                : Quarters.around(text, sentenceStart, sentenceEnd, published);
        List<TimeExpression> compounds = published == null ? List.of()
                : yearAgoCompounds(text, sentenceStart, sentenceEnd, quarters, published);
        List<TimeExpression> kept = new ArrayList<>(found.size() + compounds.size());
        kept.addAll(compounds);
        for (TimeExpression t : found) {
            if (overlapsAny(t, compounds)) {
                continue;
            }
            t = trimmed(text, t);
            int first = firstToken(tokens, t.span());
            int end = endToken(tokens, t.span());
            if (first >= end || dropped(t, tokens, first, end)) {
                continue;
            }
            kept.add(normalise(text, t, tokens, first, end, quarters, published));
        }
        kept.sort((a, b) -> a.span().compareTo(b.span()));
        return kept;
    }

    private static TimeExpression normalise(String text, TimeExpression t, List<Token> tokens, int first, int end,
                                            Quarters quarters, LocalDate published) {
        String value = t.value();
        TimeType type = t.type();
        if (value == null) {
            return t;
        }
        String surface = t.text().replaceAll("\\s+", " ").trim();
        Span span = t.span();
        if (published != null) {
            Direction direction = direction(tokens, first, end);
            value = resolvePartialDate(surface, value, direction, published);
            value = coarsenOffset(surface, value);
            String quarter = quarters.valueOf(surface, direction);
            if (quarter != null) {
                value = quarter;
                type = TimeType.DATE;
            }
            if (surface.matches("(?i)(a|one) year (ago|earlier|before)") && quarters.reporting()) {
                value = quarters.yearBefore();
                type = TimeType.DATE;
            }
        }
        Matcher m;
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
        if (surface.matches("\\d{4}") && first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("fiscal")) {
            span = new Span(tokens.get(first - 1).span().start(), span.end());
        }
        if (value.equals(t.value()) && type == t.type() && span.equals(t.span())) {
            return t;
        }
        return new TimeExpression(span, text.substring(span.start(), span.end()), type, value);
    }

    /**
     * "the year-ago quarter", "the year-earlier period", "year-earlier profit": the same stretch of the year
     * before, which SUTime splits into "the year" and "earlier quarter".
     */
    static List<TimeExpression> yearAgoCompounds(String text, int start, int end, Quarters quarters,
                                                 LocalDate published) {
        List<TimeExpression> compounds = new ArrayList<>();
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
            Span span = new Span(from, m.end(m.group(3) != null ? 3 : 2));
            compounds.add(new TimeExpression(span, text.substring(span.start(), span.end()), TimeType.DATE, value));
        }
        return compounds;
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

    /** Whether TimeML would not annotate this expression at all. */
    private static boolean dropped(TimeExpression t, List<Token> tokens, int first, int end) {
        String surface = t.text().trim();
        if (NOT_TIMEX.matcher(surface).matches() || AGE.matcher(surface).matches()) {
            return true;
        }
        if (end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("old")
                && surface.matches("(?i).*\\b(years?|months?|weeks?|days?)")) {
            return true;
        }
        if (RATE.matcher(surface).matches() && first > 0 && isAmount(tokens.get(first - 1))) {
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
            String pos = tokens.get(first).pos();
            // "present" and "past" as verbs or prepositions: "to present", "walked past"
            return pos.startsWith("VB") || pos.equals("IN") && !surface.equalsIgnoreCase("since");
        }
        return false;
    }

    private static boolean isAmount(Token token) {
        String pos = token.pos();
        return pos.equals("CD") || token.word().matches("(?i)million|billion|thousand|trillion|percent|%");
    }

    /**
     * Re-resolves a weekday, a month or a month and day written without a year, which SUTime resolves to the
     * closest such date, by the tense of the sentence: the last one in past-tense reporting, the coming one in
     * future tense. A month (and day) the tense points to is taken when it lies within eight months of the
     * article's date, else the closest one; a weekday given with the day of the month picks the year.
     */
    static String resolvePartialDate(String surface, String value, Direction direction, LocalDate published) {
        Matcher full = FULL_DATE.matcher(value);
        Matcher w = BARE_WEEKDAY.matcher(surface);
        if (w.matches() && full.matches()) {
            DayOfWeek day = WEEKDAYS.get(w.group(1).toLowerCase(Locale.ROOT));
            LocalDate date = direction == Direction.FUTURE
                    ? published.plusDays(Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7))
                    : published.minusDays(Math.floorMod(published.getDayOfWeek().getValue() - day.getValue(), 7));
            return date + full.group(4);
        }
        Matcher mo = BARE_MONTH.matcher(surface);
        if (!mo.matches()) {
            return value;
        }
        Matcher ym = YEAR_MONTH.matcher(value);
        if (ym.matches() && mo.group(3) == null) {
            int month = Integer.parseInt(ym.group(2));
            int best = published.getYear();
            int bestDistance = Integer.MAX_VALUE;
            for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
                int months = (year - published.getYear()) * 12 + month - published.getMonthValue();
                if (Math.abs(months) < bestDistance) {
                    best = year;
                    bestDistance = Math.abs(months);
                }
            }
            for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
                int months = (year - published.getYear()) * 12 + month - published.getMonthValue();
                boolean wanted = direction == Direction.PAST ? months <= 0 && months >= -MONTH_REACH
                        : direction == Direction.FUTURE && months >= 0 && months <= MONTH_REACH;
                if (wanted) {
                    best = year;
                }
            }
            return String.format(Locale.ROOT, "%04d-%02d", best, month);
        }
        if (full.matches() && mo.group(3) != null) {
            int month = Integer.parseInt(full.group(2));
            int dayOfMonth = Integer.parseInt(mo.group(3));
            DayOfWeek weekday = mo.group(1) == null ? null : WEEKDAYS.get(mo.group(1).toLowerCase(Locale.ROOT));
            LocalDate best = null;
            long bestDistance = Long.MAX_VALUE;
            LocalDate wanted = null;
            for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
                LocalDate date = dateOrNull(year, month, dayOfMonth);
                if (date == null || weekday != null && date.getDayOfWeek() != weekday) {
                    continue;
                }
                long days = date.toEpochDay() - published.toEpochDay();
                if (Math.abs(days) < bestDistance) {
                    best = date;
                    bestDistance = Math.abs(days);
                }
                if (direction == Direction.PAST ? days <= 0 && days >= -DAY_REACH
                        : direction == Direction.FUTURE && days >= 0 && days <= DAY_REACH) {
                    wanted = date;
                }
            }
            LocalDate chosen = weekday == null && wanted != null ? wanted : best;
            return chosen == null ? value : chosen + full.group(4);
        }
        return value;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
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
                return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "decade":
                return String.format(Locale.ROOT, "%03d", date.getYear() / 10);
            default:
                return value;
        }
    }

    /**
     * The tense of the clause around tokens {@code [first, end)}: the nearest finite verb before the expression
     * in the sentence, or else the nearest after it.
     */
    static Direction direction(List<Token> tokens, int first, int end) {
        if (first > 0) {
            String before = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
            if (before.equals("since")) {
                return Direction.PAST;
            }
        }
        for (int i = first - 1; i >= 0; i--) {
            if (isFinite(tokens.get(i))) {
                return tenseAt(tokens, i);
            }
        }
        for (int i = end; i < tokens.size(); i++) {
            if (isFinite(tokens.get(i))) {
                return tenseAt(tokens, i);
            }
        }
        return Direction.UNKNOWN;
    }

    private static boolean isFinite(Token t) {
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** The direction the verb group starting with the finite verb at {@code i} points. */
    private static Direction tenseAt(List<Token> tokens, int i) {
        Token verb = tokens.get(i);
        String word = verb.word().toLowerCase(Locale.ROOT);
        if (verb.pos().equals("MD")) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            return next.equals("have") ? Direction.PAST : Direction.FUTURE;
        }
        if (verb.pos().equals("VBD")) {
            return Direction.PAST;
        }
        // present tense: "is going to", "are expected to" and "is meeting" look ahead; "has left" looks back
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            Token t = tokens.get(j);
            if (t.pos().equals("VBN") && (word.equals("has") || word.equals("have"))) {
                return Direction.PAST;
            }
            if (t.word().equalsIgnoreCase("going") || t.pos().equals("VBG") || t.pos().equals("VBN")) {
                return Direction.FUTURE;
            }
            if (!t.pos().startsWith("RB")) {
                break;
            }
        }
        return Direction.UNKNOWN;
    }

    private static int firstToken(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > span.start()) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int endToken(List<Token> tokens, Span span) {
        int end = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() < span.end()) {
                end = i + 1;
            }
        }
        return end;
    }
}
