package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Sitrep extracted from one article: the article itself and the facts that point into its body.
 * This is the record Sitrep writes out, one per article.
 *
 * @param places   every toponym, demonym and metonym resolved to a place, in body order
 *
 * @param problems what went wrong during extraction without stopping it (the article's own reading problems
 *                 stay in {@link Article#problems()})
 */
public record ArticleFacts(Article article, List<Entity> entities, List<TimeExpression> times,
                           List<Amount> amounts, List<Quote> quotes, List<Place> places, List<Event> events,
                           List<Relation> relations, List<Problem> problems) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        amounts = List.copyOf(amounts);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        problems = List.copyOf(problems);
        for (Entity e : entities) {
            e.mentions().forEach(m -> article.requireInBody(m.span(), "mention span"));
        }
        times.forEach(t -> article.requireInBody(t.span(), "time span"));
        amounts.forEach(a -> article.requireInBody(a.span(), "amount span"));
        quotes.forEach(q -> article.requireInBody(q.span(), "quote span"));
        places.forEach(p -> article.requireInBody(p.span(), "place span"));
        events.forEach(e -> e.spans().forEach(s -> article.requireInBody(s, "event span")));
        relations.forEach(r -> {
            article.requireInBody(r.trigger(), "relation span");
            r.evidence().forEach(s -> article.requireInBody(s, "relation span"));
        });
    }
}
