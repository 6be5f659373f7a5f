package org.sitrep.store;

import java.util.Locale;

/**
 * Which stored relations to list; every filter is null for none, and each is a bound parameter.
 *
 * @param actor     part of the subject's or the object's name (as written or as resolved), any case
 * @param predicate a predicate ("supplies"), any case
 * @param limit     at most this many relations, 0 for all
 */
public record RelationQuery(String actor, String predicate, int limit) {
    /** Every relation, in store order. */
    public static final RelationQuery ALL = new RelationQuery(null, null, 0);

    /** The enum name a predicate filter stands for. */
    String predicateName() {
        return predicate == null ? null : predicate.strip().toUpperCase(Locale.ROOT);
    }
}
