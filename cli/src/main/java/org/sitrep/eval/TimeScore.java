package org.sitrep.eval;

/**
 * Counts and figures of time-expression scoring with TempEval-3's measures. A strict match has the gold span
 * exactly; a relaxed match overlaps it (each gold and each predicted expression in at most one match). Type
 * and value are scored on the relaxed matches: accuracy is correct over matched, and value precision, recall
 * and F1 put correct values over predicted and gold expressions.
 *
 * @param documents     how many documents were scored
 * @param gold          gold expressions
 * @param predicted     predicted expressions
 * @param strictMatches predictions with exactly a gold span
 * @param relaxedMatches predictions paired with an overlapping gold expression
 * @param typeCorrect   relaxed matches whose type is the gold type
 * @param valueCorrect  relaxed matches whose value is the gold value
 */
public record TimeScore(int documents, int gold, int predicted, int strictMatches, int relaxedMatches,
                        int typeCorrect, int valueCorrect) {

    public static final TimeScore ZERO = new TimeScore(0, 0, 0, 0, 0, 0, 0);

    public TimeScore {
        if (documents < 0 || gold < 0 || predicted < 0 || strictMatches < 0 || typeCorrect < 0 || valueCorrect < 0) {
            throw new IllegalArgumentException("negative count in " + fields(documents, gold, predicted,
                    strictMatches, relaxedMatches, typeCorrect, valueCorrect));
        }
        if (relaxedMatches > Math.min(gold, predicted) || strictMatches > relaxedMatches
                || typeCorrect > relaxedMatches || valueCorrect > relaxedMatches) {
            throw new IllegalArgumentException("inconsistent counts " + fields(documents, gold, predicted,
                    strictMatches, relaxedMatches, typeCorrect, valueCorrect));
        }
    }

    /** The sum of this score and another (micro-averaging over documents). */
    public TimeScore plus(TimeScore o) {
        return new TimeScore(documents + o.documents, gold + o.gold, predicted + o.predicted,
                strictMatches + o.strictMatches, relaxedMatches + o.relaxedMatches, typeCorrect + o.typeCorrect,
                valueCorrect + o.valueCorrect);
    }

    public double strictPrecision() {
        return ratio(strictMatches, predicted);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictMatches);
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedMatches);
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, relaxedMatches);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, relaxedMatches);
    }

    public double valuePrecision() {
        return ratio(valueCorrect, predicted);
    }

    public double valueRecall() {
        return ratio(valueCorrect, gold);
    }

    public double valueF1() {
        return f1(valueCorrect);
    }

    public double typeF1() {
        return f1(typeCorrect);
    }

    /** The harmonic mean of {@code correct / predicted} and {@code correct / gold}; 0 when either is 0. */
    private double f1(int correct) {
        return gold + predicted == 0 ? 0 : 2.0 * correct / (gold + predicted);
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    private static String fields(int documents, int gold, int predicted, int strict, int relaxed, int type,
                                 int value) {
        return "(documents " + documents + ", gold " + gold + ", predicted " + predicted + ", strict " + strict
                + ", relaxed " + relaxed + ", type " + type + ", value " + value + ")";
    }
}
