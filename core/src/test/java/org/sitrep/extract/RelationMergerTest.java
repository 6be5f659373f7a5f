package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folding the reports of one relation, on texts of our own. */
class RelationMergerTest {
    private final RelationMerger merger = new RelationMerger();

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        return new Span(at, at + words.length());
    }

    private static Actor actor(String name, String entity, String text, String words) {
        return new Actor(name, entity, span(text, words));
    }

    @Test
    void adjacentSentencesOfOnePermissionAreOneRelationWithBothAsEvidence() {
        String text = "Washington gave Kyiv permission to use missiles. The United States allowed Kyiv to strike "
                + "Russia.";
        Span first = span(text, "Washington gave Kyiv permission to use missiles.");
        Span second = span(text, "The United States allowed Kyiv to strike Russia.");
        Relation a = new Relation(actor("United States", "E3", text, "Washington"), RelationPredicate.PERMITS,
                actor("Ukraine", null, text, "Kyiv"), "use missiles", null, span(text, "permission"), List.of(first),
                null);
        Relation b = new Relation(actor("United States", "E3", text, "United States"), RelationPredicate.PERMITS,
                new Actor("Ukraine", null, new Span(second.start() + 26, second.start() + 30)), "strike Russia",
                "2024-11-17", span(text, "allowed"), List.of(second), new Actor("Pentagon", null, null));
        List<Relation> merged = merger.merge(List.of(a, b), text);
        assertEquals(1, merged.size(), merged.toString());
        Relation one = merged.get(0);
        assertEquals(List.of(first, second), one.evidence());
        assertEquals("use missiles", one.what(), "the first report's what");
        assertEquals("2024-11-17", one.date(), "a date any report gives");
        assertEquals("Pentagon", one.claimedBy().name());
        assertEquals(span(text, "Washington"), one.subject().span(), "the first report's words");
    }

    @Test
    void distinctSuppliesBetweenTheSameActorsStayApart() {
        String text = "Iran is getting money from Russia in return for missiles and drones.";
        Span s = new Span(0, text.length());
        Actor russia = actor("Russia", "E1", text, "Russia");
        Actor iran = actor("Iran", "E2", text, "Iran");
        Relation money = new Relation(russia, RelationPredicate.SUPPLIES, iran, "money", null, span(text, "getting"),
                List.of(s), null);
        Relation missiles = new Relation(russia, RelationPredicate.SUPPLIES, iran, "missiles", null,
                span(text, "getting"), List.of(s), null);
        Relation drones = new Relation(iran, RelationPredicate.SUPPLIES, russia, "drones", null,
                span(text, "getting"), List.of(s), null);
        assertEquals(List.of(money, missiles, drones), merger.merge(List.of(money, missiles, drones), text));
    }

    @Test
    void theSameFactFarApartIsOneRelationButDifferentFactsFarApartAreNot() {
        String text = "Russia invaded Ukraine in 2022. Talks failed. Weeks passed. Russia invaded Ukraine's east.";
        Span first = span(text, "Russia invaded Ukraine in 2022.");
        Span last = span(text, "Russia invaded Ukraine's east.");
        Actor russia = new Actor("Russia", "E1", new Span(0, 6));
        Actor ukraine = new Actor("Ukraine", "E2", new Span(15, 22));
        Relation a = new Relation(russia, RelationPredicate.INVADES, ukraine, null, null, new Span(7, 14),
                List.of(first), null);
        Relation b = new Relation(russia, RelationPredicate.INVADES, ukraine, null, null,
                new Span(last.start() + 7, last.start() + 14), List.of(last), null);
        assertEquals(List.of(first, last), merger.merge(List.of(a, b), text).get(0).evidence(), "same what (none)");

        Relation urgesA = new Relation(russia, RelationPredicate.URGES, ukraine, "talk", null, new Span(7, 14),
                List.of(first), null);
        Relation urgesB = new Relation(russia, RelationPredicate.URGES, ukraine, "surrender", null,
                new Span(last.start() + 7, last.start() + 14), List.of(last), null);
        assertEquals(2, merger.merge(List.of(urgesA, urgesB), text).size(), "different whats, sentences apart");
    }

    @Test
    void aGovernmentActingOnItselfIsDropped() {
        String text = "Moscow warned Russia.";
        Relation r = new Relation(new Actor("Russia", "E1", new Span(0, 6)), RelationPredicate.THREATENS,
                new Actor("Russia", "E1", new Span(14, 20)), null, null, new Span(7, 13), List.of(new Span(0, 21)),
                null);
        assertEquals(List.of(), merger.merge(List.of(r), text));
    }
}
