package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a clause's triggers are grouped into reports, on hand-tagged clauses. */
class TriggerGrouperTest {

    private static List<IncidentReport> group(String tagged) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        return TriggerGrouper.group(doc, 0, 0, doc.tokens().size());
    }

    @Test
    void triggersOfOneIncidentMakeOneReport() {
        List<IncidentReport> reports = group("a/DT missile/NN strike/NN hit/VBD/=hit Kyiv/NNP ,/, killing/VBG/=kill "
                + "three/CD ./.");
        assertEquals(1, reports.size());
        IncidentReport r = reports.get(0);
        assertEquals(List.of(Kind.STRIKE, Kind.ATTACK, Kind.KILL), r.triggerKinds);
        assertEquals(Set.of(Kind.STRIKE, Kind.ATTACK, Kind.KILL), r.kinds);
        assertEquals(0, r.from);
        assertEquals(9, r.to);
    }

    @Test
    void anotherIncidentOpensAReportOfItsOwn() {
        // 0 a 1 strike 2 hit 3 Kyiv 4 and 5 another 6 strike 7 hit 8 Lviv 9 .
        List<IncidentReport> reports = group("a/DT strike/NN hit/VBD/=hit Kyiv/NNP and/CC another/DT strike/NN "
                + "hit/VBD/=hit Lviv/NNP ./.");
        assertEquals(2, reports.size());
        assertFalse(reports.get(0).fresh);
        assertEquals(5, reports.get(0).to);
        assertTrue(reports.get(1).fresh);
        assertEquals(5, reports.get(1).from);
        assertEquals(10, reports.get(1).to);
    }

    @Test
    void aWeakTriggerAloneNamesNoIncident() {
        assertTrue(group("the/DT ball/NN hit/VBD/=hit a/DT house/NN").isEmpty());
    }

    @Test
    void theIncidentNamedWithTheIsDefinite() {
        assertTrue(group("the/DT attack/NN on/IN Sumy/NNP").get(0).definite);
        assertFalse(group("an/DT attack/NN on/IN Sumy/NNP").get(0).definite);
    }

    @Test
    void theReportEndsWhereAnotherStoryIsToldAfterAfter() {
        // 0 The 1 attack 2 came 3 a 4 day 5 after 6 delegations 7 met 8 in 9 Riyadh
        IncidentReport r = group("The/DT attack/NN came/VBD a/DT day/NN after/IN delegations/NNS met/VBD in/IN "
                + "Riyadh/NNP").get(0);
        assertEquals(5, r.to);
    }

    @Test
    void theNounBombingIsMarked() {
        assertTrue(group("the/DT Manchester/NNP bombing/NN").get(0).bombing);
    }
}
