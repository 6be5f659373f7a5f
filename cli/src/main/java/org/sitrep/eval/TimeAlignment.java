package org.sitrep.eval;

import org.sitrep.model.TimeExpression;

import java.util.List;
import java.util.Objects;

/**
 * How predicted time expressions line up with gold ones in one document: the one-to-one pairs whose spans
 * overlap, and what is left on either side.
 *
 * @param pairs    gold and predicted expressions whose spans overlap (relaxed matches), in gold order
 * @param missed   gold expressions no prediction overlaps
 * @param spurious predictions that overlap no gold expression left unpaired
 */
public record TimeAlignment(List<Pair> pairs, List<TimeExpression> missed, List<TimeExpression> spurious) {

    public TimeAlignment {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /** A gold expression and the prediction paired with it. */
    public record Pair(TimeExpression gold, TimeExpression predicted) {
        public Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(predicted, "predicted");
        }

        /** Whether the spans are identical. */
        public boolean strict() {
            return gold.span().equals(predicted.span());
        }

        public boolean typeCorrect() {
            return gold.type() == predicted.type();
        }

        /** Whether the values are equal; a gold expression without value is matched by none. */
        public boolean valueCorrect() {
            return gold.value() != null && gold.value().equals(predicted.value());
        }
    }

    /** The counts of this alignment. */
    public TimeScore score() {
        int strict = 0;
        int type = 0;
        int value = 0;
        for (Pair p : pairs) {
            strict += p.strict() ? 1 : 0;
            type += p.typeCorrect() ? 1 : 0;
            value += p.valueCorrect() ? 1 : 0;
        }
        return new TimeScore(1, pairs.size() + missed.size(), pairs.size() + spurious.size(), strict, pairs.size(),
                type, value);
    }
}
