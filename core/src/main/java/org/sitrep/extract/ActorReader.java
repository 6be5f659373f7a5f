package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.extract.IncidentReport.Side;
import org.sitrep.model.Actor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a report and their {@link Side}: who did it (the subject, or "by X" after a passive) and to whom
 * (the object, or the victim before "was killed"), from entities, nationalities ("Ukrainian troops"), and words
 * naming forces, groups and crowds.
 */
final class ActorReader {
    /** Tags of the words before the head of a verb's object ("killed three young soldiers"). */
    private static final Set<Pos> OBJECT_MODIFIERS = EnumSet.of(Pos.DT, Pos.CD, Pos.JJ, Pos.JJR, Pos.PRP$, Pos.NN,
            Pos.NNS, Pos.HYPH);
    /** Tags of the words a victim's noun phrase opens with before its head ("three young soldiers"). */
    private static final Set<Pos> VICTIM_MODIFIERS = EnumSet.of(Pos.JJ, Pos.NN, Pos.NNS, Pos.CD, Pos.HYPH, Pos.JJR);
    /** Tags of the words that may stand between a noun trigger and its doer ("Russian aerial bombardment"). */
    private static final Set<Pos> DOER_TO_TRIGGER = EnumSet.of(Pos.JJ, Pos.NN, Pos.NNS, Pos.HYPH, Pos.POS, Pos.VBN,
            Pos.NNP);
    /** Tags of the words after a nationality that name its force ("Ukrainian special forces"). */
    private static final Set<Pos> FORCE_WORDS = EnumSet.of(Pos.JJ, Pos.NN, Pos.NNS);
    private static final Set<String> NOT_PEOPLE = WordLists.set("not-people");
    private static final Set<String> PASSIVE = WordLists.set("passive-auxiliaries");
    private static final Set<String> PLACE_PREPOSITIONS = WordLists.set("place-prepositions");
    private static final Set<String> ARMED_MEN = WordLists.set("armed-men");

    private ActorReader() {
    }

    /**
     * Sets {@code r}'s doer ({@code actor1}, {@code side1}) and target ({@code actor2}, {@code side2}) from the
     * candidates around its first trigger, {@code entities} naming them where they can; a report of a toll alone
     * gets none.
     */
    static void read(AnnotatedArticle doc, List<Entity> entities, IncidentReport r) {
        List<Token> tokens = doc.tokens();
        if (r.kinds.equals(java.util.EnumSet.of(Kind.TOLL))) {
            return; // "the toll rose to 14, Synegubov said on Telegram" names no one who did it
        }
        int trigger = doc.tokenAt(r.triggers.get(0).start());
        boolean verb = tokens.get(trigger).isVerb();
        boolean passive = verb && tokens.get(trigger).is(Pos.VBN) && trigger > 0
                && PASSIVE.contains(tokens.get(trigger - 1).lemma().toLowerCase(Locale.ROOT));
        Candidate before = null;
        Candidate after = null;
        Candidate by = null;
        for (int i = r.from; i < r.to; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (i < trigger && (w.equals("that") || tokens.get(i).lemma().equalsIgnoreCase("say")
                    || (tokens.get(i).is(Pos.IN) && SUBORDINATORS.contains(w)))) {
                before = null; // "Kyiv said that Russia had launched", "died after an IED detonated"
            }
            Optional<Candidate> c = candidate(doc, entities, i);
            if (c.isEmpty()) {
                continue;
            }
            Candidate cand = c.get();
            Candidate previous = i < trigger ? before : after;
            if (previous != null && previous.end == i && cand.actor.entity() == null && previous.side == Side.STATE
                    && cand.side != Side.UNKNOWN) {
                Span span = new Span(previous.actor.span().start(), cand.actor.span().end());
                cand = new Candidate(new Actor(previous.actor.name(), previous.actor.entity(), span), cand.side,
                        cand.end); // "Ukrainian troops": Ukraine's troops
            }
            if (i < trigger && !verb && !modifies(tokens, cand, trigger)) {
                i = Math.max(i, cand.end - 1);
                continue; // a noun trigger's doer stands in its own phrase ("IS attacks", "Russian strike")
            }
            if (i < trigger) {
                if (!(verb && cand.actor.entity() != null && ofBefore(tokens, i, r.from))) {
                    before = cand; // the nearest, but not "of X" after a verb's subject ("loyalists of X attacked")
                }
            } else if (i > trigger) {
                String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
                if (prev.equals("by") && by == null) {
                    by = cand;
                } else if (after == null && (verb || prev.equals("on") || prev.equals("against")
                        || prev.equals("at"))) {
                    after = cand;
                }
            }
            i = Math.max(i, cand.end - 1);
        }
        Candidate doer;
        Candidate target;
        String lemma = tokens.get(trigger).lemma().toLowerCase(Locale.ROOT);
        boolean harm = EventWords.TRIGGERS.get(lemma) == Kind.KILL || EventWords.TRIGGERS.get(lemma) == Kind.WOUND;
        if (lemma.equals("die")) {
            doer = null; // "Gladkikh died": the subject is the victim
            target = before != null ? before : headBefore(doc, trigger, r.from);
        } else if (passive) {
            doer = by;
            target = before != null || !harm ? before : headBefore(doc, trigger, r.from);
        } else {
            doer = by != null ? by : before;
            target = after != null || !harm || !verb ? after : headAfter(doc, trigger, r.to);
        }
        if (doer != null) {
            r.actor1 = doer.actor;
            r.side1 = doer.side;
        }
        if (target != null) {
            r.actor2 = target.actor;
            r.side2 = target.side;
        }
    }

    /** The noun phrase right before a passive or intransitive verb ("a major general was killed"), as a victim. */
    private static Candidate headBefore(AnnotatedArticle doc, int verb, int from) {
        List<Token> tokens = doc.tokens();
        int k = verb - 1;
        while (k >= from && (tokens.get(k).isVerb() || tokens.get(k).is(Pos.RB)
                || tokens.get(k).is(Pos.MD))) {
            k--;
        }
        if (k < from || !tokens.get(k).isNoun() || tokens.get(k).isProperNoun()) {
            return null;
        }
        return nounPhrase(doc, k, from);
    }

    /** The noun phrase right after an active verb ("killed three soldiers"), as a victim. */
    private static Candidate headAfter(AnnotatedArticle doc, int verb, int to) {
        List<Token> tokens = doc.tokens();
        int k = verb + 1;
        while (k < to && tokens.get(k).isAny(OBJECT_MODIFIERS)
                && !(tokens.get(k).isNoun() && (k + 1 >= to || !tokens.get(k + 1).isNoun()))) {
            k++;
        }
        if (k >= to || !tokens.get(k).isNoun() || k > verb + 6) {
            return null;
        }
        return nounPhrase(doc, k, verb + 1);
    }

    private static Candidate nounPhrase(AnnotatedArticle doc, int head, int from) {
        List<Token> tokens = doc.tokens();
        int start = head;
        while (start - 1 >= from && tokens.get(start - 1).isAny(VICTIM_MODIFIERS)) {
            start--;
        }
        Token h = tokens.get(head);
        if (NOT_PEOPLE.contains(h.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Span span = new Span(tokens.get(start).span().start(), h.span().end());
        Side side = sideOf(h.word());
        return new Candidate(new Actor(h.word(), null, span), side, head + 1);
    }

    private static boolean ofBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("of")) {
                return true;
            }
            if (!(tokens.get(k).is(Pos.DT) || tokens.get(k).isAdjective())) {
                return false;
            }
        }
        return false;
    }

    /** An actor named at token {@code i}: an entity, a nationality, or a force, group or crowd. */
    private record Candidate(Actor actor, Side side, int end, boolean place) {
        Candidate(Actor actor, Side side, int end) {
            this(actor, side, end, false);
        }
    }

    private static final Set<String> SUBORDINATORS = WordLists.set("subordinators");

    /**
     * Whether a candidate stands in the phrase of the noun trigger at {@code trigger}, as its doer: only modifiers
     * between ("Russian aerial bombardment"), and not a place name ("the Manchester bombing") unless possessive.
     */
    private static boolean modifies(List<Token> tokens, Candidate cand, int trigger) {
        if (cand.end > trigger || trigger - cand.end > 3) {
            return false;
        }
        if (cand.place && !(cand.end < tokens.size() && tokens.get(cand.end).is(Pos.POS))) {
            return false;
        }
        for (int k = cand.end; k < trigger; k++) {
            if (!tokens.get(k).isAny(DOER_TO_TRIGGER)
                    && !EventWords.WEAPONS.containsKey(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Candidate> candidate(AnnotatedArticle doc, List<Entity> entities, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        for (NamedMention m : doc.names()) {
            if (m.firstToken() != i) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            if ((m.type() == EntityType.GPE || m.type() == EntityType.LOC)
                    && PLACE_PREPOSITIONS
                    .contains(prev)) {
                return Optional.empty(); // a place, not an actor
            }
            if (m.type() == EntityType.LOC || m.type() == EntityType.MISC
                    || EventWords.WEAPONS.containsKey(tokens.get(m.endToken() - 1).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<String> country = Demonyms.country(EntityGrouper.display(m.text()));
            if (m.type() == EntityType.NORP && country.isPresent()) {
                int end = m.endToken();
                while (end < tokens.size() && end < m.endToken() + 3 && tokens.get(end).isAny(FORCE_WORDS)
                        && !EventWords.TRIGGERS.containsKey(tokens.get(end).lemma().toLowerCase(Locale.ROOT))
                        && !EventWords.WEAPONS.containsKey(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                Side side = Side.STATE;
                if (end > m.endToken()) {
                    Side head = sideOf(tokens.get(end - 1).word());
                    side = head == Side.UNKNOWN ? Side.STATE : head;
                }
                Span span = new Span(m.span().start(), tokens.get(end - 1).span().end());
                return Optional.of(new Candidate(new Actor(country.get(), Entities.idNamed(entities, country.get()), span),
                        side, end));
            }
            Entity e = Entities.at(entities, m.span());
            String name = e != null ? e.name() : EntityGrouper.display(m.text());
            Side side = m.type() == EntityType.GPE ? Side.STATE : sideOf(m.text());
            return Optional.of(new Candidate(new Actor(name, e == null ? null : e.id(), m.span()), side, m.endToken(),
                    m.type() == EntityType.GPE));
        }
        if (!t.isNoun()) {
            return Optional.empty();
        }
        Side side = sideOf(t.word());
        if (side == Side.UNKNOWN) {
            return Optional.empty();
        }
        if (i > 0 && ARMED_MEN.contains(
                tokens.get(i - 1).word().toLowerCase(Locale.ROOT)) && side == Side.CROWD) {
            side = Side.ARMED; // "armed men"
        }
        return Optional.of(new Candidate(new Actor(t.word(), null, t.span()), side, i + 1));
    }

    private static Side sideOf(String words) {
        Side side = Side.UNKNOWN;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (EventWords.STATE_FORCES.contains(w)) {
                side = Side.STATE;
            } else if (EventWords.ARMED_GROUPS.contains(w)) {
                side = Side.ARMED;
            } else if (EventWords.CROWDS.contains(w) && side == Side.UNKNOWN) {
                side = Side.CROWD;
            }
        }
        return side;
    }
}
