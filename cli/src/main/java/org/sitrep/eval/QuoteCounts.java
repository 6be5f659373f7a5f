package org.sitrep.eval;

/**
 * Counts of quote scoring for one kind of quote (direct or indirect), micro-summed over documents. Gold counts are
 * over gold contents of that kind, predicted counts over predicted quotes of that kind; a match may pair quotes of
 * different kinds (the kind of each side is its own).
 *
 * @param gold             gold contents
 * @param predicted        predicted quotes
 * @param goldOverlapped   gold contents that some predicted quote overlaps
 * @param predictedOverlap predicted quotes that overlap some gold content
 * @param goldExact        gold contents that some predicted quote matches exactly
 * @param predictedExact   predicted quotes that match some gold content exactly
 * @param speakerJudged    predicted quotes that overlap a gold content with a source (speaker accuracy's base)
 * @param speakerCorrect   of those, the ones whose speaker is right
 */
public record QuoteCounts(int gold, int predicted, int goldOverlapped, int predictedOverlap, int goldExact,
                          int predictedExact, int speakerJudged, int speakerCorrect) {

    public static final QuoteCounts ZERO = new QuoteCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public QuoteCounts {
        if (gold < 0 || predicted < 0 || goldOverlapped < 0 || predictedOverlap < 0 || goldExact < 0
                || predictedExact < 0 || speakerJudged < 0 || speakerCorrect < 0) {
            throw new IllegalArgumentException("negative count in " + fields(gold, predicted, goldOverlapped,
                    predictedOverlap, goldExact, predictedExact, speakerJudged, speakerCorrect));
        }
        if (goldOverlapped > gold || predictedOverlap > predicted || goldExact > goldOverlapped
                || predictedExact > predictedOverlap || speakerJudged > predictedOverlap
                || speakerCorrect > speakerJudged) {
            throw new IllegalArgumentException("inconsistent counts " + fields(gold, predicted, goldOverlapped,
                    predictedOverlap, goldExact, predictedExact, speakerJudged, speakerCorrect));
        }
    }

    public QuoteCounts plus(QuoteCounts o) {
        return new QuoteCounts(gold + o.gold, predicted + o.predicted, goldOverlapped + o.goldOverlapped,
                predictedOverlap + o.predictedOverlap, goldExact + o.goldExact, predictedExact + o.predictedExact,
                speakerJudged + o.speakerJudged, speakerCorrect + o.speakerCorrect);
    }

    public double overlapPrecision() {
        return Rates.ratio(predictedOverlap, predicted);
    }

    public double overlapRecall() {
        return Rates.ratio(goldOverlapped, gold);
    }

    public double overlapF1() {
        return Rates.f1(overlapPrecision(), overlapRecall());
    }

    public double exactPrecision() {
        return Rates.ratio(predictedExact, predicted);
    }

    public double exactRecall() {
        return Rates.ratio(goldExact, gold);
    }

    public double exactF1() {
        return Rates.f1(exactPrecision(), exactRecall());
    }

    public double speakerAccuracy() {
        return Rates.ratio(speakerCorrect, speakerJudged);
    }

    private static String fields(int gold, int predicted, int goldOverlapped, int predictedOverlap, int goldExact,
                                 int predictedExact, int speakerJudged, int speakerCorrect) {
        return "(gold " + gold + ", predicted " + predicted + ", gold overlapped " + goldOverlapped
                + ", predicted overlapping " + predictedOverlap + ", gold exact " + goldExact + ", predicted exact "
                + predictedExact + ", speaker judged " + speakerJudged + ", speaker correct " + speakerCorrect + ")";
    }
}
