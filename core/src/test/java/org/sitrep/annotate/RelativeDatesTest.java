package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RelativeDatesTest {

    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 19);

    @Test
    void weekdayIsTheLastOneInThePastAndTheNextOneAhead() {
        assertEquals(LocalDate.of(2024, 11, 18), RelativeDates.weekday(DayOfWeek.MONDAY, Direction.PAST, PUBLISHED));
        assertEquals(LocalDate.of(2024, 11, 25), RelativeDates.weekday(DayOfWeek.MONDAY, Direction.FUTURE,
                PUBLISHED));
        assertEquals(LocalDate.of(2024, 11, 13), RelativeDates.weekday(DayOfWeek.WEDNESDAY, Direction.UNKNOWN,
                PUBLISHED), "news reports the past when nothing says otherwise");
    }

    @Test
    void theArticlesOwnWeekdayIsTheArticlesDateEitherWay() {
        assertEquals(PUBLISHED, RelativeDates.weekday(DayOfWeek.TUESDAY, Direction.PAST, PUBLISHED));
        assertEquals(PUBLISHED, RelativeDates.weekday(DayOfWeek.TUESDAY, Direction.FUTURE, PUBLISHED));
    }

    @Test
    void monthFollowsTheDirectionWithinEightMonthsElseTheClosest() {
        assertEquals("2024-08", RelativeDates.month(8, Direction.PAST, PUBLISHED));
        assertEquals("2025-03", RelativeDates.month(3, Direction.FUTURE, PUBLISHED));
        assertEquals("2024-03", RelativeDates.month(3, Direction.PAST, PUBLISHED));
        assertEquals("2025-01", RelativeDates.month(1, Direction.PAST, PUBLISHED), "January is ten months back");
        assertEquals("2024-12", RelativeDates.month(12, Direction.UNKNOWN, PUBLISHED));
    }

    @Test
    void lastMonthNameIsTheLatestBeforeTheArticlesMonth() {
        assertEquals("2024-06", RelativeDates.lastMonth(6, PUBLISHED));
        assertEquals("2023-12", RelativeDates.lastMonth(12, PUBLISHED));
    }

    @Test
    void dayOfMonthFollowsTheDirectionAndAWeekdayPicksTheYear() {
        assertEquals(LocalDate.of(2024, 8, 24), RelativeDates.monthDay(8, 24, null, Direction.PAST, PUBLISHED));
        assertEquals(LocalDate.of(2025, 2, 24), RelativeDates.monthDay(2, 24, null, Direction.PAST, PUBLISHED),
                "nine months back is past reach: the closest is meant");
        assertEquals(LocalDate.of(2025, 2, 24), RelativeDates.monthDay(2, 24, null, Direction.FUTURE, PUBLISHED));
        assertEquals(LocalDate.of(2023, 2, 24), RelativeDates.monthDay(2, 24, DayOfWeek.FRIDAY, Direction.PAST,
                PUBLISHED));
        assertNull(RelativeDates.monthDay(2, 30, null, Direction.PAST, PUBLISHED));
    }

    @Test
    void weekendIsTheLastOneUnlessTheSentenceLooksAhead() {
        assertEquals("2024-W46-WE", RelativeDates.weekend(Direction.PAST, PUBLISHED));
        assertEquals("2024-W47-WE", RelativeDates.weekend(Direction.FUTURE, PUBLISHED));
    }

    @Test
    void holidaysMoveByYearKeepingTheirDayOrTheirWeekday() {
        LocalDate thanksgiving2025 = LocalDate.of(2025, 11, 27);
        assertEquals(LocalDate.of(2023, 11, 23), RelativeDates.holiday(thanksgiving2025, RelativeDates.Rule.NTH_WEEKDAY, Direction.PAST,
                LocalDate.of(2024, 1, 7)));
        LocalDate christmas2024 = LocalDate.of(2024, 12, 25);
        assertEquals(LocalDate.of(2023, 12, 25), RelativeDates.holiday(christmas2024, RelativeDates.Rule.SET_DAY, Direction.PAST,
                PUBLISHED));
        assertEquals(christmas2024, RelativeDates.holiday(christmas2024, RelativeDates.Rule.SET_DAY, Direction.FUTURE,
                PUBLISHED));
        assertEquals(LocalDate.of(2027, 5, 31), RelativeDates.holiday(LocalDate.of(2026, 5, 25),
                RelativeDates.Rule.LAST_WEEKDAY, Direction.FUTURE, LocalDate.of(2027, 1, 10)),
                "Memorial Day stays the last Monday of May");
    }
}
