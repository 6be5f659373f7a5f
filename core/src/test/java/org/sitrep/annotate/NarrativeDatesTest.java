package org.sitrep.annotate;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NarrativeDatesTest {

    private static final String TEXT = "The attack on 13 September 1974 killed 13. The bomb exploded on a Friday.\n\n"
            + "Officials said on Friday the case was closed.";
    private static final TimeExpression EXPLICIT = at("13 September 1974", TimeType.DATE, "1974-09-13");

    private static TimeExpression at(String covered, TimeType type, String value) {
        int start = TEXT.indexOf(covered);
        return new TimeExpression(new Span(start, start + covered.length()), covered, type, value);
    }

    @Test
    void anExplicitDateFarBeforeTheArticleAnchorsItsParagraph() {
        int friday = TEXT.indexOf("a Friday");
        assertEquals(LocalDate.of(1974, 9, 13), NarrativeDates.anchor(TEXT, List.of(EXPLICIT), friday,
                LocalDate.of(2019, 5, 1)));
        assertEquals(LocalDate.of(1974, 9, 13), NarrativeDates.anchor(TEXT, List.of(EXPLICIT), friday, null));
    }

    @Test
    void theAnchorEndsWithItsParagraph() {
        int later = TEXT.indexOf("Officials");
        assertNull(NarrativeDates.anchor(TEXT, List.of(EXPLICIT), later, LocalDate.of(2019, 5, 1)));
    }

    @Test
    void aRecentDateIsNoNarrative() {
        int friday = TEXT.indexOf("a Friday");
        assertNull(NarrativeDates.anchor(TEXT, List.of(EXPLICIT), friday, LocalDate.of(1974, 9, 20)));
    }

    @Test
    void onlyDatesWithTheirYearWrittenAnchor() {
        assertNull(NarrativeDates.explicit(at("a Friday", TimeType.DATE, "1974-09-13")));
        assertEquals(LocalDate.of(1974, 9, 13), NarrativeDates.explicit(EXPLICIT));
    }

    @Test
    void relativeExpressionsAreReadFromTheAnchor() {
        LocalDate anchor = LocalDate.of(1974, 9, 13);
        assertEquals("1974-09-16", NarrativeDates.resolve("on Monday", "2019-04-29", Direction.PAST, anchor));
        assertEquals("1974-W38", NarrativeDates.resolve("a week later", "2019-05-08", Direction.PAST, anchor));
        assertEquals("1974-09-11", NarrativeDates.resolve("two days earlier", "2019-04-29", Direction.PAST, anchor));
        assertEquals("1974-09-15", NarrativeDates.resolve("15 September", "2019-09-15", Direction.PAST, anchor));
        assertEquals("1974", NarrativeDates.resolve("the same year", "2019", Direction.PAST, anchor));
        assertNull(NarrativeDates.resolve("on Monday", "2019-05-06", Direction.FUTURE, anchor));
        assertNull(NarrativeDates.resolve("June 1977", "1977-06", Direction.PAST, anchor));
    }
}
