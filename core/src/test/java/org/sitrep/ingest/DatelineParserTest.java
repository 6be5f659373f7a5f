package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Dateline;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser();

    private Dateline parse(String line, LocalDate reference) {
        return parser.find(line, reference).orElseThrow(() -> new AssertionError("no dateline in: " + line)).dateline();
    }

    @Test
    void placeAgencyDate() {
        Dateline d = parse("Kyiv, Ukraine (AFP) Nov 19, 2024 -", null);
        assertEquals(new Dateline("Kyiv, Ukraine", "AFP", LocalDate.of(2024, 11, 19)), d);
    }

    @Test
    void placeDateAgencyTakesTheYearFromTheReference() {
        assertEquals(new Dateline("KYIV", "Reuters", LocalDate.of(2024, 11, 19)),
                parse("KYIV, Nov 19 (Reuters) - Ukraine said", LocalDate.of(2024, 12, 1)));
        assertEquals(new Dateline("GAZA CITY", "Reuters", LocalDate.of(2023, 10, 9)),
                parse("GAZA CITY, October 9, 2023 (Reuters) -", null));
    }

    @Test
    void placeAgencyWithEmDash() {
        assertEquals(new Dateline("WASHINGTON", "AP", null), parse("WASHINGTON (AP) — The Pentagon said", null));
    }

    @Test
    void capitalisedPlaceAndDayMonthDate() {
        assertEquals(new Dateline("BRUSSELS", null, LocalDate.of(2024, 11, 19)), parse("BRUSSELS, 19 November 2024 — NATO", null));
    }

    @Test
    void textAfterTheDatelineStartsWhereTheMatchEnds() {
        String line = "KYIV, Nov 19 (Reuters) - Ukraine said";
        assertEquals("Ukraine said", line.substring(parser.find(line, null).get().end()));
    }

    @Test
    void ordinarySentencesAreNotDatelines() {
        assertTrue(parser.find("Ukraine said Tuesday that its forces would never surrender.", null).isEmpty());
        assertTrue(parser.find("Russia (which denies it) attacked - again.", null).isEmpty());
        assertTrue(parser.find("- Deadly dorm strike -", null).isEmpty());
    }

    @Test
    void impossibleDateGivesNoDate() {
        assertNull(parse("Kyiv, Ukraine (AFP) Feb 30, 2024 -", null).date());
    }
}
