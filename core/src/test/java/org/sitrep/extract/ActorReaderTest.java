package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.extract.IncidentReport.Side;
import org.sitrep.model.AnnotatedArticle;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who did it to whom, read from hand-tagged clauses of one report. */
class ActorReaderTest {

    /** The report over the whole of {@code tagged} whose one trigger is token {@code trigger}, of {@code kind}. */
    private static IncidentReport actors(String tagged, int trigger, Kind kind) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        IncidentReport r = new IncidentReport();
        r.from = 0;
        r.to = doc.tokens().size();
        r.triggers.add(doc.tokens().get(trigger).span());
        r.triggerKinds.add(kind);
        r.kinds.add(kind);
        ActorReader.read(doc, List.of(), r);
        return r;
    }

    @Test
    void theSubjectDidItAndTheObjectSufferedIt() {
        IncidentReport r = actors("Russian/JJ/NORP forces/NNS struck/VBD/=strike Kharkiv/NNP/GPE ./.", 2, Kind.STRIKE);
        assertEquals("Russia", r.actor1.name());
        assertEquals(Side.STATE, r.side1);
        assertEquals("Russian forces", r.actor1.span().of(HandAnnotated.of(
                "Russian/JJ/NORP forces/NNS struck/VBD/=strike Kharkiv/NNP/GPE ./.").text()));
        assertEquals("Kharkiv", r.actor2.name());
        assertEquals(Side.STATE, r.side2);
    }

    @Test
    void afterAPassiveTheDoerFollowsByAndTheVictimStandsBefore() {
        IncidentReport r = actors("three/CD soldiers/NNS were/VBD/=be killed/VBN/=kill by/IN militants/NNS ./.", 3,
                Kind.KILL);
        assertEquals("militants", r.actor1.name());
        assertEquals(Side.ARMED, r.side1);
        assertEquals("soldiers", r.actor2.name());
    }

    @Test
    void whoDiedIsTheVictim() {
        IncidentReport r = actors("Gladkikh/NNP/PERSON died/VBD/=die ./.", 1, Kind.KILL);
        assertNull(r.actor1);
        assertEquals("Gladkikh", r.actor2.name());
    }

    @Test
    void armedMenAreAnArmedGroup() {
        IncidentReport r = actors("armed/JJ men/NNS attacked/VBD/=attack a/DT village/NN ./.", 2, Kind.ATTACK);
        assertEquals("men", r.actor1.name());
        assertEquals(Side.ARMED, r.side1);
        assertNull(r.actor2);
    }

    @Test
    void aTollAloneNamesNoActor() {
        IncidentReport r = actors("the/DT toll/NN rose/VBD to/TO 14/CD ,/, Synegubov/NNP/PERSON said/VBD/=say ./.", 1,
                Kind.TOLL);
        assertNull(r.actor1);
        assertNull(r.actor2);
    }
}
