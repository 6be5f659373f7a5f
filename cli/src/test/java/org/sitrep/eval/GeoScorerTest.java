package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoScorerTest {

    //                                     0         1         2         3         4         5         6
    //                                     0123456789012345678901234567890123456789012345678901234567890123
    static final String TEXT = "Shelling hit Kharkiv and Izium; Ukrainians fled to Poland, Kyiv said.";
    static final GoldToponym KHARKIV = gold(13, 20, "Kharkiv", GoldToponymType.LITERAL, 49.98081, 36.25272);
    static final GoldToponym IZIUM = gold(25, 30, "Izium", GoldToponymType.LITERAL, 49.21, 37.25);
    static final GoldToponym UKRAINIANS = gold(32, 42, "Ukrainians", GoldToponymType.DEMONYM, null, null);
    static final GoldToponym POLAND = gold(51, 57, "Poland", GoldToponymType.LITERAL, 52.0, 20.0);
    static final GoldToponym KYIV = gold(59, 63, "Kyiv", GoldToponymType.METONYMIC, 50.45466, 30.5238);
    static final GoldToponym SAID = gold(64, 68, "said", GoldToponymType.NON_LIT_EXPRESSION, null, null);
    static final GeoDocument DOC = new GeoDocument("1", TEXT, List.of(KHARKIV, IZIUM, UKRAINIANS, POLAND, KYIV, SAID));

    static GoldToponym gold(int start, int end, String name, GoldToponymType type, Double lat, Double lon) {
        return new GoldToponym(start, end, name, type, null, lat, lon);
    }

    static PredictedToponym at(GoldToponym g, Double lat, Double lon) {
        return new PredictedToponym(g.start(), g.end(), lat, lon);
    }

    @Test
    void fixtureSpansCoverTheirNames() {
        assertEquals(List.of(), DOC.offsetMismatches());
    }

    @Test
    void perfectPredictionsScoreOne() {
        GeoScore s = new GeoScorer().align(DOC, List.of(at(KHARKIV, KHARKIV.lat(), KHARKIV.lon()),
                at(IZIUM, IZIUM.lat(), IZIUM.lon()), at(POLAND, 52.0, 20.0), at(KYIV, 50.45, 30.52))).score();
        assertEquals(4, s.gold());
        assertEquals(1.0, s.f1());
        assertEquals(1.0, s.exactF1());
        assertEquals(1.0, s.acc161());
        assertTrue(s.meanErrorKm() < 1, "Kyiv is off by well under a km: " + s.meanErrorKm());
    }

    @Test
    void overlappingPredictionMatchesButIsNotExact() {
        GeoAlignment a = new GeoScorer().align(DOC, List.of(new PredictedToponym(9, 20, 49.98, 36.25)));
        assertEquals(1, a.pairs().size());
        assertEquals(KHARKIV, a.pairs().get(0).gold());
        GeoScore s = a.score();
        assertEquals(1, s.matched());
        assertEquals(0, s.exact());
        assertEquals(1.0, s.precision());
        assertEquals(0.25, s.recall());
        assertEquals(3, a.missed().size());
    }

    @Test
    void onePredictionCoveringTwoToponymsMatchesOnlyOne() {
        GeoAlignment a = new GeoScorer().align(DOC, List.of(new PredictedToponym(13, 30, null, null)));
        assertEquals(1, a.pairs().size());
        assertEquals(KHARKIV, a.pairs().get(0).gold(), "ties go to the earliest gold toponym");
        assertEquals(List.of(IZIUM, POLAND, KYIV), a.missed());
    }

    @Test
    void exactPairsAreTakenBeforeOverlappingOnes() {
        PredictedToponym wide = new PredictedToponym(13, 30, 49.21, 37.25);
        PredictedToponym izium = at(IZIUM, 49.21, 37.25);
        GeoAlignment a = new GeoScorer().align(DOC, List.of(wide, izium));
        assertEquals(2, a.pairs().size());
        assertEquals(izium, a.pairs().stream().filter(p -> p.gold().equals(IZIUM)).findFirst().get().predicted());
        assertEquals(1, a.score().exact());
    }

    @Test
    void unplacedMatchCountsAsWrongWithTheMaximumError() {
        GeoScore s = new GeoScorer().align(DOC, List.of(at(POLAND, null, null), at(KYIV, 50.45, 30.52))).score();
        assertEquals(2, s.matched());
        assertEquals(1, s.unplaced());
        assertEquals(0.5, s.acc161());
        assertEquals(0.25, s.acc161OfGold(), "the two missed gold toponyms count as wrong over all gold");
        assertEquals(GeoScore.UNPLACED_ERROR_KM, s.errorsKm().get(0));
        assertEquals((GeoScore.UNPLACED_ERROR_KM + s.errorsKm().get(1)) / 2, s.medianErrorKm(), 1e-9);
    }

    @Test
    void placingBeyond161KmIsWrong() {
        // Lviv for Kyiv: about 468 km.
        GeoAlignment a = new GeoScorer().align(DOC, List.of(at(KYIV, 49.8397, 24.0297)));
        assertEquals(0.0, a.score().acc161());
        assertEquals(468, a.pairs().get(0).errorKm(), 2);
    }

    @Test
    void predictionOnADemonymIsIgnoredAndOnANonToponymIsSpurious() {
        GeoAlignment a = new GeoScorer().align(DOC, List.of(at(UKRAINIANS, 49.0, 32.0), at(SAID, 1.0, 1.0),
                new PredictedToponym(0, 8, null, null)));
        assertEquals(1, a.ignored().size());
        assertEquals(2, a.spurious().size());
        GeoScore s = a.score();
        assertEquals(2, s.predicted());
        assertEquals(0.0, s.precision());
        assertTrue(Double.isNaN(s.medianErrorKm()));
    }

    @Test
    void scoresAddUp() {
        GeoScorer scorer = new GeoScorer();
        GeoScore a = scorer.align(DOC, List.of(at(KYIV, 50.45, 30.52))).score();
        GeoScore b = scorer.align(DOC, List.of(at(POLAND, null, null), new PredictedToponym(0, 8, null, null)))
                .score();
        GeoScore sum = a.plus(b);
        assertEquals(2, sum.documents());
        assertEquals(8, sum.gold());
        assertEquals(3, sum.predicted());
        assertEquals(2, sum.matched());
        assertEquals(2, sum.errorsKm().size());
        assertEquals(GeoScore.ZERO.plus(a), a);
    }
}
