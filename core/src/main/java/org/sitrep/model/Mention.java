package org.sitrep.model;

import java.util.Objects;

/** A name as it stands in the body: its span and the covered text. */
public record Mention(Span span, String text) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' has length " + text.length()
                    + " but its span " + span + " has length " + span.length());
        }
    }
}
