package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeoEvaluationTest {

    /**
     * A fake geoparser with a tiny gazetteer: it finds the names it knows wherever they occur, places them, and
     * places given spans by their text, leaving unknown ones unplaced.
     */
    static final class GazetteerGeoparser implements Geoparser {
        final Map<String, double[]> places;

        GazetteerGeoparser(Map<String, double[]> places) {
            this.places = places;
        }

        @Override
        public List<PredictedToponym> parse(String text) {
            List<PredictedToponym> found = new ArrayList<>();
            places.forEach((name, where) -> {
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                    found.add(new PredictedToponym(i, i + name.length(), where[0], where[1]));
                }
            });
            return found;
        }

        @Override
        public List<PredictedToponym> resolve(String text, List<Span> toponyms) {
            List<PredictedToponym> placed = new ArrayList<>();
            for (Span s : toponyms) {
                double[] where = places.get(s.of(text));
                placed.add(where == null ? PredictedToponym.unplaced(s)
                        : new PredictedToponym(s.start(), s.end(), where[0], where[1]));
            }
            return placed;
        }
    }

    static final GazetteerGeoparser GAZETTEER = new GazetteerGeoparser(Map.of(
            "Alexandria", new double[]{31.31129, -92.44514},
            "Pineville", new double[]{31.32240, -92.43430},
            "Paducah", new double[]{38.0, -85.0},
            "Kentucky", new double[]{37.5, -85.0}));

    @Test
    void endToEndScoresRecognitionAndResolutionOverTheLglExcerpt() throws IOException {
        List<GeoDocument> docs = GeoGoldReaderTest.fixture("lgl-excerpt.xml").documents();
        GeoScore s = new GeoEvaluation().endToEnd(docs, GAZETTEER);
        assertEquals(2, s.documents());
        assertEquals(9, s.gold());
        // Alexandria, Pineville and Paducah are found (the dateline PADUCAH is upper case, so it is missed).
        assertEquals(3, s.predicted());
        assertEquals(3, s.matched());
        assertEquals(3, s.exact());
        assertEquals(1.0, s.precision());
        assertEquals(3 / 9.0, s.recall(), 1e-9);
        // Paducah placed near Frankfort, about 330 km off; the two Louisiana towns are right.
        assertEquals(2 / 3.0, s.acc161(), 1e-9);
        assertEquals(2 / 9.0, s.acc161OfGold(), 1e-9);
    }

    @Test
    void goldSpansGiveEveryScoredToponymAPrediction() throws IOException {
        List<GeoDocument> docs = GeoGoldReaderTest.fixture("lgl-excerpt.xml").documents();
        GeoScore s = new GeoEvaluation().withGoldSpans(docs, GAZETTEER);
        assertEquals(9, s.gold());
        assertEquals(9, s.matched());
        assertEquals(1.0, s.f1());
        assertEquals(6, s.unplaced(), "Rapides Parish, Louisiana, PADUCAH, Ky., Lone Oak, McCracken County");
        assertEquals(2 / 9.0, s.acc161(), 1e-9);
        assertEquals(GeoScore.UNPLACED_ERROR_KM, s.medianErrorKm());
    }

    @Test
    void goldSpansTheGeoparserLeavesOutCountAsUnplaced() throws IOException {
        GeoDocument doc = GeoGoldReaderTest.fixture("geowebnews-excerpt.xml").documents().get(0);
        Geoparser silent = new Geoparser() {
            @Override
            public List<PredictedToponym> parse(String text) {
                return List.of();
            }

            @Override
            public List<PredictedToponym> resolve(String text, List<Span> toponyms) {
                return List.of();
            }
        };
        GeoScore s = new GeoEvaluation().withGoldSpans(doc, silent).score();
        assertEquals(6, s.matched());
        assertEquals(6, s.unplaced());
        assertEquals(0.0, s.acc161());
        GeoScore none = new GeoEvaluation().endToEnd(doc, silent).score();
        assertEquals(0, none.matched());
        assertEquals(0.0, none.f1());
    }
}
