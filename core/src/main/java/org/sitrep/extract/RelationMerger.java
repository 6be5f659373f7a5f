package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Folds the relations of one article that state one fact into one relation holding all their evidence: the same
 * subject, predicate and object (actors compared by entity, else by name), and either the same {@code what} or
 * evidence that overlaps or lies side by side ("Washington gave Kyiv permission to use long-range missiles. The
 * United States allowed Kyiv to strike inside Russia" is one permission). What is supplied tells supplies apart:
 * money and missiles between the same two actors stay two relations. A relation whose subject is its object
 * (both names standing for one government) is dropped. The folded relation keeps its first report's trigger and
 * actor spans, and the first {@code what}, date and claimant any report gives.
 */
final class RelationMerger {

    /** {@code relations} folded, in order of first report; {@code text} is the body the evidence points into. */
    List<Relation> merge(List<Relation> relations, String text) {
        List<Relation> merged = new ArrayList<>();
        for (Relation r : relations) {
            if (r.object() != null && same(r.subject(), r.object())) {
                continue;
            }
            int k = 0;
            while (k < merged.size() && !oneFact(merged.get(k), r, text)) {
                k++;
            }
            if (k == merged.size()) {
                merged.add(r);
            } else {
                merged.set(k, fold(merged.get(k), r));
            }
        }
        return merged;
    }

    private static boolean oneFact(Relation a, Relation b, String text) {
        if (a.predicate() != b.predicate() || !same(a.subject(), b.subject())
                || (a.object() == null) != (b.object() == null)
                || (a.object() != null && !same(a.object(), b.object()))) {
            return false;
        }
        if (Objects.equals(lower(a.what()), lower(b.what()))) {
            return true;
        }
        if (a.predicate() == RelationPredicate.SUPPLIES && a.what() != null && b.what() != null) {
            return false;
        }
        return near(a.evidence(), b.evidence(), text);
    }

    /** Whether two actors are one: the same entity, else (one has none) the same name as entities are keyed. */
    static boolean same(Actor a, Actor b) {
        if (a.entity() != null && b.entity() != null) {
            return a.entity().equals(b.entity());
        }
        return EntityGrouper.key(a.name()).equals(EntityGrouper.key(b.name()));
    }

    /** Whether a span of one list overlaps a span of the other or only white space lies between them. */
    private static boolean near(List<Span> a, List<Span> b, String text) {
        for (Span x : a) {
            for (Span y : b) {
                Span first = x.start() <= y.start() ? x : y;
                Span second = first == x ? y : x;
                if (first.overlaps(second) || first.end() >= second.start()
                        || text.substring(first.end(), Math.min(text.length(), second.start())).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Relation fold(Relation a, Relation b) {
        List<Span> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new Relation(a.subject(), a.predicate(), a.object(), a.what() != null ? a.what() : b.what(),
                a.date() != null ? a.date() : b.date(), a.trigger(), evidence.stream().sorted().distinct().toList(),
                a.claimedBy() != null ? a.claimedBy() : b.claimedBy());
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
