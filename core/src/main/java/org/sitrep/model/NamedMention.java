package org.sitrep.model;

/** A name found by the recogniser, before mentions of one actor are grouped into an {@link Entity}. */
public record NamedMention(Span span, String text, EntityType type, int firstToken, int endToken) {
}
