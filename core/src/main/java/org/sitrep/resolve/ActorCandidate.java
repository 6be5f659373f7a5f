package org.sitrep.resolve;

import org.sitrep.model.EntityType;

import java.util.Objects;

/**
 * One article's entity, as the actor resolver sees it.
 *
 * @param id   the entity's id in the store (unique across articles)
 * @param name its canonical name in its article ("Mark Rutte")
 * @param type its type
 * @param seat the country a metonymic mention of it stands for ("Russia" for "the Kremlin"), or null
 */
public record ActorCandidate(long id, String name, EntityType type, String seat) {
    public ActorCandidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
