package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventSubtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseScoreTest {

    @Test
    void everySubtypeHasItsOwnCaseLabel() {
        assertEquals(25, CaseLabels.ACLED.size());
        for (EventSubtype s : EventSubtype.values()) {
            assertTrue(CaseLabels.ACLED.contains(CaseLabels.label(s)), s.name());
        }
        assertEquals("AIR_STRIKE", CaseLabels.label(EventSubtype.AIR_DRONE_STRIKE));
        assertEquals("FORCE_AGAINST_PROTEST", CaseLabels.label(EventSubtype.EXCESSIVE_FORCE_AGAINST_PROTESTERS));
    }

    @Test
    void accuracyAndMacroF1OverAcledLabelsOtherAccuracyOverTheRest() {
        CaseScore s = new CaseScore();
        s.add("AIR_STRIKE", "AIR_STRIKE");
        s.add("AIR_STRIKE", "ART_MISS_ATTACK");
        s.add("ARMED_CLASH", "ARMED_CLASH");
        s.add("MOB_VIOL", CaseLabels.NONE);
        s.add("NATURAL_DISASTER", CaseLabels.NONE);
        s.add("DIPLOMACY", "ATTACK");
        assertEquals(6, s.snippets());
        assertEquals(4, s.acled());
        assertEquals(0.5, s.typeAccuracy(), 1e-9);
        // F1: AIR_STRIKE 2/3 (P 1, R 1/2), ART_MISS_ATTACK 0, ARMED_CLASH 1, MOB_VIOL 0.
        assertEquals((2.0 / 3 + 0 + 1 + 0) / 4, s.macroF1(), 1e-9);
        assertEquals(0.5, s.otherAccuracy(), 1e-9);
    }

    @Test
    void noSnippetsGiveNoFigures() {
        CaseScore s = new CaseScore();
        assertTrue(Double.isNaN(s.typeAccuracy()));
        assertTrue(Double.isNaN(s.otherAccuracy()));
        assertTrue(Double.isNaN(s.macroF1()));
    }
}
