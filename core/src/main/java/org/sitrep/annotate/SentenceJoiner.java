package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the sentence splits a splitter makes after an abbreviation inside a sentence ("Rep. Trey Gowdy (R-S.C.)
 * | said that ...", "the U.S. | military"): a sentence that opens with a lower-case word continues the one before it,
 * unless a line break separates them or the two would be longer than {@link SentenceChunks#MAX_TOKENS} tokens.
 */
final class SentenceJoiner {

    private SentenceJoiner() {
    }

    /** The sentences of {@code text}, with every wrongly split sentence joined to the one before it. */
    static List<Sentence> join(String text, List<Token> tokens, List<Sentence> sentences) {
        List<Sentence> joined = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Sentence previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continues(text, tokens, previous, s)) {
                joined.set(joined.size() - 1, new Sentence(new Span(previous.span().start(), s.span().end()),
                        previous.firstToken(), s.endToken()));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }

    private static boolean continues(String text, List<Token> tokens, Sentence previous, Sentence next) {
        if (next.firstToken() >= next.endToken() || next.firstToken() >= tokens.size()
                || next.endToken() - previous.firstToken() > SentenceChunks.MAX_TOKENS) {
            return false;
        }
        String first = tokens.get(next.firstToken()).word();
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
            return false;
        }
        String between = text.substring(previous.span().end(), next.span().start());
        return !between.contains("\n");
    }
}
