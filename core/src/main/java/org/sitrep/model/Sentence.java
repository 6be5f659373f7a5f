package org.sitrep.model;

/**
 * A sentence: its span in the body and the range of its tokens ({@code [firstToken, endToken)}) in the
 * article's token list.
 */
public record Sentence(Span span, int firstToken, int endToken) {
    public Sentence {
        if (endToken < firstToken) {
            throw new IllegalArgumentException("sentence token range [" + firstToken + ", " + endToken + ") is reversed");
        }
    }
}
