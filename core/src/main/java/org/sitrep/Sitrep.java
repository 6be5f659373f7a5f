package org.sitrep;

import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.EventTyper;
import org.sitrep.extract.LearnedEventTyper;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import org.sitrep.places.PlaceIndex;

import java.util.List;

/**
 * The flow from an article to its facts: annotate once, then run every extractor. Loading it loads the models;
 * do that once per process and reuse the instance for every article, one thread at a time. Another thread takes
 * {@link #another()}, which shares the loaded models.
 */
public final class Sitrep {
    /**
     * The version of the extraction. The store keeps it with each article and replaces an article's facts when it
     * is ingested again by another version: change it whenever a change to the flow changes what it extracts.
     */
    public static final String VERSION = "0.1.0";

    private final PlaceIndex gazetteer;
    private final EventTyper typer;
    private final CoreNlpAnnotator annotator;
    private final ArticleExtractor extractor;

    private Sitrep(PlaceIndex gazetteer, EventTyper typer) {
        this.gazetteer = gazetteer;
        this.typer = typer;
        this.annotator = CoreNlpAnnotator.forText();
        this.extractor = new ArticleExtractor(gazetteer, typer);
    }

    /** Loads the models and the gazetteer. Takes a few seconds. */
    public static Sitrep load() {
        return load(LearnedEventTyper.load());
    }

    /**
     * Loads the models and the gazetteer, with {@code typer} deciding what each incident is (the trainer reads
     * the rules' candidates through {@link EventTyper#RULES}).
     */
    public static Sitrep load(EventTyper typer) {
        return new Sitrep(PlaceIndex.load(), typer);
    }

    /**
     * A Sitrep for another thread: its own annotator and extractors, sharing this one's gazetteer, event models
     * and CoreNLP's models (which CoreNLP itself keeps once per process and which are safe to share).
     */
    public Sitrep another() {
        return new Sitrep(gazetteer, typer);
    }

    /** The facts of one article. */
    public ArticleFacts process(Article article) {
        return extract(annotate(article));
    }

    /** The first half of {@link #process}: the linguistic annotation. */
    public AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** The second half of {@link #process}: the facts read from the annotation. */
    public ArticleFacts extract(AnnotatedArticle annotated) {
        return extractor.extract(annotated);
    }

    /** The places of given toponym spans of an annotated article, as {@link #extract} would resolve them. */
    public List<Place> placeSpans(AnnotatedArticle annotated, List<Span> toponyms) {
        return extractor.placeSpans(annotated, toponyms);
    }

    /** How the place ranker weighs the candidates of given toponym spans, pass by pass, as {@link #placeSpans} does. */
    public java.util.Map<Span, List<org.sitrep.extract.PlaceRanking>> placeRankings(AnnotatedArticle annotated,
                                                                            List<Span> toponyms) {
        return extractor.placeRankings(annotated, toponyms);
    }
}
