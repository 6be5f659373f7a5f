package org.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanTest {
    @Test
    void coversHalfOpenRange() {
        assertEquals("Kyiv", new Span(0, 4).of("Kyiv, Ukraine"));
        assertTrue(new Span(0, 4).overlaps(new Span(3, 5)));
        assertFalse(new Span(0, 4).overlaps(new Span(4, 5)));
        assertTrue(new Span(0, 10).contains(new Span(2, 4)));
    }

    @Test
    void rejectsReversedOrNegativeSpansNamingTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
    }

    @Test
    void articleSaysWhichArticleASpanOverruns() {
        Article a = new Article("afp.txt", 1, null, null, null, List.of(), "short body", null, null, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.textOf(new Span(0, 412)));
        assertEquals("span end 412 is past body length 10 (source afp.txt, article 1)", e.getMessage());
    }

    @Test
    void mentionTextMustMatchItsSpanLength() {
        assertThrows(IllegalArgumentException.class, () -> new Mention(new Span(0, 3), "Kyiv"));
    }
}
