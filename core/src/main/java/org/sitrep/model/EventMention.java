package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One clause's account of an incident ("The drone attack killed nine people including a child"): its trigger
 * words and the participants it names itself. An {@link Event} gathers the accounts of one incident.
 *
 * @param evidence the clause
 * @param triggers the words naming the incident in it, in body order
 * @param actor1   who did it, as this clause names them, or null
 * @param actor2   whom it was done to, as this clause names them, or null
 * @param location where, as this clause names it, or null
 * @param weapon   the weapon this clause names, or null
 */
public record EventMention(Span evidence, List<Span> triggers, Actor actor1, Actor actor2, Location location,
                           Mention weapon) {
    public EventMention {
        Objects.requireNonNull(evidence, "evidence");
        triggers = List.copyOf(triggers);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("event mention at " + evidence + " has no trigger");
        }
    }
}
