package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.Actor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Place;
import org.sitrep.model.Pos;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds how the article's actors stand to one another, sentence by sentence: who supplies whom with what (in
 * either direction: "sent from Russia into North Korea", "Iran is getting money from Russia in return for ...
 * missiles" gives two), who meets, appoints, permits, threatens, urges, accuses, invades or attacks whom, and who
 * signs a decree. A relation stated inside a quote or reported speech is claimed by its speaker. Actors are
 * entities or, for a nationality ("Russian missile technology") or a name standing for a government ("Moscow",
 * "the Kremlin"), its country. Several reports of one fact make one relation with all their evidence.
 */
public final class RelationFinder {
    /** Tags of the words before a supplied noun that belong to its phrase ("missile technology"). */
    private static final Set<Pos> SUPPLIER_MODIFIERS = EnumSet.of(Pos.NN, Pos.JJ, Pos.VBP);
    private static final Set<String> PLACE_PREPOSITIONS = WordLists.set("relation-place-prepositions");

    private static final Map<String, RelationPredicate> VERBS =
            WordLists.map("relation-verbs", RelationPredicate::valueOf);
    private static final Set<String> RECEIVING = WordLists.set("relation-receiving");
    private static final Set<String> SUPPLY_NOUNS = WordLists.set("relation-supplies");
    private static final Set<String> DECREE_NOUNS = WordLists.set("relation-decrees");
    private static final Set<String> MODALS = WordLists.set("relation-modals");

    private final RelationMerger merger = new RelationMerger();

    /**
     * The relations of {@code doc} between its {@code entities}, claimed by the speakers of {@code quotes}; a name
     * the {@code places} stage read as standing for a government is its country ({@link GovernmentActors}), and
     * reports of one fact are one relation ({@link RelationMerger}). An attack is one only in a sentence that
     * reports one of the article's {@code events}: "Trump attacked Clinton" in words is no relation.
     */
    public List<Relation> find(AnnotatedArticle doc, List<Entity> entities, List<Place> places, List<Quote> quotes,
                               List<Event> events) {
        GovernmentActors governments = new GovernmentActors(entities, places);
        List<Span> incidents = events.stream().flatMap(e -> e.evidence().stream()).toList();
        List<Relation> relations = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Named> actors = actors(doc, entities, governments, s);
            boolean violent = incidents.stream().anyMatch(s.span()::overlaps);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = doc.tokens().get(i);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                RelationPredicate p = VERBS.get(lemma);
                if (p == null || !(t.isVerb() || t.isNoun()) || irrealis(doc, s, i)
                        || (p == RelationPredicate.ATTACKS && !violent)) {
                    continue;
                }
                read(doc, s, i, p, lemma, actors, relations);
            }
        }
        List<Relation> claimed = new ArrayList<>(relations.size());
        for (Relation r : new LinkedHashSet<>(relations)) {
            claimed.add(new Relation(r.subject(), r.predicate(), r.object(), r.what(), date(doc, r.evidence().get(0)),
                    r.trigger(), r.evidence(), claimant(quotes, r.trigger())));
        }
        return merger.merge(claimed, doc.text());
    }

    /** An actor named in a sentence, with its entity type and token range. */
    record Named(Actor actor, EntityType type, int first, int end) {
    }

    private static List<Named> actors(AnnotatedArticle doc, List<Entity> entities, GovernmentActors governments,
                                      Sentence s) {
        List<Named> named = new ArrayList<>();
        for (NamedMention m : doc.names()) {
            if (m.firstToken() < s.firstToken() || m.endToken() > s.endToken()
                    || m.type() == EntityType.LOC || m.type() == EntityType.MISC) {
                continue;
            }
            String display = EntityGrouper.display(m.text());
            var country = Demonyms.country(display);
            if (m.type() == EntityType.NORP) {
                if (country.isEmpty()) {
                    continue;
                }
                named.add(new Named(new Actor(country.get(), Entities.idNamed(entities, country.get()), m.span()),
                        EntityType.GPE, m.firstToken(), m.endToken()));
                continue;
            }
            String prev = m.firstToken() > 0 ? doc.tokens().get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT) : "";
            if (m.type() == EntityType.GPE && (PLACE_PREPOSITIONS.contains(prev)
                    || governments.isSettlement(m.span()))) {
                continue; // a place, not an actor: "talks in Moscow", "attacked Kyiv"
            }
            Entity e = Entities.at(entities, m.span());
            named.add(new Named(governments.name(new Actor(e == null ? display : e.name(), e == null ? null : e.id(),
                    m.span())), m.type(), m.firstToken(), m.endToken()));
        }
        return named;
    }

    private static boolean irrealis(AnnotatedArticle doc, Sentence s, int i) {
        List<Token> tokens = doc.tokens();
        if (!tokens.get(i).isVerb()) {
            return false;
        }
        if (i > s.firstToken() && tokens.get(i - 1).is(Pos.TO)) {
            return true;
        }
        for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
            if (MODALS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private void read(AnnotatedArticle doc, Sentence s, int i, RelationPredicate p, String lemma,
                      List<Named> actors, List<Relation> out) {
        List<Token> tokens = doc.tokens();
        Span trigger = tokens.get(i).span();
        List<Span> evidence = List.of(s.span());
        Named before = RelationArguments.subject(tokens, nearestBefore(actors, i, s.firstToken()), i);
        Named first = firstAfter(actors, i, Math.min(s.endToken(), i + 8));
        Named after = RelationArguments.head(tokens, actors, first);
        switch (p) {
            case SUPPLIES -> {
                Named from = afterWord(doc, actors, i, s.endToken(), "from");
                Named to = afterWord(doc, actors, i, s.endToken(), "to", "into");
                if (lemma.equals("head") && tokens.get(i).isNoun()) {
                    return; // "head of the hedge fund" is a title
                }
                String what = supplyNoun(doc, i, s, lemma);
                if (what == null && !lemma.equals("head")) {
                    return;
                }
                if (RECEIVING.contains(lemma)) {
                    if (from == null || before == null || passive(tokens, i)) {
                        return;
                    }
                    out.add(new Relation(from.actor(), p, before.actor(), what, null, trigger, evidence, null));
                    String inReturn = inReturnFor(doc, i, s);
                    if (inReturn != null) {
                        out.add(new Relation(before.actor(), p, from.actor(), inReturn, null, trigger, evidence, null));
                    }
                } else if (from != null && to != null) {
                    out.add(new Relation(from.actor(), p, to.actor(), what, null, trigger, evidence, null));
                } else if (lemma.equals("head") && to != null) {
                    // "troops headed to Russia" moves troops; "Rubio, head of the Center" supplies nothing
                    Named owner = nearestBefore(actors, i, Math.max(s.firstToken(), i - 5));
                    String moved = supplyNounBefore(doc, i, s);
                    if (owner != null && owner != to && moved != null) {
                        out.add(new Relation(owner.actor(), p, to.actor(), moved, null, trigger, evidence, null));
                    }
                } else if (what != null && before != null && !passive(tokens, i) && (to != null || after != null)) {
                    Named recipient = to != null ? to : after;
                    if (recipient != before) {
                        out.add(new Relation(before.actor(), p, recipient.actor(), what, null, trigger, evidence, null));
                    }
                }
            }
            case PERMITS -> {
                if (lemma.equals("permission")) {
                    // "X gave Y permission to use Z"
                    Named giver = null;
                    Named receiver = null;
                    for (int k = i - 1; k >= Math.max(s.firstToken(), i - 8); k--) {
                        if (tokens.get(k).lemma().equalsIgnoreCase("give") || tokens.get(k).lemma().equalsIgnoreCase("grant")) {
                            receiver = firstAfter(actors, k, i);
                            giver = nearestBefore(actors, k, s.firstToken());
                            break;
                        }
                    }
                    if (giver != null && receiver != null) {
                        out.add(new Relation(giver.actor(), p, receiver.actor(), purpose(doc, i, s), null, trigger,
                                evidence, null));
                    }
                } else if (before != null && after != null && after.first() <= i + 2) {
                    out.add(new Relation(before.actor(), p, after.actor(), purpose(doc, after.end() - 1, s), null,
                            trigger, evidence, null));
                }
            }
            case DECREES -> {
                if (lemma.equals("sign")) {
                    for (int k = i + 1; k < Math.min(s.endToken(), i + 4); k++) {
                        if (DECREE_NOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)) && before != null) {
                            out.add(new Relation(before.actor(), p, null, phrase(doc, k, s, 10), null, trigger,
                                    evidence, null));
                            return;
                        }
                    }
                }
            }
            case INVADES -> {
                if (lemma.equals("invasion")) {
                    Named victim = afterWord(doc, actors, i, Math.min(s.endToken(), i + 3), "of");
                    Named invader = nearestBefore(actors, i, Math.max(s.firstToken(), i - 4));
                    if (invader != null && victim != null && invader != victim) {
                        out.add(new Relation(invader.actor(), p, victim.actor(), null, null, trigger, evidence, null));
                    }
                } else if (before != null && after != null && after.first() <= i + 3) {
                    out.add(new Relation(before.actor(), p, after.actor(), null, null, trigger, evidence, null));
                }
            }
            default -> {
                Named[] pair = p == RelationPredicate.MEETS && tokens.get(i).isVerb() && !passive(tokens, i)
                        ? RelationArguments.reciprocalPair(tokens, actors, s.firstToken(), i) : null;
                if (pair != null) {
                    out.add(new Relation(pair[0].actor(), p, pair[1].actor(), null, null, trigger, evidence, null));
                    return;
                }
                if (!tokens.get(i).isVerb() || before == null || after == null
                        || passive(tokens, i)) {
                    return;
                }
                if (p == RelationPredicate.URGES && lemma.equals("press") && after.first() > i + 3) {
                    return;
                }
                if (!RelationArguments.object(tokens, i, first, after, s.endToken())
                        || (p == RelationPredicate.APPOINTS && after.type() != EntityType.PERSON)) {
                    return; // "appointed Slayton chief of mission to Bermuda": one appoints people
                }
                String what = p == RelationPredicate.ACCUSES ? afterOf(doc, after.end(), s) : null;
                out.add(new Relation(before.actor(), p, after.actor(), what, null, trigger, evidence, null));
            }
        }
    }

    /** "was supplied", "rebels supplied by the C.I.A.". */
    private static boolean passive(List<Token> tokens, int i) {
        return tokens.get(i).is(Pos.VBN) && ((i > 0 && tokens.get(i - 1).lemma().equalsIgnoreCase("be"))
                || (i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("by")));
    }

    /** The last actor named in tokens [from, i). */
    static Named nearestBefore(List<Named> actors, int i, int from) {
        Named best = null;
        for (Named n : actors) {
            if (n.end() <= i && n.first() >= from) {
                best = n;
            }
        }
        return best;
    }

    private static Named firstAfter(List<Named> actors, int i, int to) {
        for (Named n : actors) {
            if (n.first() > i && n.end() <= to) {
                return n;
            }
        }
        return null;
    }

    /** The actor right after one of {@code words} ("from Russia", "into North Korea") after token {@code i}. */
    private static Named afterWord(AnnotatedArticle doc, List<Named> actors, int i, int to, String... words) {
        for (int k = i + 1; k < to; k++) {
            String w = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of(words).contains(w)) {
                for (Named n : actors) {
                    if (n.first() == k + 1 || (n.first() == k + 2 && doc.tokens().get(k + 1).is(Pos.DT))) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    /** What is supplied: a supply noun after the verb, else (for "which is being sent") before it. */
    private static String supplyNoun(AnnotatedArticle doc, int i, Sentence s, String lemma) {
        List<Token> tokens = doc.tokens();
        for (int k = i + 1; k < Math.min(s.endToken(), i + 9); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("from") || w.equals("to") || w.equals("into") || w.equals(",")) {
                break;
            }
            if (SUPPLY_NOUNS.contains(w)) {
                return nounPhrase(doc, k);
            }
        }
        if (RECEIVING.contains(lemma) || !(tokens.get(i).is(Pos.VBN) || tokens.get(i).is(Pos.VBG))) {
            return null;
        }
        return supplyNounBefore(doc, i, s);
    }

    private static String supplyNounBefore(AnnotatedArticle doc, int i, Sentence s) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 8); k--) {
            if (SUPPLY_NOUNS.contains(doc.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return nounPhrase(doc, k);
            }
        }
        return null;
    }

    /** The noun at {@code k} with the nouns and adjectives right before it ("missile technology"). */
    private static String nounPhrase(AnnotatedArticle doc, int k) {
        List<Token> tokens = doc.tokens();
        int start = k;
        while (start > 0 && tokens.get(start - 1).isAny(SUPPLIER_MODIFIERS) && start > k - 2
                && Demonyms.country(tokens.get(start - 1).word()).isEmpty()) {
            start--;
        }
        return doc.text().substring(tokens.get(start).span().start(), tokens.get(k).span().end());
    }

    /** "in return for, for example, missiles, but also drone technology": what goes back. */
    private static String inReturnFor(AnnotatedArticle doc, int i, Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int k = i + 1; k + 2 < s.endToken(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase("in") && tokens.get(k + 1).word().equalsIgnoreCase("return")
                    && tokens.get(k + 2).word().equalsIgnoreCase("for")) {
                int first = -1;
                int last = -1;
                for (int j = k + 3; j < s.endToken(); j++) {
                    String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                    if (w.equals(".") || w.equals(";")) {
                        break;
                    }
                    if (SUPPLY_NOUNS.contains(w)) {
                        first = first < 0 ? j : first;
                        last = j;
                    }
                }
                if (first >= 0) {
                    return doc.text().substring(tokens.get(first).span().start(), tokens.get(last).span().end());
                }
            }
        }
        return null;
    }

    /** "to use long-range missiles": what is permitted, up to the next "to" or the clause's end. */
    private static String purpose(AnnotatedArticle doc, int i, Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int k = i + 1; k + 1 < Math.min(s.endToken(), i + 4); k++) {
            if (tokens.get(k).is(Pos.TO)) {
                return phrase(doc, k + 1, s, 6);
            }
        }
        return null;
    }

    private static String afterOf(AnnotatedArticle doc, int k, Sentence s) {
        while (k < s.endToken() && k < s.endToken() - 1 && doc.tokens().get(k).isNoun()) {
            k++; // "Russian forces of deploying"
        }
        if (k < s.endToken() && doc.tokens().get(k).word().equalsIgnoreCase("of")) {
            return phrase(doc, k + 1, s, 6);
        }
        return null;
    }

    /** Up to {@code max} tokens from {@code k}, stopping before punctuation and "to". */
    private static String phrase(AnnotatedArticle doc, int k, Sentence s, int max) {
        List<Token> tokens = doc.tokens();
        int end = k;
        while (end < Math.min(s.endToken(), k + max) && !tokens.get(end).isAny(Pos.STOPS_AND_QUOTES)
                && !(end > k && tokens.get(end).is(Pos.TO))) {
            end++;
        }
        if (end == k) {
            return null;
        }
        return doc.text().substring(tokens.get(k).span().start(), tokens.get(end - 1).span().end());
    }

    private static String date(AnnotatedArticle doc, Span sentence) {
        for (TimeExpression t : doc.times()) {
            if (sentence.contains(t.span()) && t.type() == TimeType.DATE && t.value() != null
                    && t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
                return t.value().length() >= 10 && t.value().charAt(4) == '-' && t.value().length() > 7
                        && Character.isDigit(t.value().charAt(8)) ? t.value().substring(0, 10)
                        : t.value().replaceAll("T.*", "");
            }
        }
        return null;
    }

    private static Actor claimant(List<Quote> quotes, Span trigger) {
        for (Quote q : quotes) {
            if (q.span().contains(trigger) && q.speaker() != null) {
                return new Actor(q.speaker().name(), q.speaker().entity(), null);
            }
        }
        return null;
    }
}
