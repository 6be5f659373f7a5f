package org.sitrep.model;

import java.util.Objects;

/**
 * A number with what it counts: "87 drones", "50,000 troops", "two percent of gross domestic product",
 * "23 of the 32 NATO members".
 *
 * @param span  from the number to the end of its unit
 * @param text  the covered text
 * @param value the number (2 for "two percent", 23 for "23 of the 32 NATO members")
 * @param unit  what is counted, as written ("drones", "percent of gross domestic product", "NATO members"),
 *              or null when the number stands alone
 * @param total the whole that the value is a part of (32 in "23 of the 32 NATO members"), or null
 */
public record Amount(Span span, String text, double value, String unit, Double total) {
    public Amount {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
