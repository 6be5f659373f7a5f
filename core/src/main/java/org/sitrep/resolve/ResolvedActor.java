package org.sitrep.resolve;

import org.sitrep.model.EntityType;

import java.util.List;

/**
 * One real actor across articles.
 *
 * @param key     the stable key that identifies it ({@code PERSON|mark rutte})
 * @param name    the name to show: the most frequent full name of its entities
 * @param type    its type
 * @param members the store ids of the entities that name it, ascending
 */
public record ResolvedActor(String key, String name, EntityType type, List<Long> members) {
    public ResolvedActor {
        members = List.copyOf(members);
    }
}
