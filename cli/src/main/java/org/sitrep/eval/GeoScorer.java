package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines a document's predicted toponyms up with its scored gold toponyms ({@link GoldToponym#scored()}), one to
 * one: a prediction and a gold toponym can pair when their spans overlap; pairs with identical spans are taken
 * first, then those overlapping most, then the earliest, so that a prediction covering two gold toponyms
 * ("Chartres/Franklin") matches one of them and the other is missed. Each pair's error is the haversine distance
 * between the gold and predicted coordinates, or {@link GeoScore#UNPLACED_ERROR_KM} when the prediction has none.
 * A prediction left unmatched is ignored when it overlaps an ignored annotation ({@link GoldToponym#ignored()}) and
 * spurious otherwise.
 */
public final class GeoScorer {

    /** The alignment of {@code predicted} with the gold of {@code doc}. */
    public GeoAlignment align(GeoDocument doc, List<PredictedToponym> predicted) {
        List<GoldToponym> gold = doc.toponyms();
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (meet(gold.get(g).span(), predicted.get(p).span())) {
                    candidates.add(new int[]{g, p});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> exact(gold.get(c[0]), predicted.get(c[1])) ? 0 : 1)
                .thenComparingInt(c -> -overlap(gold.get(c[0]).span(), predicted.get(c[1]).span()))
                .thenComparingInt(c -> c[0])
                .thenComparingInt(c -> c[1]));
        PredictedToponym[] partner = new PredictedToponym[gold.size()];
        boolean[] taken = new boolean[predicted.size()];
        for (int[] c : candidates) {
            if (partner[c[0]] == null && !taken[c[1]]) {
                partner[c[0]] = predicted.get(c[1]);
                taken[c[1]] = true;
            }
        }
        List<GeoAlignment.Pair> pairs = new ArrayList<>();
        List<GoldToponym> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (partner[g] == null) {
                missed.add(gold.get(g));
            } else {
                pairs.add(new GeoAlignment.Pair(gold.get(g), partner[g], errorKm(gold.get(g), partner[g])));
            }
        }
        List<GoldToponym> ignorable = doc.gold().stream().filter(GoldToponym::ignored).toList();
        List<PredictedToponym> spurious = new ArrayList<>();
        List<PredictedToponym> ignored = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (taken[p]) {
                continue;
            }
            Span span = predicted.get(p).span();
            if (ignorable.stream().anyMatch(i -> meet(i.span(), span))) {
                ignored.add(predicted.get(p));
            } else {
                spurious.add(predicted.get(p));
            }
        }
        return new GeoAlignment(gold, pairs, missed, spurious, ignored);
    }

    /** The resolution error of a prediction for a gold toponym with coordinates. */
    static double errorKm(GoldToponym gold, PredictedToponym predicted) {
        if (!predicted.hasCoordinates()) {
            return GeoScore.UNPLACED_ERROR_KM;
        }
        return Haversine.km(gold.lat(), gold.lon(), predicted.lat(), predicted.lon());
    }

    private static boolean meet(Span a, Span b) {
        return a.overlaps(b) || a.equals(b);
    }

    private static boolean exact(GoldToponym g, PredictedToponym p) {
        return g.start() == p.start() && g.end() == p.end();
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }
}
