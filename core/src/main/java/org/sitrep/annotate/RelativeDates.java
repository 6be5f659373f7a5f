package org.sitrep.annotate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Places a weekday, a month or a day of a month written without its year against the article's date, in the
 * direction the sentence points, and writes the result as a TIMEX3 value. A month or a date the direction points
 * to is taken when it lies within eight months of the article's date; past that the closest one is meant.
 */
final class RelativeDates {

    /** How far, in months and in days, the tense may move a month or a date away from the closest one. */
    static final int MONTH_REACH = 8;
    static final int DAY_REACH = 250;

    private RelativeDates() {
    }

    /** The weekday on or before the article's date, or on or after it when the sentence looks ahead. */
    static LocalDate weekday(DayOfWeek day, Direction direction, LocalDate published) {
        int ahead = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
        return direction == Direction.FUTURE ? published.plusDays(ahead)
                : published.minusDays(Math.floorMod(-ahead, 7));
    }

    /** "June": "YYYY-06" of the year the direction and the article's date point to. */
    static String month(int month, Direction direction, LocalDate published) {
        int best = published.getYear();
        int bestDistance = Integer.MAX_VALUE;
        Integer wanted = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            int months = (year - published.getYear()) * 12 + month - published.getMonthValue();
            if (Math.abs(months) < bestDistance) {
                best = year;
                bestDistance = Math.abs(months);
            }
            if (direction == Direction.PAST ? months <= 0 && months >= -MONTH_REACH
                    : direction == Direction.FUTURE && months >= 0 && months <= MONTH_REACH) {
                wanted = year;
            }
        }
        return String.format(Locale.ROOT, "%04d-%02d", wanted != null ? wanted : best, month);
    }

    /** "last June": the latest June before the article's month, not June of last year. */
    static String lastMonth(int month, LocalDate published) {
        int year = month < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    /**
     * "Oct. 23", or "Friday, Oct. 23" when {@code weekday} is not null (the weekday then picks the year); null
     * when no nearby year has such a date.
     */
    static LocalDate monthDay(int month, int day, DayOfWeek weekday, Direction direction, LocalDate published) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        LocalDate wanted = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate date = dateOrNull(year, month, day);
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
        return weekday == null && wanted != null ? wanted : best;
    }

    /** How a holiday falls from year to year. */
    enum Rule {
        /** On a set day: Christmas, Independence Day. */
        SET_DAY,
        /** On the nth weekday of its month: Thanksgiving, Labor Day. */
        NTH_WEEKDAY,
        /** On the last weekday of its month: Memorial Day. */
        LAST_WEEKDAY
    }

    /**
     * The holiday that falls on {@code known} in one year, in the year the direction points to: on or before the
     * article's date, or on or after it.
     */
    static LocalDate holiday(LocalDate known, Rule rule, Direction direction, LocalDate published) {
        LocalDate best = known;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate date = rule == Rule.SET_DAY ? dateOrNull(year, known.getMonthValue(), known.getDayOfMonth())
                    : sameWeekday(year, known, rule == Rule.LAST_WEEKDAY);
            if (date == null) {
                continue;
            }
            boolean wanted = direction == Direction.FUTURE ? !date.isBefore(published) : !date.isAfter(published);
            boolean better = direction == Direction.FUTURE ? date.isBefore(best) || best.isBefore(published)
                    : date.isAfter(best) || best.isAfter(published);
            if (wanted && better) {
                best = date;
            }
        }
        return best;
    }

    /** The weekday of {@code known} in the same week of its month (or the last week), in {@code year}. */
    private static LocalDate sameWeekday(int year, LocalDate known, boolean last) {
        LocalDate first = LocalDate.of(year, known.getMonthValue(), 1)
                .with(TemporalAdjusters.firstInMonth(known.getDayOfWeek()));
        return last ? first.with(TemporalAdjusters.lastInMonth(known.getDayOfWeek()))
                : first.plusWeeks((known.getDayOfMonth() - 1) / 7);
    }

    /** "the weekend": the last one in past-tense reporting, this week's when the sentence looks ahead. */
    static String weekend(Direction direction, LocalDate published) {
        LocalDate saturday = published.with(DayOfWeek.SATURDAY);
        if (direction != Direction.FUTURE && published.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
            saturday = saturday.minusWeeks(1);
        }
        return week(saturday) + "-WE";
    }

    /** The ISO week of a date as a TIMEX3 value ("1998-W32"). */
    static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
