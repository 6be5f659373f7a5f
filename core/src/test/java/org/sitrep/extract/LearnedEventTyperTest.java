package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.learn.Example;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.LinearTrainer;
import org.sitrep.model.EventSubtype;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typer's decisions with a small model trained here on words and rule signals alone (no embedding). */
class LearnedEventTyperTest {
    private static final LinearModel MODEL = model();
    private static final LearnedEventTyper TYPER = new LearnedEventTyper(MODEL, MODEL, MODEL);

    private static IncidentCandidate candidate(String text, EventSubtype rule, String... signals) {
        List<String> lemmas = List.of(text.toLowerCase().split(" "));
        return new IncidentCandidate(text, lemmas, rule, 0.6, List.of(signals));
    }

    private static LinearModel model() {
        List<Example> train = new ArrayList<>();
        String[][] texts = {
                {"helicopter drop chlorine gas on the town", "CHEMICAL_WEAPON"},
                {"toxic gas attack on the village", "CHEMICAL_WEAPON"},
                {"jets strike rebel position", "AIR_DRONE_STRIKE"},
                {"drone strike hit a car", "AIR_DRONE_STRIKE"},
                {"candidate strike back at rival in debate", "NONE"},
                {"the senator be fight the nominee", "NONE"},
                {"the striker strike the ball", "NONE"},
                {"rebel and army fight near the town", "ARMED_CLASH"},
        };
        for (int copy = 0; copy < 5; copy++) {
            for (String[] t : texts) {
                EventSubtype rule = t[1].equals("NONE") ? EventSubtype.ARMED_CLASH
                        : EventSubtype.valueOf(t[1]);
                boolean withRules = !t[0].contains("drop") && !t[0].contains("toxic");
                IncidentCandidate c = candidate(t[0], withRules ? rule : null);
                train.add(new Example(LearnedEventTyper.features(c, false), Set.of(t[1]), 1.0, "test"));
            }
        }
        return new LinearTrainer(0.05, 1, 200).train(LearnedEventTyper.labels(), train, List.of());
    }

    @Test
    void aFigurativeFightIsNoEvent() {
        EventTyper.Typing t = TYPER.type(candidate("the senator be fight the nominee", EventSubtype.ARMED_CLASH));
        assertNull(t.subtype());
        assertTrue(t.confidence() > 0.5);
    }

    @Test
    void theWordsOutweighTheRulesSubType() {
        EventTyper.Typing t = TYPER.type(candidate("jets strike rebel position", EventSubtype.ARMED_CLASH));
        assertEquals(EventSubtype.AIR_DRONE_STRIKE, t.subtype());
    }

    @Test
    void aSentenceTheRulesMissedIsReadWithItsCue() {
        IncidentCandidate sentence = candidate("a helicopter drop container of chlorine gas", null);
        EventTyper.Typing t = TYPER.typeUnread(sentence);
        assertEquals(EventSubtype.CHEMICAL_WEAPON, t.subtype());
        assertTrue(Set.of("chlorine", "gas", "drop", "helicopter").contains(sentence.lemmas().get(t.cue())),
                "cue " + sentence.lemmas().get(t.cue()));
        assertNull(TYPER.typeUnread(candidate("the striker strike the ball", null)).subtype());
    }

    @Test
    void theRulesTyperKeepsTheRulesDecision() {
        EventTyper.Typing t = EventTyper.RULES.type(candidate("anything", EventSubtype.GRENADE));
        assertEquals(EventSubtype.GRENADE, t.subtype());
        assertEquals(0.6, t.confidence());
        assertNull(EventTyper.RULES.typeUnread(candidate("anything", null)).subtype());
    }
}
