package org.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token's part of speech, tested by group and by exact tag. */
class TokenTest {
    private static Token tagged(String pos) {
        return new Token(new Span(0, 4), "word", pos, "word", "O");
    }

    @Test
    void groupsNounsVerbsAdjectivesAndPronounsByTheirTagsPrefix() {
        assertTrue(tagged("NNS").isNoun());
        assertTrue(tagged("NNPS").isNoun());
        assertTrue(tagged("NNPS").isProperNoun());
        assertFalse(tagged("NNS").isProperNoun());
        assertTrue(tagged("VBN").isVerb());
        assertFalse(tagged("MD").isVerb());
        assertTrue(tagged("JJS").isAdjective());
        assertTrue(tagged("PRP$").isPronoun());
        assertTrue(tagged("CD").isNumber());
        assertFalse(tagged("NN").isNumber());
    }

    @Test
    void matchesAnExactTagOnly() {
        assertTrue(tagged("NN").is(Pos.NN));
        assertFalse(tagged("NNS").is(Pos.NN));
        assertTrue(tagged("PRP$").is(Pos.PRP$));
        assertTrue(tagged(",").is(Pos.COMMA));
        assertTrue(tagged("``").isAny(EnumSet.of(Pos.OPENING_QUOTE, Pos.CLOSING_QUOTE)));
        assertFalse(tagged("JJR").isAny(EnumSet.of(Pos.JJ, Pos.JJS)));
    }

    @Test
    void anUnlistedTagIsOtherAndMatchesNoListedTag() {
        assertEquals(Pos.OTHER, tagged("ZZ").tag());
        assertEquals(Pos.OTHER, Pos.of(""));
        assertFalse(tagged("ZZ").isAny(EnumSet.complementOf(EnumSet.of(Pos.OTHER))));
        assertEquals(Pos.VBZ, Pos.of("VBZ"));
        assertEquals("PRP$", Pos.PRP$.tag());
    }
}
