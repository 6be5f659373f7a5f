package org.sitrep.resolve;

import org.junit.jupiter.api.Test;
import org.sitrep.model.FatalityQualifier;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TollRuleTest {
    private final TollRule rule = new TollRule();

    private static TollClaim claim(String day, Integer figure, FatalityQualifier q) {
        return new TollClaim(day, figure, q);
    }

    @Test
    void takesTheMostConservativeFigureOfTheSameDay() {
        Toll t = rule.consolidate(List.of(claim("2025-03-04", 7, FatalityQualifier.EXACT),
                claim("2025-03-04", 5, FatalityQualifier.AT_LEAST)));
        assertEquals(5, t.figure());
        assertEquals(FatalityQualifier.AT_LEAST, t.qualifier());
        assertEquals(5, t.low());
        assertEquals(7, t.high());
        assertTrue(t.disputed());
    }

    @Test
    void aLaterHigherTollSupersedesAndALaterLowerOneDoesNot() {
        assertEquals(9, rule.consolidate(List.of(claim("2025-03-04", 5, FatalityQualifier.EXACT),
                claim("2025-03-06", 9, FatalityQualifier.EXACT))).figure());
        assertEquals(5, rule.consolidate(List.of(claim("2025-03-04", 5, FatalityQualifier.EXACT),
                claim("2025-03-06", 3, FatalityQualifier.EXACT))).figure());
        assertEquals(5, rule.consolidate(List.of(claim(null, 3, FatalityQualifier.EXACT),
                claim("2025-03-06", 5, FatalityQualifier.EXACT))).figure(), "an undated report counts as earliest");
    }

    @Test
    void upToFiguresAreCeilingsUsedOnlyAlone() {
        assertEquals(4, rule.consolidate(List.of(claim("2025-03-04", 10, FatalityQualifier.UP_TO),
                claim("2025-03-04", 4, FatalityQualifier.ABOUT))).figure());
        assertEquals(10, rule.consolidate(List.of(claim("2025-03-04", 10, FatalityQualifier.UP_TO))).figure());
    }

    @Test
    void noFigureGivesNone() {
        Toll t = rule.consolidate(List.of(claim("2025-03-04", null, null)));
        assertEquals(Toll.NONE, t);
        assertFalse(t.disputed());
        assertEquals(Toll.NONE, rule.consolidate(List.of()));
    }
}
