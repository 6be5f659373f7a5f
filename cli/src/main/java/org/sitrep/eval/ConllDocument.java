package org.sitrep.eval;

import java.util.List;

/**
 * One document of a CoNLL file: the sentences between two {@code -DOCSTART-} lines.
 *
 * @param index     0-based position of the document in its file
 * @param sentences its sentences, in order
 */
public record ConllDocument(int index, List<ConllSentence> sentences) {
    public ConllDocument {
        if (index < 0) {
            throw new IllegalArgumentException("document index " + index + " is negative");
        }
        sentences = List.copyOf(sentences);
    }

    /** Its number of tokens. */
    public int tokenCount() {
        return sentences.stream().mapToInt(ConllSentence::size).sum();
    }
}
