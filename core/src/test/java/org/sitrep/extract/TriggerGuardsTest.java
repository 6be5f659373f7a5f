package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guards for what did not happen, on hand-tagged clauses. */
class TriggerGuardsTest {

    private static List<Token> tokens(String tagged) {
        return HandAnnotated.of(tagged).tokens();
    }

    /** Whether the word {@code trigger} of the clause is read as something that did not happen. */
    private static boolean irrealis(String tagged, String trigger) {
        List<Token> tokens = tokens(tagged);
        int i = tokens.stream().map(Token::word).toList().indexOf(trigger);
        return TriggerGuards.irrealis(tokens, i, 0);
    }

    @Test
    void aVerbAfterAModalOrANegationDidNotHappen() {
        assertTrue(irrealis("Russia/NNP would/MD attack/VB Kyiv/NNP", "attack"));
        assertTrue(irrealis("Russia/NNP did/VBD not/RB attack/VB Kyiv/NNP", "attack"));
        assertTrue(irrealis("Moscow/NNP threatened/VBD to/TO strike/VB Kyiv/NNP", "strike"));
        assertTrue(irrealis("they/PRP plan/VBP to/TO attack/VB", "attack"));
    }

    @Test
    void aVerbToldAsDoneHappened() {
        assertFalse(irrealis("Russia/NNP attacked/VBD Kyiv/NNP", "attacked"));
        assertFalse(irrealis("Russia/NNP has/VBZ attacked/VBN Kyiv/NNP", "attacked"));
    }

    @Test
    void aVerbAfterWithoutOrToDidNotHappen() {
        assertTrue(irrealis("permission/NN to/TO strike/VB targets/NNS", "strike"));
        assertTrue(irrealis("they/PRP left/VBD without/IN firing/VBG", "firing"));
    }

    @Test
    void aNounAfterAThreatOrAPreventionDidNotHappen() {
        assertTrue(irrealis("the/DT threat/NN of/IN an/DT attack/NN", "attack"));
        assertTrue(irrealis("efforts/NNS to/TO prevent/VB strikes/NNS", "strikes"));
        assertTrue(irrealis("there/EX were/VBD no/DT clashes/NNS", "clashes"));
    }

    @Test
    void aNounPlannedWithToAndAVerbDidNotHappenButItsObjectsDid() {
        assertTrue(irrealis("they/PRP vowed/VBD to/TO launch/VB a/DT new/JJ offensive/NN", "offensive"));
        assertFalse(irrealis("police/NNS moved/VBD to/TO disperse/VB hundreds/NNS of/IN protesters/NNS",
                "protesters"));
    }

    @Test
    void aNounToldAsDoneHappened() {
        assertFalse(irrealis("the/DT overnight/JJ attack/NN on/IN Kyiv/NNP", "attack"));
    }

    @Test
    void aClauseNamingAHazardOrAnAccidentHasNoArmedActor() {
        assertTrue(TriggerGuards.hazardIn(tokens("an/DT earthquake/NN struck/VBD the/DT region/NN"), 0, 5));
        assertTrue(TriggerGuards.hazardIn(tokens("a/DT bus/NN crashed/VBD ,/, killing/VBG 24/CD"), 0, 6));
        assertTrue(TriggerGuards.hazardIn(tokens("a/DT fire/NN broke/VBD out/RP in/IN the/DT market/NN"), 0, 7));
    }

    @Test
    void fireOpenedOrSetIsNoHazard() {
        assertFalse(TriggerGuards.hazardIn(tokens("gunmen/NNS opened/VBD fire/NN on/IN the/DT market/NN"), 0, 6));
        assertFalse(TriggerGuards.hazardIn(tokens("rioters/NNS set/VBD the/DT market/NN on/IN fire/NN"), 0, 6));
    }

    @Test
    void onlyTheClauseIsSearchedForAHazard() {
        List<Token> tokens = tokens("an/DT earthquake/NN struck/VBD ;/: troops/NNS attacked/VBD a/DT village/NN");
        assertFalse(TriggerGuards.hazardIn(tokens, 4, 8));
    }
}
