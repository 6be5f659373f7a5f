package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.Pos;
import org.sitrep.model.Token;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guards for what did not happen, or happened without an armed actor: a trigger under a modal, a negation, a
 * threat or a purpose ("would attack", "did not attack", "the threat of an attack", "to launch an attack"), and a
 * clause naming a natural hazard or an accident ("an earthquake struck").
 */
final class TriggerGuards {
    /** What may stand between "to launch" and a noun trigger it governs: "to launch a new attack". */
    private static final Set<Pos> DETERMINERS = EnumSet.of(Pos.DT, Pos.JJ, Pos.PRP$, Pos.JJR, Pos.JJS);
    private static final Set<String> NOT_HAPPENED = WordLists.set("not-happened");
    private static final Set<String> FIRE_BROKE_OUT = WordLists.set("fire-broke-out");
    private static final Set<String> MODALS_AND_NEGATIONS = WordLists.set("modals-and-negations");

    private TriggerGuards() {
    }

    /**
     * Whether the trigger at {@code i} tells what did not happen, looking back to the clause start {@code cs}: "to
     * strike", "would attack", "did not attack", "the threat of an attack".
     */
    static boolean irrealis(List<Token> tokens, int i, int cs) {
        Token t = tokens.get(i);
        if (t.isVerb()) {
            if (i > cs && (tokens.get(i - 1).is(Pos.TO) || tokens.get(i - 1).word().equalsIgnoreCase("without"))) {
                return true;
            }
            for (int k = Math.max(cs, i - 3); k < i; k++) {
                if (MODALS_AND_NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        for (int k = Math.max(cs, i - 4); k < i; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (NOT_HAPPENED.contains(w)) {
                return true;
            }
            if (tokens.get(k).is(Pos.TO) && k + 1 < i && tokens.get(k + 1).is(Pos.VB)
                    && onlyDeterminers(tokens, k + 2, i)) {
                return true; // "to launch an attack", not "to disperse hundreds of protesters"
            }
        }
        return false;
    }

    private static boolean onlyDeterminers(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isAny(DETERMINERS)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause names a natural hazard or an accident: "earthquake", "crashed", "a fire broke out". */
    static boolean hazardIn(List<Token> tokens, int cs, int ce) {
        for (int k = cs; k < ce; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (EventWords.HAZARDS.contains(w)) {
                return true;
            }
            if ((w.equals("fire") || w.equals("blaze")) && k + 1 < ce
                    && FIRE_BROKE_OUT.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
