package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Civilians, protests and police intervening, read from hand-tagged clauses of one report. */
class PeopleReaderTest {

    private static IncidentReport people(String tagged, int trigger, Kind kind) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        IncidentReport r = new IncidentReport();
        r.from = 0;
        r.to = doc.tokens().size();
        r.triggers.add(doc.tokens().get(trigger).span());
        r.triggerKinds.add(kind);
        r.kinds.add(kind);
        PeopleReader.read(doc, r);
        return r;
    }

    @Test
    void policeFiringTearGasAtProtestersIntervene() {
        IncidentReport r = people("police/NNS fired/VBD/=fire tear/NN gas/NN at/IN protesters/NNS/=protester ./.", 1,
                Kind.SHOOT);
        assertTrue(r.intervention);
        assertTrue(r.protestContext);
        assertTrue(r.protestTarget);
    }

    @Test
    void gunmenFiringAtAMarchAreNoIntervention() {
        IncidentReport r = people("gunmen/NNS fired/VBD/=fire at/IN the/DT march/NN ./.", 1, Kind.SHOOT);
        assertFalse(r.intervention);
        assertTrue(r.protestTarget);
    }

    @Test
    void civiliansNamedAfterTheTriggerAreVictims() {
        assertTrue(people("the/DT strike/NN killed/VBD/=kill three/CD civilians/NNS/=civilian ./.", 2, Kind.KILL)
                .civilians);
        assertFalse(people("the/DT strike/NN killed/VBD/=kill three/CD soldiers/NNS/=soldier ./.", 2, Kind.KILL)
                .civilians);
    }
}
