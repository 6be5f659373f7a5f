package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.Objects;

/**
 * A stretch of the body that names a place, before it is resolved: what to report ({@code span}), what to look up
 * ({@code name}) and what the words around it say about the kind of place.
 *
 * @param span the toponym as reported ("Kursk region", "the border region", "Glukhiv")
 * @param name the words to look up ("Kursk"), inside {@code span}
 * @param cue  what the context says
 */
record Toponym(Span span, Span name, Cue cue) {
    /** What the words around a toponym say about it. */
    enum Cue {
        /** Nothing: a bare name. */
        NAME,
        /** A demonym ("Russian", "North Korean"): it stands for a country. */
        DEMONYM,
        /** A first-level region: "Kursk region", "Donetsk oblast", "the region of Sumy". */
        REGION,
        /** A settlement: "the town of Glukhiv", "the city of Odesa". */
        SETTLEMENT,
        /** "the region", "the border region": the region last named. */
        BACK_REFERENCE
    }

    Toponym {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cue, "cue");
        if (!span.contains(name)) {
            throw new IllegalArgumentException("toponym name " + name + " lies outside its span " + span);
        }
    }
}
