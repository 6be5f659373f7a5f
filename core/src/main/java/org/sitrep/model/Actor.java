package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who takes part in an event or a relation: one of the article's entities ("Russia", E2), a country named only by a
 * nationality ("Russian strike": Russia, with the entity of "Russia" when the article names it too), or a group the
 * article describes without naming it ("students", "civilians").
 *
 * @param name   the entity's canonical name, the country, or the words describing the group
 * @param entity the id of the actor's entity in {@link ArticleFacts#entities()}, or null when it has none
 * @param span   the words naming the actor in the fact's evidence ("Russian", "students"), or null when the actor
 *               is inferred (the speaker of a quote)
 */
public record Actor(String name, String entity, Span span) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor " + entity + " has an empty name");
        }
    }

    /** The id of the actor's entity, or empty when the article names no entity for it. */
    public Optional<String> findEntity() {
        return Optional.ofNullable(entity);
    }
}
