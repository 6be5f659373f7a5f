package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the triggers of a clause into reports of incidents: a new report at the first strong trigger, at every
 * fresh one ("another strike") and after "after", "before" or "since"; each report with its triggers, its kinds and
 * its scope of tokens, which ends before "after", "before" or "since" follows its last trigger.
 */
final class TriggerGrouper {
    /** Tags of the words that may modify a noun trigger in its phrase ("the second Russian drone strike"). */
    private static final Set<Pos> MODIFIERS = EnumSet.of(Pos.JJ, Pos.NN, Pos.NNS, Pos.NNP, Pos.HYPH, Pos.VBN, Pos.JJS,
            Pos.JJR, Pos.POS, Pos.CD);
    private static final Set<String> STORY_BREAKS = WordLists.set("story-breaks");

    private TriggerGrouper() {
    }
    /**
     * The reports of the clause of tokens {@code cs} to {@code ce} in sentence {@code sentence}, in body order, with
     * their triggers, kinds and scope ({@code from}, {@code to}) and whether they are fresh or definite; the rest of
     * each report is still to be read.
     */
    static List<IncidentReport> group(AnnotatedArticle doc, int sentence, int cs, int ce) {
        List<Token> tokens = doc.tokens();
        List<int[]> triggers = new ArrayList<>(); // {token, kind ordinal, weak 0/1}
        for (int i = cs; i < ce; i++) {
            Optional<Kind> kind = TriggerReader.kind(tokens, i, cs, ce);
            if (kind.isPresent()) {
                triggers.add(new int[]{i, kind.get().ordinal(), TriggerReader.weak(tokens, i, ce) ? 1 : 0});
            }
        }
        // Group the triggers into reports: a new report at the first strong trigger and at every fresh one.
        List<IncidentReport> clause = new ArrayList<>();
        IncidentReport current = null;
        int lastTrigger = cs - 1;
        for (int[] t : triggers) {
            int i = t[0];
            Kind kind = Kind.values()[t[1]];
            boolean fresh = t[2] == 0 && tokens.get(i).isNoun() && markedFresh(tokens, i, cs);
            if (current == null && t[2] == 1) {
                continue; // "hit" alone names no incident
            }
            boolean subordinate = current != null && !kind.casualtyOnly() && afterSubordinator(tokens, i, lastTrigger);
            if (current == null || (fresh && !kind.casualtyOnly()) || subordinate) {
                current = new IncidentReport();
                current.sentence = sentence;
                current.fresh = fresh;
                current.definite = markedDefinite(tokens, i, cs) || kind.casualtyOnly();
                current.from = clause.isEmpty() ? cs : Math.max(phraseStart(tokens, i, cs), lastTrigger + 1);
                if (!clause.isEmpty()) {
                    clause.get(clause.size() - 1).to = current.from;
                }
                clause.add(current);
            } else if (current.casualtyOnly() && !kind.casualtyOnly()) {
                current.definite = markedDefinite(tokens, i, cs);
            }
            Span span = tokens.get(i).span();
            if (kind == Kind.TOLL && i > cs && tokens.get(i - 1).word().equalsIgnoreCase("death")) {
                span = new Span(tokens.get(i - 1).span().start(), span.end()); // "death toll"
            }
            current.triggers.add(span);
            lastTrigger = i;
            current.triggerKinds.add(kind);
            if (tokens.get(i).isNoun() && tokens.get(i).lemma().equalsIgnoreCase("bombing")) {
                current.bombing = true;
            }
            current.kinds.add(kind);
        }
        for (IncidentReport r : clause) {
            if (r.to == 0) {
                r.to = ce;
            }
            // "The attack came a day after delegations met in Riyadh on Monday": what follows is another story.
            int last = doc.tokenAt(r.triggers.get(r.triggers.size() - 1).start());
            for (int k = last + 1; k < r.to; k++) {
                Token t = tokens.get(k);
                if (t.is(Pos.IN) && STORY_BREAKS.contains(t.word().toLowerCase(Locale.ROOT))) {
                    r.to = k;
                    break;
                }
            }
        }
        return clause;
    }

    /** Whether "after", "before" or "since" stands between the last trigger and the phrase of the one at {@code i}. */
    private static boolean afterSubordinator(List<Token> tokens, int i, int lastTrigger) {
        for (int k = i - 1; k > lastTrigger; k--) {
            Token t = tokens.get(k);
            if (t.is(Pos.IN) && STORY_BREAKS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!(modifier(t) || t.is(Pos.DT) || t.is(Pos.RB))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the phrase of the trigger at {@code i} opens with "another", "a separate", "an earlier". */
    private static boolean markedFresh(List<Token> tokens, int i, int cs) {
        for (int k = i - 1; k >= Math.max(cs, i - 4); k--) {
            Token t = tokens.get(k);
            if (EventWords.FRESH.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!modifier(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the trigger at {@code i} is named with "the", "this" or "that": an incident already told. */
    private static boolean markedDefinite(List<Token> tokens, int i, int cs) {
        for (int k = i - 1; k >= Math.max(cs, i - 4); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these")) {
                return true;
            }
            if (!modifier(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean modifier(Token t) {
        return t.isAny(MODIFIERS)
                || t.ner().equals("MISC");
    }

    /** Where the noun phrase of the trigger at {@code i} begins: its determiner or first modifier. */
    private static int phraseStart(List<Token> tokens, int i, int cs) {
        int k = i;
        while (k - 1 >= cs && (modifier(tokens.get(k - 1)) || tokens.get(k - 1).is(Pos.DT))
                && k > i - 5) {
            k--;
            if (tokens.get(k).is(Pos.DT)) {
                break;
            }
        }
        return k;
    }
}
