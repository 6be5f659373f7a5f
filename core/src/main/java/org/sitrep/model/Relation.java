package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one actor stands to another, as the article reports it: Russia supplies North Korea missile technology.
 *
 * @param subject   who acts
 * @param predicate what the subject does to the object
 * @param object    to whom, or null when the article names no one (a decree)
 * @param what      what is supplied, permitted, decreed or alleged, as written ("missile technology"), or null
 * @param date      ISO date of the relation's own time expression, or null
 * @param trigger   the word stating the relation ("sent", "permission", "accused")
 * @param evidence  the sentences stating it
 * @param claimedBy who claims it when the article reports it as someone's statement, or null when the article
 *                  states it in its own voice
 */
public record Relation(Actor subject, RelationPredicate predicate, Actor object, String what, String date,
                       Span trigger, List<Span> evidence, Actor claimedBy) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(trigger, "trigger");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException(predicate.label() + " relation of " + subject.name() + " at " + trigger
                    + " has no evidence");
        }
    }

    /** Who claims it, or empty when the article states it in its own voice. */
    public Optional<Actor> findClaimedBy() {
        return Optional.ofNullable(claimedBy);
    }
}
