package org.sitrep.eval;

import java.util.Objects;

/**
 * An entity read from a sentence's tags: its tokens {@code [start, end)} (0-based, half-open) and its type
 * ({@code PER}, {@code LOC}, ...).
 */
public record EntityChunk(int start, int end, String type) {
    public EntityChunk {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("entity token range [" + start + ", " + end + ") is empty or negative");
        }
    }
}
