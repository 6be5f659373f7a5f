package org.sitrep.train;

import java.util.Objects;
import java.util.Set;

/**
 * A text of a training corpus with the labels it may have (sub-type names, or {@code NONE}), how much it counts
 * and where it comes from.
 */
public record LabelledText(String id, String text, Set<String> labels, double weight, String source) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        labels = Set.copyOf(labels);
    }
}
