package org.sitrep.model;

import java.util.Objects;

/**
 * One figure of a toll as the article states it ("at least nine people" killed, "84" wounded, "87 drones"
 * launched): the evidence for an event's {@link Casualties}, which sum up all of them.
 *
 * @param span      the number and what it counts
 * @param count     what the number counts
 * @param value     the number
 * @param qualifier how it is qualified ("at least")
 */
public record TollFigure(Span span, Count count, int value, FatalityQualifier qualifier) {
    /** What a toll figure counts. */
    public enum Count {
        KILLED, INJURED, LAUNCHED, INTERCEPTED;

        /** The lower-case name written in the output ("killed"). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TollFigure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(qualifier, "qualifier");
        if (value < 0) {
            throw new IllegalArgumentException(count.label() + " figure " + value + " at " + span + " is negative");
        }
    }
}
