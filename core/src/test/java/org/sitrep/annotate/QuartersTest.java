package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuartersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(1989, 10, 26);

    private static Quarters around(String text) {
        return Quarters.around(text, 0, text.length(), PUBLISHED);
    }

    @Test
    void withoutANamedQuarterTheOneBeforeTheArticleIsMeant() {
        Quarters q = around("Net income rose 12% in the quarter.");
        assertEquals("1989-Q3", q.current());
        assertEquals("1988-Q3", q.yearBefore());
        assertTrue(q.reporting());
    }

    @Test
    void theQuarterLastNamedInTheStoryIsMeant() {
        Quarters q = around("Net fell in the fiscal second quarter. Sales rose 3% in the quarter.");
        assertEquals("1989-Q2", q.valueOf("the quarter"));
        assertEquals("1989-Q2", q.valueOf("the latest quarter"));
    }

    @Test
    void aQuarterNamedWithoutItsYearIsTheLatestThatHasBegun() {
        Quarters q = around("Results fell.");
        assertEquals("1989-Q3", q.valueOf("third-quarter"));
        assertEquals("1989-Q4", q.valueOf("the fourth quarter"));
        assertEquals("1989-Q1", q.valueOf("the fiscal first quarter"));
        assertNull(q.valueOf("this quarter"), "SUTime's own value stands");
        assertNull(q.valueOf("next year"));
    }

    @Test
    void storiesWithoutResultsAreNotReporting() {
        assertFalse(around("Troops crossed the border a year ago.").reporting());
    }

    @Test
    void quartersResolveAcrossTheTurnOfTheYear() {
        assertEquals("1990-Q1", Quarters.resolve(1, Direction.FUTURE, LocalDate.of(1989, 11, 2)));
        assertEquals("1988-Q4", Quarters.resolve(4, Direction.PAST, LocalDate.of(1989, 2, 2)));
        assertEquals("1987-Q4", Quarters.minusYear("1988-Q4"));
    }
}
