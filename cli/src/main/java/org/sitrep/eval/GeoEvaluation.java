package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a {@link Geoparser} on geoparsing gold documents in two ways: end to end (it finds the toponyms and places
 * them) and with the gold spans given (it only places the scored gold toponyms, so every one is matched and the
 * resolution figures are over all of them).
 */
public final class GeoEvaluation {

    private final GeoScorer scorer = new GeoScorer();

    /** One document end to end. */
    public GeoAlignment endToEnd(GeoDocument doc, Geoparser geoparser) {
        return scorer.align(doc, geoparser.parse(doc.text()));
    }

    /**
     * One document with its scored gold spans given: the geoparser's prediction for each span, or an unplaced one
     * when it gave none for it; predictions at other spans are dropped.
     */
    public GeoAlignment withGoldSpans(GeoDocument doc, Geoparser geoparser) {
        List<Span> spans = doc.toponyms().stream().map(GoldToponym::span).distinct().toList();
        List<PredictedToponym> given = geoparser.resolve(doc.text(), spans);
        List<PredictedToponym> predicted = new ArrayList<>();
        for (GoldToponym g : doc.toponyms()) {
            predicted.add(given.stream().filter(p -> p.span().equals(g.span())).findFirst()
                    .orElse(PredictedToponym.unplaced(g.span())));
        }
        return scorer.align(doc, predicted);
    }

    /** The summed end-to-end score over {@code documents}. */
    public GeoScore endToEnd(List<GeoDocument> documents, Geoparser geoparser) {
        GeoScore total = GeoScore.ZERO;
        for (GeoDocument doc : documents) {
            total = total.plus(endToEnd(doc, geoparser).score());
        }
        return total;
    }

    /** The summed gold-span score over {@code documents}. */
    public GeoScore withGoldSpans(List<GeoDocument> documents, Geoparser geoparser) {
        GeoScore total = GeoScore.ZERO;
        for (GeoDocument doc : documents) {
            total = total.plus(withGoldSpans(doc, geoparser).score());
        }
        return total;
    }
}
