package org.sitrep.eval;

/**
 * Counts and figures of time-expression scoring with TempEval-3's measures, as its official scorer
 * ({@code evaluate_entities.py}) computes them. Recall is counted over gold expressions (found strictly when a
 * prediction has exactly the span, relaxed when one overlaps it) and precision over predictions (right strictly
 * when a gold expression has exactly the span, relaxed when one overlaps it), each side on its own. Type and value
 * accuracy are correct attributes over the gold expressions found (relaxed). Value (and type) precision, recall
 * and F1 are the accuracy times the relaxed precision, recall and F1: TempEval-3's "attribute F1".
 *
 * @param documents        how many documents were scored
 * @param gold             gold expressions
 * @param predicted        predicted expressions
 * @param goldStrict       gold expressions some prediction has exactly the span of
 * @param goldRelaxed      gold expressions some prediction overlaps
 * @param predictedStrict  predictions with exactly the span of some gold expression
 * @param predictedRelaxed predictions overlapping some gold expression
 * @param typeCorrect      found gold expressions whose partner has the gold type
 * @param valueCorrect     found gold expressions whose partner has the gold value
 */
public record TimeScore(int documents, int gold, int predicted, int goldStrict, int goldRelaxed,
                        int predictedStrict, int predictedRelaxed, int typeCorrect, int valueCorrect) {

    public static final TimeScore ZERO = new TimeScore(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public TimeScore {
        if (documents < 0 || gold < 0 || predicted < 0 || goldStrict < 0 || predictedStrict < 0 || typeCorrect < 0
                || valueCorrect < 0) {
            throw new IllegalArgumentException("negative count in " + fields(documents, gold, predicted,
                    goldStrict, goldRelaxed, predictedStrict, predictedRelaxed, typeCorrect, valueCorrect));
        }
        if (goldRelaxed > gold || goldStrict > goldRelaxed || predictedRelaxed > predicted
                || predictedStrict > predictedRelaxed || typeCorrect > goldRelaxed || valueCorrect > goldRelaxed) {
            throw new IllegalArgumentException("inconsistent counts " + fields(documents, gold, predicted,
                    goldStrict, goldRelaxed, predictedStrict, predictedRelaxed, typeCorrect, valueCorrect));
        }
    }

    /** The sum of this score and another (micro-averaging over documents). */
    public TimeScore plus(TimeScore o) {
        return new TimeScore(documents + o.documents, gold + o.gold, predicted + o.predicted,
                goldStrict + o.goldStrict, goldRelaxed + o.goldRelaxed, predictedStrict + o.predictedStrict,
                predictedRelaxed + o.predictedRelaxed, typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
    }

    public double strictPrecision() {
        return Rates.ratio(predictedStrict, predicted);
    }

    public double strictRecall() {
        return Rates.ratio(goldStrict, gold);
    }

    public double strictF1() {
        return Rates.f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return Rates.ratio(predictedRelaxed, predicted);
    }

    public double relaxedRecall() {
        return Rates.ratio(goldRelaxed, gold);
    }

    public double relaxedF1() {
        return Rates.f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return Rates.ratio(typeCorrect, goldRelaxed);
    }

    public double valueAccuracy() {
        return Rates.ratio(valueCorrect, goldRelaxed);
    }

    public double valuePrecision() {
        return valueAccuracy() * relaxedPrecision();
    }

    public double valueRecall() {
        return valueAccuracy() * relaxedRecall();
    }

    /** TempEval-3's value F1: value accuracy times relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    /** TempEval-3's type F1: type accuracy times relaxed F1. */
    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */

    private static String fields(int documents, int gold, int predicted, int goldStrict, int goldRelaxed,
                                 int predictedStrict, int predictedRelaxed, int type, int value) {
        return "(documents " + documents + ", gold " + gold + ", predicted " + predicted + ", gold strict "
                + goldStrict + ", gold relaxed " + goldRelaxed + ", predicted strict " + predictedStrict
                + ", predicted relaxed " + predictedRelaxed + ", type " + type + ", value " + value + ")";
    }
}
