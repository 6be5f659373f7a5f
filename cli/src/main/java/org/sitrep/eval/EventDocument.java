package org.sitrep.eval;

import org.sitrep.model.Article;

import java.util.List;
import java.util.Objects;

/**
 * A document of an event corpus laid out as an article body (sentences separated by blank lines), with its gold
 * events pointing into that body.
 *
 * @param id       the corpus's document id
 * @param text     the body
 * @param events   the gold events
 * @param complete whether every event of the document is annotated (WikiEvents) or only one (RAMS), in which case
 *                 only predictions at a gold trigger are judged
 */
public record EventDocument(String id, String text, List<GoldEvent> events, boolean complete) {
    public EventDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
    }

    /** The document as an article, its text as it stands so that the gold offsets hold. */
    public Article toArticle() {
        return Article.of(id, text);
    }
}
