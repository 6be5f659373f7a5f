package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quote: the words that name the speaker at the cue ("he", "the ministry", "Kremlin spokesman Dmitry
 * Peskov") and the actor they refer to.
 *
 * @param name   the canonical name of the speaker's entity when there is one ("Mark Rutte" for "he"), otherwise
 *               the fullest description the article uses for it ("foreign ministry" for "the ministry")
 * @param entity the id of the speaker's entity in {@link ArticleFacts#entities()}, or null when the speaker is no
 *               named actor of the article ("sources", "a poll"); see {@link #findEntity()}
 * @param span   where the speaker stands at the cue
 * @param text   the covered text
 */
public record Speaker(String name, String entity, Span span, String text) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker at " + span + " ('" + text + "') has an empty name");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("speaker text '" + text + "' has length " + text.length()
                    + " but its span " + span + " has length " + span.length());
        }
    }

    /** The id of the speaker's entity, or empty when the speaker is no named actor of the article. */
    public Optional<String> findEntity() {
        return Optional.ofNullable(entity);
    }
}
