package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Geoparsing figures in the sense of Gritta et al. 2019 ("A Pragmatic Guide to Geoparsing Evaluation").
 * Recognition: precision, recall and F1 of predicted toponym spans against the scored gold toponyms, a prediction
 * matching a gold toponym when their spans overlap (one to one), and the same with exact spans. Resolution, over
 * the matched gold toponyms (the true positives of recognition, as the paper computes geocoding metrics for an
 * end-to-end geoparser): the error of each is the great-circle distance from the gold to the predicted
 * coordinates, or {@value #UNPLACED_ERROR_KM} km (the paper's maximum error, about half the Earth's circumference)
 * when the geoparser gave none; accuracy@161 is the share of errors of at most 161 km (100 miles).
 * {@link #acc161OfGold()} counts the same hits over all scored gold toponyms, missed ones as wrong.
 *
 * @param documents  how many documents were scored
 * @param gold       scored gold toponyms
 * @param predicted  predictions, less those ignored (lying only on demonyms or on gold toponyms without coordinates)
 * @param matched    gold toponyms matched by an overlapping prediction
 * @param exact      matched gold toponyms whose prediction has exactly their span
 * @param unplaced   matched gold toponyms whose prediction has no coordinates
 * @param errorsKm   the resolution error of each matched gold toponym, in km
 */
public record GeoScore(int documents, int gold, int predicted, int matched, int exact, int unplaced,
                       List<Double> errorsKm) {

    /** The error given to a matched toponym the geoparser did not place. */
    public static final double UNPLACED_ERROR_KM = 20039;

    /** The distance within which a resolution counts as right: 161 km, 100 miles. */
    public static final double ACCURATE_KM = 161;

    public static final GeoScore ZERO = new GeoScore(0, 0, 0, 0, 0, 0, List.of());

    public GeoScore {
        errorsKm = List.copyOf(errorsKm);
        if (documents < 0 || gold < 0 || predicted < 0 || exact < 0 || unplaced < 0 || matched > gold
                || matched > predicted || exact > matched || unplaced > matched || errorsKm.size() != matched) {
            throw new IllegalArgumentException("inconsistent counts (documents " + documents + ", gold " + gold
                    + ", predicted " + predicted + ", matched " + matched + ", exact " + exact + ", unplaced "
                    + unplaced + ", errors " + errorsKm.size() + ")");
        }
    }

    /** The sum of this score and another (micro-averaging over documents). */
    public GeoScore plus(GeoScore o) {
        List<Double> errors = new ArrayList<>(errorsKm);
        errors.addAll(o.errorsKm);
        return new GeoScore(documents + o.documents, gold + o.gold, predicted + o.predicted, matched + o.matched,
                exact + o.exact, unplaced + o.unplaced, errors);
    }

    public double precision() {
        return Rates.ratio(matched, predicted);
    }

    public double recall() {
        return Rates.ratio(matched, gold);
    }

    public double f1() {
        return Rates.f1(precision(), recall());
    }

    public double exactPrecision() {
        return Rates.ratio(exact, predicted);
    }

    public double exactRecall() {
        return Rates.ratio(exact, gold);
    }

    public double exactF1() {
        return Rates.f1(exactPrecision(), exactRecall());
    }

    /** Matched gold toponyms placed within 161 km. */
    public int accurate() {
        return (int) errorsKm.stream().filter(e -> e <= ACCURATE_KM).count();
    }

    /** Accuracy@161 km over the matched gold toponyms; 0 when none matched. */
    public double acc161() {
        return Rates.ratio(accurate(), matched);
    }

    /** Accuracy@161 km over all scored gold toponyms, those recognition missed counting as wrong. */
    public double acc161OfGold() {
        return Rates.ratio(accurate(), gold);
    }

    /** The median error in km over the matched gold toponyms; NaN when none matched. */
    public double medianErrorKm() {
        if (errorsKm.isEmpty()) {
            return Double.NaN;
        }
        double[] e = errorsKm.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(e);
        int mid = e.length / 2;
        return e.length % 2 == 1 ? e[mid] : (e[mid - 1] + e[mid]) / 2;
    }

    /** The mean error in km over the matched gold toponyms; NaN when none matched. */
    public double meanErrorKm() {
        return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
