package org.sitrep.learn;

import java.util.List;
import java.util.Objects;

/**
 * What a linear model reads of one example: named indicator features ("lemma=shell", "rule=ARMED_CLASH") and a
 * dense vector (a sentence embedding), or none.
 *
 * @param names the features that are present, each counting 1; repeats count once
 * @param dense the dense part, of the model's dense length, or an empty array
 */
public record Features(List<String> names, float[] dense) {
    public Features {
        names = List.copyOf(names);
        Objects.requireNonNull(dense, "dense");
    }
}
