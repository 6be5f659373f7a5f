package org.sitrep.extract;

import org.sitrep.WordLists;
import org.sitrep.extract.RelationFinder.Named;
import org.sitrep.model.EntityType;
import org.sitrep.model.Pos;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the names around a relation verb are its subject and its object, read from the words between them: the
 * subject in the verb's own clause, the object heading its phrase. Precision first: when the syntax says the
 * nearest name is not the argument, there is none.
 */
final class RelationArguments {
    private static final Set<String> RECIPROCAL = WordLists.set("relation-reciprocal-subjects");
    private static final Set<String> CLAUSE_BREAKS = WordLists.set("relation-clause-breaks");
    private static final Set<String> STATE_NOUNS = WordLists.set("relation-state-nouns");
    private static final Set<String> GOVERNING = WordLists.set("relation-governing-prepositions");

    private RelationArguments() {
    }

    /**
     * The actor before a verb is its subject unless another clause comes between them: a personal pronoun (in
     * "problems in China he blamed on Obama" the one who blames is "he"), a word opening a clause, or another
     * finite verb, unless the verb is coordinated with it ("Clinton slammed the shift and accused Sanders"); nor is
     * a name governed by a preposition ("the chairman of Fox News also met") or qualifying a noun.
     */
    static Named subject(List<Token> tokens, Named before, int verb) {
        if (before == null) {
            return null;
        }
        boolean coordinated = verb > 0 && tokens.get(verb - 1).word().equalsIgnoreCase("and");
        int governor = before.first() - 1;
        if (governor >= 0 && tokens.get(governor).is(Pos.DT)) {
            governor--;
        }
        boolean gerund = tokens.get(verb).is(Pos.VBG);
        boolean afterComma = verb > 0 && tokens.get(verb - 1).is(Pos.COMMA);
        if (governor >= 0 && GOVERNING.contains(tokens.get(governor).word().toLowerCase(Locale.ROOT))
                && (!gerund || afterComma)) {
            return null; // "the chairman of Fox News also met", "wrote to Lynch, urging"; not "with Washington in allowing"
        }
        if (gerund && commonNoun(tokens, before.end(), verb)) {
            return null; // "Trump blasted the media for allowing Clinton": the media allow
        }
        if (qualifies(tokens, before, verb)) {
            return null; // "a Tennessee Republican who has met", "Sanders backers urged him"
        }
        for (int k = before.end(); k < verb; k++) {
            Token t = tokens.get(k);
            if (t.word().equalsIgnoreCase("who") && k > before.end()
                    && !(k == before.end() + 1 && tokens.get(before.end()).is(Pos.COMMA))) {
                return null; // "AP analysis: More than half those who met Clinton"
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean finite = (t.is(Pos.VBD) || t.is(Pos.VBZ) || t.is(Pos.VBP))
                    && !lemma.equals("be") && !lemma.equals("have") && !lemma.equals("do");
            if (t.is(Pos.PRP) || (finite && !coordinated) || CLAUSE_BREAKS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return null; // "Gates described the nonprofit's role as supplying", "the bill that was signed"
            }
        }
        return before;
    }

    /**
     * Whether the name {@code after} a verb (the {@code first} name after it, or the person that one qualifies) is
     * its object: no common noun comes between the verb and the first name ("blamed the network for reporting
     * that Carson ..."), and it heads its phrase rather than qualifying a noun after it ("accused Clinton
     * allies", "met Myanmar's leader"), unless it is a country qualifying its government or forces ("the Saudi
     * government").
     */
    static boolean object(List<Token> tokens, int verb, Named first, Named after, int end) {
        if (after.end() < end && tokens.get(after.end()).is(Pos.POS)) {
            return false; // "met Myanmar's leader": the one met is the leader, not the country
        }
        return !commonNoun(tokens, verb + 1, first.first()) && !qualifies(tokens, after, end);
    }

    /** Whether a name qualifies a common noun after it, other than a country its government or forces. */
    private static boolean qualifies(List<Token> tokens, Named name, int end) {
        if (name.end() >= end || !tokens.get(name.end()).isNoun() || tokens.get(name.end()).isProperNoun()) {
            return false;
        }
        return name.type() != EntityType.GPE
                || !STATE_NOUNS.contains(tokens.get(name.end()).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The actor a name modifies when it is one: in "met with Justice Department liaison Peter Kadzik" and "met
     * Russian President Vladimir Putin" the one met is the person the first name qualifies, a name that follows it
     * within a few words, with only nouns and adjectives between.
     */
    static Named head(List<Token> tokens, List<Named> actors, Named after) {
        if (after == null) {
            return null;
        }
        for (Named n : actors) {
            if (n.first() < after.end() || n.first() > after.end() + 3) {
                continue;
            }
            boolean compound = true;
            for (int k = after.end(); k < n.first(); k++) {
                compound &= tokens.get(k).isNoun() || tokens.get(k).is(Pos.JJ);
            }
            return compound ? n : after;
        }
        return after;
    }

    /** Whether a common noun lies in tokens [from, to). */
    private static boolean commonNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isNoun() && !tokens.get(k).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two actors a reciprocal subject of the verb at {@code i} stands for ("when the two met", "both leaders
     * met"): the last two distinct actors named before it in the sentence (which begins at token {@code from}),
     * or null when it has none.
     */
    static Named[] reciprocalPair(List<Token> tokens, List<Named> actors, int from, int i) {
        int k = i - 1;
        while (k > from && (tokens.get(k).isAdverb() || tokens.get(k).is(Pos.NNS))) {
            k--;
        }
        if (k < from || k < i - 3 || !RECIPROCAL.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Named second = RelationFinder.nearestBefore(actors, k, from);
        if (second == null) {
            return null;
        }
        Named first = null;
        for (Named n : actors) {
            if (n.end() <= second.first() && n.first() >= from && !n.actor().equals(second.actor())) {
                first = n;
            }
        }
        return first == null ? null : new Named[]{first, second};
    }
}
