package org.sitrep.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens as given and the gold entity tag of each ({@code O}, {@code I-PER},
 * {@code B-LOC}, ...).
 */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("sentence has no token");
        }
        for (String token : tokens) {
            if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("token '" + token + "' is empty or holds whitespace");
            }
        }
    }

    public int size() {
        return tokens.size();
    }
}
