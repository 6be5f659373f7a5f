package org.sitrep.model;

import java.util.List;

/**
 * One actor of an article with all the mentions that name it ("Mark Rutte", "Rutte").
 *
 * @param id       article-local id, such as {@code E3}
 * @param name     the canonical name: the fullest form used in the article
 * @param type     what kind of entity it is
 * @param mentions every mention, in body order
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " (" + name + ") has no mention");
        }
    }
}
