package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Casualties;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the incidents an article reports, one {@link Event} per incident however many sentences tell it: reads
 * the reports clause by clause ({@link IncidentReader}), groups those of one incident ({@link IncidentMerger}),
 * gives each group ACLED's sub-type or finds it no event ({@link EventTyper}, which reads the rules'
 * judgement of {@link EventClassifier} among its evidence), and gathers its date, place, actors, weapon and
 * toll. A later toll revision ("the toll rose to 14") replaces the earlier figure; otherwise the highest figure
 * stands. An incident without a date of its own takes the article's, with week precision.
 */
public final class EventExtractor {
    private final IncidentReader reader = new IncidentReader();
    private final IncidentMerger merger = new IncidentMerger();
    private final EventClassifier classifier = new EventClassifier();
    private final EventTyper typer;

    /** An extractor whose {@code typer} decides each incident's sub-type, or that it is no event. */
    public EventExtractor(EventTyper typer) {
        this.typer = typer;
    }

    /**
     * The events of {@code doc}, ids {@code V1}, {@code V2}, ... in order of first report; an actor whose name the
     * {@code places} stage read as standing for a government ("the Kremlin", "Moscow said") is its country.
     */
    public List<Event> extract(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts, List<Place> places) {
        LocalDate published = doc.article().published();
        GovernmentActors governments = new GovernmentActors(entities, places);
        List<IncidentReport> reports = withUnread(doc, entities, amounts, reader.read(doc, entities, amounts));
        for (IncidentReport r : reports) {
            r.actor1 = governments.name(r.actor1);
            r.actor2 = governments.name(r.actor2);
        }
        Map<List<IncidentReport>, EventTyper.Typing> typings = new HashMap<>(); // reports compare by identity
        Function<List<IncidentReport>, EventTyper.Typing> typing = incident -> typings.computeIfAbsent(
                List.copyOf(incident), i -> typer.type(IncidentCandidates.of(doc, i, classifier.classify(i))));
        List<List<IncidentReport>> incidents = merger.fold(merger.merge(reports),
                incident -> build("V", incident, typing.apply(incident), published));
        List<Event> events = new ArrayList<>(incidents.size());
        for (List<IncidentReport> incident : incidents) {
            EventTyper.Typing t = typing.apply(incident);
            if (t.subtype() != null) {
                events.add(build("V" + (events.size() + 1), incident, t, published));
            }
        }
        return events;
    }

    /** The reports, with those the typer finds in sentences where the rules found none, in body order. */
    private List<IncidentReport> withUnread(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts,
                                            List<IncidentReport> reports) {
        BitSet read = new BitSet();
        reports.forEach(r -> read.set(r.sentence));
        List<IncidentReport> out = new ArrayList<>(reports);
        for (int s = read.nextClearBit(0); s < doc.sentences().size(); s = read.nextClearBit(s + 1)) {
            EventTyper.Typing t = typer.typeUnread(IncidentCandidates.ofSentence(doc, s));
            if (t.subtype() != null) {
                out.add(reader.learned(doc, entities, amounts, s, IncidentCandidates.cueToken(doc, s, t.cue())));
            }
        }
        if (out.size() > reports.size()) {
            out.sort(java.util.Comparator.comparingInt((IncidentReport r) -> r.from));
        }
        return out;
    }

    /**
     * The event of an incident's reports. While incidents are folded, a candidate the typer judges no event is
     * built with the rules' sub-type; it is dropped after folding.
     */
    private Event build(String id, List<IncidentReport> incident, EventTyper.Typing typing, LocalDate published) {
        Casualties casualties = toll(incident);
        EventSubtype subtype = typing.subtype() != null ? typing.subtype() : classifier.classify(incident).subtype();
        if (subtype == EventSubtype.DISRUPTED_WEAPONS_USE && gotThrough(casualties)) {
            // some weapons struck ("87 drones ... 51 were shot down", or people were killed): not disrupted
            EventSubtype rule = classifier.classify(incident).subtype();
            subtype = rule != EventSubtype.DISRUPTED_WEAPONS_USE ? rule : subtype;
        }

        String date = null;
        DatePrecision precision = null;
        for (IncidentReport r : incident) {
            if (r.date != null && (date == null || r.precision.ordinal() < precision.ordinal())) {
                date = r.date;
                precision = r.precision;
            }
        }
        if (date == null && published != null) {
            date = published.toString();
            precision = DatePrecision.WEEK;
        }

        Location location = locate(incident);

        Actor actor1 = null;
        Actor actor2 = null;
        Mention weapon = null;
        boolean civilians = false;
        for (IncidentReport r : incident) {
            if (!r.intervention) {
                actor1 = actor1 == null ? r.actor1 : actor1;
                actor2 = actor2 == null ? r.actor2 : actor2;
            }
            if (r.weapon != null && (weapon == null || specific(r.weapon) && !specific(weapon))) {
                weapon = r.weapon;
            }
            civilians |= r.civilians;
        }
        if (actor2 == null && civilians) {
            actor2 = new Actor("Civilians", null, null);
        }
        EventType type = subtype.type();
        boolean civilianTargeting = subtype == EventSubtype.ATTACK || subtype == EventSubtype.SEXUAL_VIOLENCE
                || subtype == EventSubtype.ABDUCTION_FORCED_DISAPPEARANCE
                || (civilians && type == EventType.EXPLOSIONS_REMOTE_VIOLENCE);


        List<TollFigure> figures = new ArrayList<>();
        incident.forEach(r -> figures.addAll(r.figures));
        figures.sort(java.util.Comparator.comparing(TollFigure::span));
        List<EventMention> mentions = new ArrayList<>();
        for (IncidentReport r : incident) {
            mentions.add(new EventMention(r.evidence, r.triggers, r.intervention ? null : r.actor1,
                    r.intervention ? null : r.actor2, r.location, r.weapon));
        }
        mentions.sort(java.util.Comparator.comparing(EventMention::evidence));
        return new Event(id, subtype, date, precision, location, actor1, actor2, weapon, casualties,
                civilianTargeting, figures, mentions, Math.round(typing.confidence() * 100) / 100.0);
    }

    /**
     * The most specific place the reports name: a report naming both the place told so far and another ("in Sumy
     * ... in the town of Glukhiv") narrows it down, the wider place becoming the region.
     */
    private static Location locate(List<IncidentReport> incident) {
        Location location = null;
        for (IncidentReport r : incident) {
            Location l = r.location;
            if (l == null) {
                continue;
            }
            if (location == null || (location.name() == null && l.name() != null)) {
                location = l;
            } else if (l.name() != null && !l.name().equals(location.name()) && names(r, location.name())) {
                String admin1 = l.admin1() != null ? l.admin1() : location.admin1() != null ? location.admin1()
                        : location.name();
                location = new Location(l.span(), l.text(), l.name(), l.country(), admin1, l.lat(), l.lon());
            }
        }
        return location;
    }

    private static boolean names(IncidentReport r, String place) {
        return r.places.stream().anyMatch(m -> EntityGrouper.display(m.text()).equals(place));
    }

    private static boolean specific(Mention weapon) {
        EventWords.Weapon w = EventWords.WEAPONS.get(weapon.text().toLowerCase(java.util.Locale.ROOT));
        return w != null && w != EventWords.Weapon.FIREARM && w != EventWords.Weapon.BOMB;
    }

    /** Whether some of the weapons struck: fewer intercepted than launched, or people killed. */
    private static boolean gotThrough(Casualties c) {
        return c.launched() != null && c.intercepted() != null && c.launched() > c.intercepted()
                || c.fatalities() != null && c.fatalities() > 0;
    }

    /** The incident's toll: a later revision replaces a figure, otherwise the highest figure stands. */
    private static Casualties toll(List<IncidentReport> incident) {
        Integer fatalities = null;
        FatalityQualifier qualifier = null;
        Integer injured = null;
        Integer launched = null;
        Integer intercepted = null;
        for (IncidentReport r : incident) {
            if (r.fatalities != null && (fatalities == null || r.tollUpdate || r.fatalities > fatalities)) {
                fatalities = r.fatalities;
                qualifier = r.qualifier;
            }
            if (r.injured != null && (injured == null || r.injured > injured)) {
                injured = r.injured;
            }
            if (launched == null && r.launched != null) {
                launched = r.launched;
            }
            if (intercepted == null && r.intercepted != null) {
                intercepted = r.intercepted;
            }
        }
        if (launched != null && intercepted != null && intercepted > launched) {
            intercepted = null;
        }
        return new Casualties(fatalities, qualifier, injured, launched, intercepted);
    }
}
