package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident: what happened (ACLED's sub-type), when, where, who did it to whom, with what, and its toll. Several
 * sentences about one incident make one event holding all of them as evidence.
 *
 * @param id                article-local id, such as {@code V1}
 * @param subtype           ACLED's sub-type (its type is {@code subtype.type()})
 * @param date              ISO date ("2024-11-19", or "2024-08" when only the month is known), or null when the
 *                          article has no date to give
 * @param precision         how precisely {@code date} is known; null exactly when {@code date} is
 * @param location          where it happened, or null when the article does not say
 * @param actor1            who did it, or null
 * @param actor2            whom it was done to, or null
 * @param weapon            the word naming the weapon ("drone", "missile"), or null
 * @param casualties        killed, injured, launched, intercepted
 * @param civilianTargeting whether the victims are civilians
 * @param figures           the toll figures as the article states them, in body order: the evidence of
 *                          {@code casualties}
 * @param mentions          the clauses reporting it, each with its trigger words and the participants it names,
 *                          in body order
 * @param confidence        how sure Sitrep is of the event and its sub-type, in [0, 1]
 */
public record Event(String id, EventSubtype subtype, String date, DatePrecision precision, Location location,
                    Actor actor1, Actor actor2, Mention weapon, Casualties casualties, boolean civilianTargeting,
                    List<TollFigure> figures, List<EventMention> mentions, double confidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(casualties, "casualties");
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
        if ((date == null) != (precision == null)) {
            throw new IllegalArgumentException("event " + id + " has date " + date + " but precision " + precision);
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("event " + id + " has confidence " + confidence + " outside [0, 1]");
        }
    }

    /** The words naming the incident ("strike", "attack", "killed"), in body order. */
    public List<Span> triggers() {
        return mentions.stream().flatMap(m -> m.triggers().stream()).sorted().distinct().toList();
    }

    /** The clauses reporting it, in body order. */
    public List<Span> evidence() {
        return mentions.stream().map(EventMention::evidence).sorted().distinct().toList();
    }

    /** ACLED's type. */
    public EventType type() {
        return subtype.type();
    }

    /** Where it happened, or empty when the article does not say. */
    public Optional<Location> findLocation() {
        return Optional.ofNullable(location);
    }

    /** Every span the event points to: triggers, evidence, location. */
    public List<Span> spans() {
        List<Span> spans = new java.util.ArrayList<>(triggers());
        spans.addAll(evidence());
        for (EventMention m : mentions) {
            for (Actor a : new Actor[]{m.actor1(), m.actor2()}) {
                if (a != null && a.span() != null) {
                    spans.add(a.span());
                }
            }
            if (m.location() != null) {
                spans.add(m.location().span());
            }
            if (m.weapon() != null) {
                spans.add(m.weapon().span());
            }
        }
        figures.forEach(f -> spans.add(f.span()));
        if (location != null) {
            spans.add(location.span());
        }
        if (weapon != null) {
            spans.add(weapon.span());
        }
        for (Actor a : new Actor[]{actor1, actor2}) {
            if (a != null && a.span() != null) {
                spans.add(a.span());
            }
        }
        return spans;
    }
}
