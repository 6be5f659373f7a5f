package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.eval.Geoparser;
import org.sitrep.eval.PredictedToponym;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.List;

/**
 * Sitrep's places stage as the geoparsing evaluation sees it. A text is annotated once: finding its toponyms and
 * placing the gold ones reuse the same annotation.
 */
final class SitrepGeoparser implements Geoparser {
    private final Sitrep sitrep;
    private String lastText;
    private AnnotatedArticle lastDoc;

    SitrepGeoparser(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    @Override
    public List<PredictedToponym> parse(String text) {
        return predictions(sitrep.extract(annotated(text)).places());
    }

    @Override
    public List<PredictedToponym> resolve(String text, List<Span> toponyms) {
        return predictions(sitrep.placeSpans(annotated(text), toponyms));
    }

    private AnnotatedArticle annotated(String text) {
        if (!text.equals(lastText)) {
            lastDoc = sitrep.annotate(Article.of("geo", text));
            lastText = text;
        }
        return lastDoc;
    }

    private static String label(Place p) {
        return p.lat() == null ? null : p.name() + ", " + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + p.country() + (p.admin1() == null ? "" : "." + p.admin1()) + (p.metonymy() ? ", metonym" : "");
    }

    private static List<PredictedToponym> predictions(List<Place> places) {
        return places.stream()
                .map(p -> new PredictedToponym(p.span().start(), p.span().end(), p.lat(), p.lon(), label(p)))
                .toList();
    }
}
