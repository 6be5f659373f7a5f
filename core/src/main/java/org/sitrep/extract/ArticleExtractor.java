package org.sitrep.extract;

import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Attributions;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.places.PlaceIndex;

import java.util.List;

/** Runs every extractor over an annotated article and gathers their facts into one record. */
public final class ArticleExtractor {
    private final EntityGrouper entities = new EntityGrouper();
    private final AmountFinder amounts = new AmountFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final SpeakerResolver speakers = new SpeakerResolver();
    private final EventExtractor events;
    private final EventPlacer placer = new EventPlacer();
    private final RelationFinder relations = new RelationFinder();
    private final PlaceResolver places;

    /**
     * The extractors, with the gazetteer that places are resolved against and the typer that decides what each
     * incident is.
     */
    public ArticleExtractor(PlaceIndex gazetteer, EventTyper typer) {
        this.places = new PlaceResolver(gazetteer);
        this.events = new EventExtractor(typer);
    }

    public ArticleFacts extract(AnnotatedArticle doc) {
        List<Entity> grouped = entities.group(doc);
        Attributions statements = quotes.find(doc);
        List<Amount> found = amounts.find(doc);
        List<Quote> resolved = speakers.resolve(doc, grouped, statements);
        List<Place> placed = places.resolve(doc, grouped);
        List<Event> incidents = placer.place(events.extract(doc, grouped, found, placed), placed);
        return new ArticleFacts(doc.article(), grouped, doc.times(), found, resolved, placed, incidents,
                relations.find(doc, grouped, placed, resolved, incidents),
                statements.problems());
    }

    /** The places of given toponym spans (gold data's), resolved as in {@link #extract}. */
    public List<Place> placeSpans(AnnotatedArticle doc, List<Span> toponyms) {
        return places.resolveSpans(doc, toponyms);
    }

    /** How the place ranker weighs the candidates of given toponym spans (for training it). */
    public java.util.Map<Span, List<PlaceRanking>> placeRankings(AnnotatedArticle doc, List<Span> toponyms) {
        return places.rankSpans(doc, toponyms);
    }
}
