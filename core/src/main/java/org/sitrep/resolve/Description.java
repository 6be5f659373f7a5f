package org.sitrep.resolve;

import org.sitrep.model.Span;

/**
 * A description noun phrase set beside a person's name in an article ("NATO chief" in "NATO chief Mark Rutte",
 * "the NATO chief" in "Mark Rutte, the NATO chief,"), which names that person where the article, or another,
 * uses it alone.
 *
 * @param entity the article-local id of the person's entity
 * @param span   where the description stands in the article's text
 * @param text   the description as written, without a leading article
 */
public record Description(String entity, Span span, String text) {
    /** The key descriptions and speaker names are compared by: folded as actor names are. */
    public String key() {
        return ActorResolver.fold(text);
    }
}
