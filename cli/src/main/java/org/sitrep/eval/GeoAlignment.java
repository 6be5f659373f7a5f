package org.sitrep.eval;

import java.util.List;

/**
 * How one document's predictions lined up with its gold toponyms.
 *
 * @param gold      the scored gold toponyms
 * @param pairs     gold toponyms matched by a prediction, with the resolution error
 * @param missed    scored gold toponyms no prediction matched
 * @param spurious  predictions that overlap no gold toponym, scored or ignored
 * @param ignored   predictions left out of scoring: they overlap only demonyms or toponyms without coordinates
 */
public record GeoAlignment(List<GoldToponym> gold, List<Pair> pairs, List<GoldToponym> missed,
                           List<PredictedToponym> spurious, List<PredictedToponym> ignored) {

    public GeoAlignment {
        gold = List.copyOf(gold);
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        ignored = List.copyOf(ignored);
    }

    /** A gold toponym and the prediction matched to it; {@code errorKm} is the resolution error. */
    public record Pair(GoldToponym gold, PredictedToponym predicted, double errorKm) {
        public boolean exact() {
            return gold.span().equals(predicted.span());
        }

        public boolean accurate() {
            return errorKm <= GeoScore.ACCURATE_KM;
        }
    }

    /** This document's figures. */
    public GeoScore score() {
        return new GeoScore(1, gold.size(), pairs.size() + spurious.size(), pairs.size(),
                (int) pairs.stream().filter(Pair::exact).count(),
                (int) pairs.stream().filter(p -> !p.predicted().hasCoordinates()).count(),
                pairs.stream().map(Pair::errorKm).toList());
    }
}
