package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.ArticleFacts;

/** Runs every extractor over an annotated article and gathers their facts into one record. */
public final class ArticleExtractor {
    private final EntityGrouper entities = new EntityGrouper();
    private final AmountFinder amounts = new AmountFinder();

    public ArticleFacts extract(AnnotatedArticle doc) {
        return new ArticleFacts(doc.article(), entities.group(doc), doc.times(), amounts.find(doc));
    }
}
