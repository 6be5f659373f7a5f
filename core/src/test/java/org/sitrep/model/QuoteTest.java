package org.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteTest {
    private static final Span CUE = new Span(20, 24);

    @Test
    void speakerIsOptional() {
        Quote q = new Quote(new Span(0, 10), "\"We win,\" ", true, CUE, "said", null);
        assertTrue(q.findSpeaker().isEmpty());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, q::requireSpeaker);
        assertEquals("no speaker for the quote at Span[start=0, end=10] (cue 'said' at Span[start=20, end=24])",
                e.getMessage());
    }

    @Test
    void textMustFitItsSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Quote(new Span(0, 5), "We will win", false, CUE, "said", null));
        assertTrue(e.getMessage().contains("has length 11 but its span Span[start=0, end=5] has length 5"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Quote(new Span(0, 2), "We", false, CUE, "said it", null));
        assertThrows(IllegalArgumentException.class, () -> new Quote(new Span(3, 3), "", false, CUE, "said", null));
    }

    @Test
    void speakerEntityIsOptionalAndItsTextFitsItsSpan() {
        Speaker s = new Speaker("foreign ministry", null, new Span(30, 42), "the ministry");
        assertTrue(s.findEntity().isEmpty());
        assertEquals("E3", new Speaker("Mark Rutte", "E3", new Span(0, 2), "he").findEntity().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new Speaker("Rutte", "E1", new Span(0, 3), "Rutte"));
        assertThrows(IllegalArgumentException.class, () -> new Speaker(" ", null, new Span(0, 2), "he"));
    }

    @Test
    void quotePastTheBodyIsRefusedByTheFacts() {
        Article article = Article.of("short", "Rutte said so.");
        Quote q = new Quote(new Span(6, 20), "said so.      ", false, new Span(6, 10), "said", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticleFacts(article, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(q), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of()));
        assertEquals("quote span end 20 is past body length 14 (source short, article 0)", e.getMessage());
    }
}
