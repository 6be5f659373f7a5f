package org.sitrep.learn;

import java.util.Objects;
import java.util.Set;

/**
 * One training example: its features, the labels it may have (one for a gold label; several for a label that a
 * corpus states more coarsely than the model does, such as "armed assault" for an attack or an armed clash), and
 * how much it counts.
 *
 * @param features what the model reads
 * @param allowed  the labels the example may have; training raises their summed probability
 * @param weight   how much the example counts, above 0 (pseudo-labels count less than gold)
 * @param source   where it came from, for the figures per corpus
 */
public record Example(Features features, Set<String> allowed, double weight, String source) {
    public Example {
        Objects.requireNonNull(features, "features");
        allowed = Set.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("an example needs at least one label");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight " + weight);
        }
    }
}
