package org.sitrep.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLabelMapTest {
    @Test
    void anExactModeWinsOverTheLabel() {
        assertEquals(Set.of("ARMED_CLASH"), EventLabelMap.plover("FIGHT", "firearms"));
        assertEquals(Set.of("SHELLING_ARTILLERY_MISSILE_ATTACK"), EventLabelMap.plover("FIGHT", "heavy-weapons"));
        assertEquals(Set.of("SUICIDE_BOMB"), EventLabelMap.ngec("ASSAULT", "SUICIDE-ATTACK"));
    }

    @Test
    void talkIsNoEventAndUnsureLabelsAreLeftOut() {
        assertEquals(Set.of(EventLabelMap.NONE), EventLabelMap.plover("DEMAND", ""));
        assertEquals(Set.of(EventLabelMap.NONE), EventLabelMap.ngec("ACCUSE", "ALLEGE"));
        assertTrue(EventLabelMap.plover("COERCE", "curfew").isEmpty(), "coerce without a mode is left out");
        assertTrue(EventLabelMap.cameo("7").isEmpty());
    }

    @Test
    void coarseLabelsStandForSetsOfSubTypes() {
        assertEquals(Set.of("ATTACK", "ARMED_CLASH", "ABDUCTION_FORCED_DISAPPEARANCE"),
                EventLabelMap.satp(true, false, true));
        assertTrue(EventLabelMap.cameo("4").containsAll(Set.of("ARMED_CLASH", "AIR_DRONE_STRIKE", "MOB_VIOLENCE")));
        assertTrue(EventLabelMap.PROTESTS.contains("PEACEFUL_PROTEST"));
    }

    @Test
    void mavenSentencesOfConflictTypesAreMappedOthersAreNegativesOrLeftOut() {
        assertEquals(Set.of("ABDUCTION_FORCED_DISAPPEARANCE"), EventLabelMap.maven(List.of("Kidnapping", "Motion")));
        assertEquals(Set.of(EventLabelMap.NONE), EventLabelMap.maven(List.of("Competition", "Motion")));
        assertNull(EventLabelMap.maven(List.of("Killing")), "a killing alone may be crime: left out");
    }

    @Test
    void caseLabelsAreSubTypesAndAnythingElseIsNoEvent() {
        assertEquals("AIR_DRONE_STRIKE", EventLabelMap.fromCase("AIR_STRIKE"));
        assertEquals("OTHER", EventLabelMap.fromCase("OTHER"));
        assertEquals(EventLabelMap.NONE, EventLabelMap.fromCase("NATURAL_DISASTER"));
    }
}
