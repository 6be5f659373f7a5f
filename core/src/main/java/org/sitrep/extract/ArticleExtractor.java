package org.sitrep.extract;

import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Attributions;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;

import java.util.List;

/** Runs every extractor over an annotated article and gathers their facts into one record. */
public final class ArticleExtractor {
    private final EntityGrouper entities = new EntityGrouper();
    private final AmountFinder amounts = new AmountFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final SpeakerResolver speakers = new SpeakerResolver();
    private final EventExtractor events = new EventExtractor();
    private final RelationFinder relations = new RelationFinder();

    public ArticleFacts extract(AnnotatedArticle doc) {
        List<Entity> grouped = entities.group(doc);
        Attributions statements = quotes.find(doc);
        List<Amount> found = amounts.find(doc);
        List<Quote> resolved = speakers.resolve(doc, grouped, statements);
        return new ArticleFacts(doc.article(), grouped, doc.times(), found, resolved,
                events.extract(doc, grouped, found), relations.find(doc, grouped, resolved), statements.problems());
    }
}
