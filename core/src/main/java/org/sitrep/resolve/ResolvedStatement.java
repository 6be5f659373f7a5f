package org.sitrep.resolve;

import java.util.List;

/**
 * One statement carried by one or more articles.
 *
 * @param key     its normalised text
 * @param text    the text to show: the first member's (lowest id)
 * @param members the store ids of the quotes that carry it, ascending
 */
public record ResolvedStatement(String key, String text, List<Long> members) {
    public ResolvedStatement {
        members = List.copyOf(members);
    }
}
