package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Sitrep extracted from one article: the article itself and the facts that point into its body.
 * This is the record Sitrep writes out, one per article.
 */
public record ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times,
                           List<Amount> amounts) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        amounts = List.copyOf(amounts);
    }
}
