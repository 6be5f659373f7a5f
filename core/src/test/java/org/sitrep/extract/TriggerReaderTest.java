package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which words name an incident, and of what kind, on hand-tagged clauses with their lemmas. */
class TriggerReaderTest {

    /** The kind the word {@code trigger} names in the clause (the whole of {@code tagged}). */
    private static Optional<Kind> kind(String tagged, String trigger) {
        List<Token> tokens = HandAnnotated.of(tagged).tokens();
        int i = tokens.stream().map(Token::word).toList().indexOf(trigger);
        return TriggerReader.kind(tokens, i, 0, tokens.size());
    }

    @Test
    void aTriggerWordNamesItsKindByLemma() {
        assertEquals(Optional.of(Kind.STRIKE), kind("Russian/JJ forces/NNS struck/VBD/=strike Kharkiv/NNP", "struck"));
        assertEquals(Optional.of(Kind.CLASH), kind("fighting/NN continued/VBD", "fighting"));
    }

    @Test
    void properNounsAndOtherTagsNameNoIncident() {
        assertEquals(Optional.empty(), kind("Operation/NNP Strike/NNP/=strike", "Strike"));
        assertEquals(Optional.empty(), kind("an/DT offensive/JJ remark/NN", "offensive"));
    }

    @Test
    void neighboursChangeTheKind() {
        assertEquals(Optional.of(Kind.CLASH), kind("the/DT sides/NNS exchanged/VBD fire/NN", "fire"));
        assertEquals(Optional.of(Kind.PROTEST), kind("a/DT hunger/NN strike/NN", "strike"));
        assertEquals(Optional.of(Kind.INTERCEPT), kind("troops/NNS shot/VBD/=shoot down/RP a/DT drone/NN", "shot"));
        assertEquals(Optional.of(Kind.INTERCEPT), kind("police/NNS seized/VBD/=seize a/DT cache/NN of/IN weapons/NNS",
                "seized"));
        assertEquals(Optional.of(Kind.SEXUAL), kind("a/DT sexual/JJ assault/NN", "assault"));
    }

    @Test
    void aNounBeforeAWordOfAnotherSenseNamesNoIncident() {
        assertEquals(Optional.empty(), kind("riot/NN police/NNS arrived/VBD", "riot"));
        assertEquals(Optional.empty(), kind("a/DT heart/NN attack/NN", "attack"));
    }

    @Test
    void diedOfWoundsIsATollAndDiedOfIllnessIsNot() {
        assertEquals(Optional.of(Kind.KILL), kind("he/PRP died/VBD/=die of/IN his/PRP$ wounds/NNS ./.", "died"));
        assertEquals(Optional.empty(), kind("he/PRP died/VBD/=die of/IN cancer/NN last/JJ year/NN", "died"));
        assertEquals(Optional.empty(), kind("she/PRP died/VBD/=die peacefully/RB", "died"));
    }

    @Test
    void capturesNeedTerritory() {
        assertEquals(Optional.of(Kind.CAPTURE), kind("rebels/NNS captured/VBD/=capture the/DT town/NN", "captured"));
        assertEquals(Optional.empty(), kind("police/NNS captured/VBD/=capture the/DT suspect/NN", "captured"));
    }

    @Test
    void guardedTriggersNameNoIncident() {
        assertEquals(Optional.empty(), kind("an/DT earthquake/NN killed/VBD/=kill 12/CD", "killed"));
        assertEquals(Optional.empty(), kind("permission/NN to/TO strike/VB", "strike"));
        assertEquals(Optional.empty(), kind("Russia/NNP would/MD attack/VB", "attack"));
    }

    @Test
    void someTriggersOnlyJoinAnIncidentAlreadyNamed() {
        List<Token> tokens = HandAnnotated.of("the/DT shell/NN hit/VBD/=hit a/DT house/NN").tokens();
        assertTrue(TriggerReader.weak(tokens, 2, tokens.size()));
        List<Token> beaten = HandAnnotated.of("a/DT mob/NN beat/VBD/=beat a/DT man/NN to/TO death/NN").tokens();
        assertFalse(TriggerReader.weak(beaten, 2, beaten.size()));
    }
}
