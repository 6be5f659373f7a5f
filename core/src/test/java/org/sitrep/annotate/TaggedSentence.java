package org.sitrep.annotate;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence tagged by hand for tests of time normalisation that need no models. Tokens are written
 * {@code word/POS} or {@code word/POS/lemma} (the lemma defaults to the word in lower case) and separated by
 * single spaces, which also join them in the body.
 */
record TaggedSentence(String text, List<Token> tokens) {

    static TaggedSentence of(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String t : tagged.trim().split(" ")) {
            int slash = t.indexOf('/', 1);
            String word = t.substring(0, slash);
            String[] rest = t.substring(slash + 1).split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(new Span(start, text.length()), word, rest[0],
                    rest.length > 1 ? rest[1] : word.toLowerCase(), "O"));
        }
        return new TaggedSentence(text.toString(), tokens);
    }

    /** The expression covering the first occurrence of {@code covered}, as SUTime would report it. */
    TimeExpression time(String covered, TimeType type, String value) {
        int start = text.indexOf(covered);
        if (start < 0) {
            throw new IllegalArgumentException("'" + covered + "' is not in '" + text + "'");
        }
        return new TimeExpression(new Span(start, start + covered.length()), covered, type, value);
    }

    /** The token range {@code [first, end)} covering the first occurrence of {@code covered}. */
    int[] range(String covered) {
        TimeExpression t = time(covered, TimeType.DATE, null);
        return new int[]{TimeNormaliser.firstToken(tokens, t.span()), TimeNormaliser.endToken(tokens, t.span())};
    }
}
