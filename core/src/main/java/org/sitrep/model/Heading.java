package org.sitrep.model;

/**
 * A section heading inside an article (such as {@code - Deadly dorm strike -}), kept out of the body.
 *
 * @param text   the heading without its decoration ("Deadly dorm strike")
 * @param offset the body offset where the section it heads begins
 */
public record Heading(String text, int offset) {
    public Heading {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("heading text is empty");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("heading offset " + offset + " is negative");
        }
    }
}
