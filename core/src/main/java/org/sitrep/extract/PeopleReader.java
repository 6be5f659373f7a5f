package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Pos;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who suffers and who controls a crowd: civilian victims, a protest as context or as target, police intervening. */
final class PeopleReader {
    private static final Set<String> POLICE = WordLists.set("police");
    private static final Set<String> INTERVENTION = WordLists.set("crowd-control");

    private PeopleReader() {
    }

    /**
     * Sets {@code r}'s civilian victims, protest as context or as target, and police controlling a crowd; reads
     * {@code r}'s actors, so runs after {@link ActorReader}.
     */
    static void read(AnnotatedArticle doc, IncidentReport r) {
        List<Token> tokens = doc.tokens();
        int trigger = -1;
        boolean police = false;
        boolean control = false;
        for (int i = r.from; i < r.to; i++) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (trigger < 0 && r.triggers.get(0).start() == t.span().start()) {
                trigger = i;
            }
            if (EventWords.PROTEST_WORDS.contains(lemma) && !t.isProperNoun()
                    && !(lemma.equals("strike") && r.kinds.contains(Kind.STRIKE))) {
                r.protestContext = true;
                for (int n = 0; n < r.triggers.size(); n++) {
                    Kind k = r.triggerKinds.get(n);
                    int at = doc.tokenAt(r.triggers.get(n).start());
                    if ((k == Kind.ATTACK || k == Kind.SHOOT || k == Kind.KILL) && i > at && i - at <= 12
                            && !verbBetween(tokens, at, i)) {
                        r.protestTarget = true; // "attacked a JCD procession", "fired at protesters"
                    }
                }
            }
            if (trigger >= 0 && i > trigger && EventWords.CIVILIANS.contains(lemma)) {
                r.civilians = true;
            }
            if (POLICE.contains(w) || (w.equals("security") && i + 1 < r.to
                    && tokens.get(i + 1).word().equalsIgnoreCase("forces"))) {
                police = true;
            }
            if (INTERVENTION.contains(w)) {
                control = true;
            }
        }
        r.intervention = police && control && (r.actor1 == null
                || POLICE.contains(r.actor1.name().toLowerCase(Locale.ROOT)));
        if (r.actor2 != null
                && EventWords.CIVILIANS.contains(EventWords.singular(r.actor2.name().toLowerCase(Locale.ROOT)))) {
            r.civilians = true;
        }
    }

    /** Whether a verb stands between two tokens: the second is then outside the first one's object. */
    private static boolean verbBetween(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (tokens.get(k).isVerb() || tokens.get(k).is(Pos.COMMA)) {
                return true;
            }
        }
        return false;
    }
}
