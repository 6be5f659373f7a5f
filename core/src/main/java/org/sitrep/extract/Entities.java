package org.sitrep.extract;

import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

import java.util.List;

/** Lookups in an article's entities that the event and relation readers share. */
final class Entities {

    private Entities() {
    }

    /** The entity with a mention at exactly {@code span}, or null. */
    static Entity at(List<Entity> entities, Span span) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().equals(span)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The id of the entity named {@code name} (compared as {@link EntityGrouper} keys names), or null. */
    static String idNamed(List<Entity> entities, String name) {
        for (Entity e : entities) {
            if (EntityGrouper.key(e.name()).equals(EntityGrouper.key(name))) {
                return e.id();
            }
        }
        return null;
    }
}
