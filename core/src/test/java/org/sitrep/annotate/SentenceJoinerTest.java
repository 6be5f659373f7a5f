package org.sitrep.annotate;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceJoinerTest {

    /** Tokens split on spaces, and sentences cut before the token indexes given. */
    private static List<Sentence> split(String text, List<Token> tokens, int... cuts) {
        for (int i = 0, start = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i > start) {
                    tokens.add(new Token(new Span(start, i), text.substring(start, i), "NN", null, "O"));
                }
                start = i + 1;
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int cut : cuts) {
            sentences.add(sentence(tokens, first, cut));
            first = cut;
        }
        sentences.add(sentence(tokens, first, tokens.size()));
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end()), first, end);
    }

    @Test
    void aSentenceOpeningInLowerCaseContinuesTheOneBefore() {
        String text = "Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy. Democrats disagreed.";
        List<Token> tokens = new ArrayList<>();
        List<Sentence> joined = SentenceJoiner.join(text, tokens, split(text, tokens, 4, 10));
        assertEquals(2, joined.size());
        assertEquals("Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy.", joined.get(0).span().of(text));
        assertEquals(0, joined.get(0).firstToken());
        assertEquals(10, joined.get(0).endToken());
    }

    @Test
    void aLineBreakKeepsSentencesApart() {
        String text = "Sumy region\nthe strike killed nine.";
        List<Token> tokens = new ArrayList<>();
        assertEquals(2, SentenceJoiner.join(text, tokens, split(text, tokens, 2)).size());
    }
}
