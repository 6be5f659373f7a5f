package org.sitrep.annotate;

import java.time.DayOfWeek;
import java.util.Map;

/** The words of dates that several time readers share: weekday names and the small amounts of a duration. */
final class DateWords {
    private DateWords() {
    }

    /** A weekday's name, lower case, and its day. */
    static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    /** A regular expression group matching a weekday's name (case is the caller's flag). */
    static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /** The amounts written as words in durations: "a year", "two days", "twelve months". */
    static final Map<String, Integer> AMOUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12));
}
