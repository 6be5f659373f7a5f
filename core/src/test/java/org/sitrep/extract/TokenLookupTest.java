package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AnnotatedArticle#tokenAt(int)}, which the quote finder and the speaker resolver look tokens up with. */
class TokenLookupTest {
    @Test
    void findsTheFirstTokenEndingAfterAnOffset() {
        AnnotatedArticle doc = HandAnnotated.of("Rutte/NNP said/VBD so/RB ./."); // "Rutte said so ."
        assertEquals(0, doc.tokenAt(0));
        assertEquals(0, doc.tokenAt(4));
        assertEquals(1, doc.tokenAt(5), "the space after a token belongs to the next one");
        assertEquals(1, doc.tokenAt(6));
        assertEquals(3, doc.tokenAt(14));
        assertEquals(4, doc.tokenAt(15), "past the last token");
    }
}
