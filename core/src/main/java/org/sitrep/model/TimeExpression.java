package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression normalised against the article's date.
 *
 * @param span  where it stands in the body
 * @param text  the covered text
 * @param type  its TIMEX3 type
 * @param value its TIMEX3 value ("2024-11-18", "2024-08", "P1000D", "PRESENT_REF"), or null when it has none
 */
public record TimeExpression(Span span, String text, TimeType type, String value) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
