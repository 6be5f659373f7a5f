package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventScorerTest {

    private static final String WIKI = """
            {"doc_id": "d1", "tokens": [], "text": "", "relation_mentions": [],
             "sentences": [[[["A", 0, 1], ["bomb", 2, 6], ["killed", 7, 13], ["three", 14, 19], ["soldiers", 20, 28],
                             ["in", 29, 31], ["Kabul", 32, 37], [".", 37, 38]], "A bomb killed three soldiers in Kabul."],
                           [[["Rebels", 39, 45], ["attacked", 46, 54], ["a", 55, 56], ["base", 57, 61], [".", 61, 62]],
                            "Rebels attacked a base."]],
             "entity_mentions": [{"id": "T1", "start": 1, "end": 2, "text": "bomb"},
                                 {"id": "T2", "start": 4, "end": 5, "text": "soldiers"},
                                 {"id": "T3", "start": 6, "end": 7, "text": "Kabul"},
                                 {"id": "T4", "start": 8, "end": 9, "text": "Rebels"},
                                 {"id": "T5", "start": 11, "end": 12, "text": "base"}],
             "event_mentions": [
               {"id": "E1", "event_type": "Life.Die.Unspecified", "trigger": {"start": 2, "end": 3, "text": "killed"},
                "arguments": [{"entity_id": "T2", "role": "Victim"}, {"entity_id": "T3", "role": "Place"},
                              {"entity_id": "T1", "role": "Instrument"}]},
               {"id": "E2", "event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 9, "end": 10, "text": "attacked"},
                "arguments": [{"entity_id": "T4", "role": "Attacker"}, {"entity_id": "T5", "role": "Target"}]},
               {"id": "E3", "event_type": "Contact.Contact.Meet", "trigger": {"start": 0, "end": 1, "text": "A"},
                "arguments": []}]}
            """;

    private static EventDocument wiki() throws IOException {
        return new WikiEventsReader().document(new ObjectMapper().readTree(WIKI), Path.of("dev.jsonl"), 1);
    }

    @Test
    void wikiEventsSentencesBecomeParagraphsAndSpansPointIntoThem() throws IOException {
        EventDocument doc = wiki();
        assertEquals("A bomb killed three soldiers in Kabul.\n\nRebels attacked a base.", doc.text());
        GoldEvent die = doc.events().get(0);
        assertEquals("die", die.family());
        assertEquals("killed", die.trigger().of(doc.text()));
        assertEquals(3, die.count(), "three soldiers");
        assertEquals(List.of("victim", "place", "instrument"), die.arguments().stream().map(GoldEventArgument::role).toList());
        GoldEvent attack = doc.events().get(1);
        assertEquals("attacked", attack.trigger().of(doc.text()));
        assertEquals("Rebels", attack.arguments().get(0).span().of(doc.text()));
        assertEquals(null, doc.events().get(2).family(), "meetings are not scored");
    }

    @Test
    void triggersAndArgumentsMatchByFamilyRoleAndOverlap() throws IOException {
        EventDocument doc = wiki();
        String text = doc.text();
        Span killed = find(text, "killed");
        Span attacked = find(text, "attacked");
        List<PredictedMention> predicted = List.of(
                new PredictedMention("die", killed, List.of(
                        new GoldEventArgument("victim", find(text, "three soldiers")),
                        new GoldEventArgument("place", find(text, "Kabul")),
                        new GoldEventArgument("attacker", find(text, "bomb"))), List.of(find(text, "A bomb killed three soldiers in Kabul")), 3),
                new PredictedMention("injure", attacked, List.of(new GoldEventArgument("attacker", find(text, "Rebels"))),
                        List.of(), null),
                new PredictedMention("attack", find(text, "base"), List.of(), List.of(), null));
        EventCounts c = new EventScorer().score(doc, predicted);
        assertEquals(2, c.gold());
        assertEquals(3, c.predicted());
        assertEquals(1, c.goldFound(), "the attack's trigger was predicted as an injury");
        assertEquals(1, c.predictedRight());
        assertEquals(5, c.goldArguments());
        assertEquals(4, c.predictedArguments());
        assertEquals(2, c.goldArgumentsFound(), "victim and place; the bomb is an instrument, not an attacker");
        assertEquals(2, c.predictedArgumentsRight());
        assertEquals(1, c.deaths());
        assertEquals(1, c.deathsExact());
        assertEquals(1.0, c.fatalitiesExact());
        assertEquals(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), c.triggerF1(), 1e-9);
    }

    @Test
    void ramsJudgesOnlyPredictionsAtTheGoldTrigger() throws IOException {
        String line = """
                {"doc_key": "nw_1", "sentences": [["Gunmen", "shot", "two", "guards", "."], ["A", "riot", "followed", "."]],
                 "evt_triggers": [[1, 1, [["conflict.attack.firearmattack", 1.0]]]],
                 "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"], [[1, 1], [2, 3], "evt001arg02target"]]}
                """;
        EventDocument doc = new RamsReader().document(new ObjectMapper().readTree(line), Path.of("dev.jsonlines"), 1);
        assertEquals("Gunmen shot two guards .\n\nA riot followed .", doc.text());
        String text = doc.text();
        EventCounts c = new EventScorer().score(doc, List.of(
                new PredictedMention("attack", find(text, "shot"), List.of(
                        new GoldEventArgument("attacker", find(text, "Gunmen")),
                        new GoldEventArgument("target", find(text, "guards"))), List.of(), null),
                new PredictedMention("attack", find(text, "riot"), List.of(
                        new GoldEventArgument("attacker", find(text, "A"))), List.of(), null)));
        assertEquals(1, c.predicted(), "the riot is not annotated in RAMS, so it is not judged");
        assertEquals(2, c.goldArgumentsFound());
        assertEquals(1.0, c.argumentF1(), 1e-9);
    }

    private static Span find(String text, String words) {
        int i = text.indexOf(words);
        return new Span(i, i + words.length());
    }
}
