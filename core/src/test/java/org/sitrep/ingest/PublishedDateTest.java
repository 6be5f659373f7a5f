package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedDateTest {
    private static final Optional<LocalDate> NOV_19 = Optional.of(LocalDate.of(2024, 11, 19));

    @Test
    void readsIsoDatesAndDateTimesAsTheDayWritten() {
        assertEquals(NOV_19, PublishedDate.parse("2024-11-19"));
        assertEquals(NOV_19, PublishedDate.parse(" 2024-11-19T23:30:00-05:00 "));
        assertEquals(NOV_19, PublishedDate.parse("2024-11-19T08:30:00.000+0200"));
        assertEquals(NOV_19, PublishedDate.parse("2024-11-19 08:30"));
        assertEquals(NOV_19, PublishedDate.parse("20241119"));
    }

    @Test
    void readsRfc1123AndWrittenEnglishDates() {
        assertEquals(NOV_19, PublishedDate.parse("Tue, 19 Nov 2024 08:30:00 GMT"));
        assertEquals(NOV_19, PublishedDate.parse("November 19, 2024"));
        assertEquals(NOV_19, PublishedDate.parse("Nov 19, 2024"));
        assertEquals(NOV_19, PublishedDate.parse("19 November 2024"));
        assertEquals(NOV_19, PublishedDate.parse("Tuesday, 19th Nov 2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), PublishedDate.parse("Sept 3, 2024"));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertEquals(Optional.empty(), PublishedDate.parse(null));
        assertEquals(Optional.empty(), PublishedDate.parse("  "));
        assertEquals(Optional.empty(), PublishedDate.parse("yesterday"));
        assertEquals(Optional.empty(), PublishedDate.parse("2024-13-45"));
        assertEquals(Optional.empty(), PublishedDate.parse("February 30, 2024"));
    }
}
