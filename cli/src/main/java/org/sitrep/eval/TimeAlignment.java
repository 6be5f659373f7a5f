package org.sitrep.eval;

import org.sitrep.model.TimeExpression;

import java.util.List;
import java.util.Objects;

/**
 * How predicted time expressions line up with gold ones in one document (see {@link TimeScorer} for the rule):
 * each found gold expression with its partner, the gold expressions no prediction overlaps, and the predictions
 * that overlap no gold expression.
 *
 * @param pairs          each gold expression some prediction overlaps, with its partner, in gold order; one
 *                       prediction may be the partner of several gold expressions
 * @param missed         gold expressions no prediction overlaps
 * @param spurious       predictions that overlap no gold expression
 * @param predicted      how many predictions there were
 * @param predictedExact how many predictions have exactly the span of a gold expression
 */
public record TimeAlignment(List<Pair> pairs, List<TimeExpression> missed, List<TimeExpression> spurious,
                            int predicted, int predictedExact) {

    public TimeAlignment {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        if (spurious.size() + predictedExact > predicted) {
            throw new IllegalArgumentException("spurious " + spurious.size() + " plus exact " + predictedExact
                    + " exceed predicted " + predicted);
        }
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

        /**
         * Whether the values are equal. As in TempEval-3's scorer, a gold expression without value is matched by a
         * prediction without value.
         */
        public boolean valueCorrect() {
            return Objects.equals(gold.value(), predicted.value());
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
        return new TimeScore(1, pairs.size() + missed.size(), predicted, strict, pairs.size(), predictedExact,
                predicted - spurious.size(), type, value);
    }
}
