package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one clause reports about an incident, before the reports of one incident are merged into an event. A
 * working record of the event stage, built by {@link IncidentReader} and read by {@link IncidentMerger} and
 * {@link EventClassifier}.
 */
final class IncidentReport {
    /** Who an actor is, as far as the words tell: a state's forces, an armed group, a crowd, or unknown. */
    enum Side { STATE, ARMED, CROWD, UNKNOWN }

    int sentence;
    int from;
    int to;
    Span evidence;
    final List<Span> triggers = new ArrayList<>();
    final List<EventWords.Kind> triggerKinds = new ArrayList<>();
    final Set<EventWords.Kind> kinds = EnumSet.noneOf(EventWords.Kind.class);
    final Set<EventWords.Weapon> weapons = EnumSet.noneOf(EventWords.Weapon.class);
    Mention weapon;
    Actor actor1;
    Side side1 = Side.UNKNOWN;
    Actor actor2;
    Side side2 = Side.UNKNOWN;
    boolean civilians;
    boolean protestContext;
    boolean protestTarget;
    /** Police acting to control a crowd: their tear gas and shots do not make the incident armed. */
    boolean intervention;
    /** The clause says it happened without fighting ("took the town without a fight"). */
    boolean unopposed;
    /** A trigger is the noun "bombing" ("the Cafeteria Rolando bombing"), which names no aircraft. */
    boolean bombing;
    final List<TollFigure> figures = new ArrayList<>();
    Integer fatalities;
    FatalityQualifier qualifier;
    Integer injured;
    Integer launched;
    Integer intercepted;
    /** The report revises a toll given earlier ("the toll rose to 14"). */
    boolean tollUpdate;
    String date;
    DatePrecision precision;
    List<NamedMention> places = List.of();
    Location location;
    /** The report names an incident of its own ("another strike", "a separate attack"). */
    boolean fresh;
    /** The report refers back to an incident already named ("the drone attack", "the strike on Sumy"). */
    boolean definite;
    /** No rule read the clause: the event typer found an incident in it (see {@link EventTyper#typeUnread}). */
    boolean learned;

    boolean casualtyOnly() {
        return kinds.stream().allMatch(EventWords.Kind::casualtyOnly);
    }

    boolean violent() {
        return kinds.stream().anyMatch(EventWords.Kind::violent);
    }

    boolean remote() {
        return kinds.stream().anyMatch(EventWords.Kind::remote) || weapons.contains(EventWords.Weapon.AIR)
                || weapons.contains(EventWords.Weapon.SHELLING);
    }

    boolean ground() {
        return kinds.stream().anyMatch(EventWords.Kind::ground);
    }
}
