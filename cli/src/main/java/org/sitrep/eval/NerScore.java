package org.sitrep.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity recognition scores: counts per entity type (sorted by type) and overall. Overall precision, recall and
 * F1 are computed from the summed counts (micro-averaged), as conlleval does.
 */
public record NerScore(Map<String, EntityCounts> perType) {
    public static final NerScore EMPTY = new NerScore(Map.of());

    public NerScore {
        perType = Collections.unmodifiableMap(new TreeMap<>(perType));
    }

    /** The counts of one type; zero counts for a type never seen. */
    public EntityCounts of(String type) {
        return perType.getOrDefault(type, EntityCounts.NONE);
    }

    /** The counts over all types. */
    public EntityCounts overall() {
        return perType.values().stream().reduce(EntityCounts.NONE, EntityCounts::plus);
    }

    public NerScore plus(NerScore other) {
        Map<String, EntityCounts> sum = new TreeMap<>(perType);
        other.perType.forEach((type, counts) -> sum.merge(type, counts, EntityCounts::plus));
        return new NerScore(sum);
    }
}
