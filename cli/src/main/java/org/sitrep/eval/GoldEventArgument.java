package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.Objects;

/** A gold event argument: its role under {@link KairosMapping} ("attacker", "victim", ...) and its span in the text. */
public record GoldEventArgument(String role, Span span) {
    public GoldEventArgument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
