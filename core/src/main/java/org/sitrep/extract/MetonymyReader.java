package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads from the syntax around a capital's name whether it stands for the government ("Moscow said", "Moscow's
 * invasion", "Kyiv's allies", "gave Kyiv permission", "align with Washington") or for the place ("told reporters in
 * Brussels", "a strike on Kyiv", "visited Moscow", "the Kyiv region"). Rules over parts of speech and lemmas, in
 * this order: a possessive makes a metonym; a locative preposition or a verb of motion or attack before it make a
 * place; any other verb before it (its object: "gave Kyiv permission") makes a metonym; a noun after it makes a
 * place; a verb after it (its subject) or a preposition of dealing before it ("with", "against") make a metonym;
 * anything else a place.
 */
final class MetonymyReader {
    private static final Set<String> LOCATIVE = WordLists.set("metonymy-locatives");
    private static final Set<String> MOTION_OR_ATTACK = WordLists.set("metonymy-motion");
    private static final Set<String> DEALING = WordLists.set("metonymy-dealing");
    private static final Set<String> COORDINATION = WordLists.set("metonymy-coordination");

    /** Whether the name at {@code span} stands for a government rather than for the place. */
    boolean standsForGovernment(AnnotatedArticle doc, Span span) {
        List<Token> tokens = doc.tokens();
        int first = doc.tokenAt(span.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        Token next = end < tokens.size() ? tokens.get(end) : null;
        if (next != null && (next.is(Pos.POS) || next.word().equals("'s") || next.word().equals("’s"))) {
            return true;
        }
        if (span.of(doc.text()).endsWith("'s") || span.of(doc.text()).endsWith("’s")) {
            return true;
        }
        Token prev = before(tokens, first);
        if (prev != null && (LOCATIVE.contains(lower(prev)) || MOTION_OR_ATTACK.contains(lower(prev.lemma())))) {
            return false;
        }
        if (prev != null && prev.isVerb()) {
            return true;
        }
        if (next != null && next.isNoun()) {
            return false;
        }
        if (next != null && (next.isVerb() || next.is(Pos.MD))) {
            return true;
        }
        if (next != null && next.isAdverb() && end + 1 < tokens.size()
                && (tokens.get(end + 1).isVerb() || tokens.get(end + 1).is(Pos.MD))) {
            return true;
        }
        return prev != null && DEALING.contains(lower(prev));
    }

    /** The word that governs the name: the one before it, skipping earlier conjuncts ("both Kyiv and Moscow"). */
    private static Token before(List<Token> tokens, int first) {
        int i = first - 1;
        while (i >= 0 && (COORDINATION.contains(lower(tokens.get(i))) || tokens.get(i).isProperNoun())) {
            i--;
        }
        if (i < first - 1 && i >= 0) {
            return tokens.get(i);
        }
        return first > 0 ? tokens.get(first - 1) : null;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
