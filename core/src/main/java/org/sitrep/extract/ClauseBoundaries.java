package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where the clauses of a sentence end: before ", which", ", where", ";", "--" and dashes. */
final class ClauseBoundaries {
    private static final Set<String> CLAUSE_OPENERS = WordLists.set("clause-openers");

    private ClauseBoundaries() {
    }

    /**
     * The token indices (in the article) where the clauses of {@code sentence} end, in order, the last being the
     * sentence's end: before ", which", ", where", ";", "--" and "—".
     */
    static List<Integer> ends(AnnotatedArticle doc, Sentence sentence) {
        List<Integer> ends = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (int i = sentence.firstToken() + 1; i < sentence.endToken(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if ((CLAUSE_OPENERS.contains(w) && tokens.get(i - 1).word().equals(","))
                    || w.equals(";") || w.equals("--") || w.equals("—")) {
                ends.add(i);
            }
        }
        ends.add(sentence.endToken());
        return ends;
    }
}
