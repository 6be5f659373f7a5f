package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.NamedMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups the reports of one incident: a report joins an earlier incident when nothing tells them apart (no
 * "another" or "separate", no other place, no other date, not fighting on the ground against a strike from afar;
 * a later date given to "the attack" is that of the clause naming it, not another incident's)
 * and something ties them (a place they share, "the attack" referring back, a toll without an incident of its own,
 * or the very next sentence). Then, once each group reads as an event, two that tell the same thing are one
 * incident ({@link #fold}): the same sub-type, place and date, actors that do not clash and no figures that
 * differ, and the later not introduced as another incident ("another attack", "a separate strike").
 */
final class IncidentMerger {

    /** The incidents of an article: groups of reports, each in body order, in order of first report. */
    List<List<IncidentReport>> merge(List<IncidentReport> reports) {
        List<List<IncidentReport>> incidents = new ArrayList<>();
        for (IncidentReport r : reports) {
            List<IncidentReport> best = null;
            int bestScore = 0;
            for (int k = incidents.size() - 1; k >= 0; k--) {
                List<IncidentReport> incident = incidents.get(k);
                int score = score(incident, r, k == incidents.size() - 1);
                if (score > 0 && k == 0 && r.definite && incident.get(0).sentence <= 1) {
                    score += 2; // "the attack" in wire copy most often means the lede's incident
                }
                if (score > bestScore) {
                    best = incident;
                    bestScore = score;
                }
            }
            if (best == null) {
                List<IncidentReport> incident = new ArrayList<>();
                incident.add(r);
                incidents.add(incident);
            } else {
                best.add(r);
            }
        }
        return incidents;
    }

    /**
     * The incidents with every later one that reads as the same event as an earlier one folded into it.
     *
     * @param incidents groups from {@link #merge}
     * @param read      the event a group reads as (its sub-type, date, place, actors and toll)
     */
    List<List<IncidentReport>> fold(List<List<IncidentReport>> incidents,
                                    Function<List<IncidentReport>, Event> read) {
        List<List<IncidentReport>> kept = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (List<IncidentReport> incident : incidents) {
            Event e = read.apply(incident);
            int same = -1;
            if (!incident.get(0).fresh) {
                for (int k = 0; k < kept.size() && same < 0; k++) {
                    same = sameIncident(events.get(k), e) ? k : -1;
                }
            }
            if (same < 0) {
                kept.add(new ArrayList<>(incident));
                events.add(e);
            } else {
                List<IncidentReport> joined = kept.get(same);
                joined.addAll(incident);
                joined.sort(Comparator.comparingInt((IncidentReport r) -> r.from));
                events.set(same, read.apply(joined));
            }
        }
        return kept;
    }

    /**
     * Whether two events tell one incident: the same sub-type, date and place (or neither has one), actors that
     * do not clash, and no figure of one that differs from the other's.
     */
    static boolean sameIncident(Event a, Event b) {
        return a.subtype() == b.subtype() && Objects.equals(a.date(), b.date())
                && a.precision() == b.precision() && place(a).equals(place(b))
                && agree(a.actor1(), b.actor1()) && agree(a.actor2(), b.actor2())
                && agree(a.casualties().fatalities(), b.casualties().fatalities())
                && agree(a.casualties().injured(), b.casualties().injured());
    }

    private static String place(Event e) {
        return e.findLocation().map(l -> l.name() != null ? l.name() : l.text().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static boolean agree(Actor a, Actor b) {
        return a == null || b == null || a.name().equalsIgnoreCase(b.name());
    }

    private static boolean agree(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }

    /** How well {@code r} fits {@code incident}: 0 when it cannot be the same incident. */
    private static int score(List<IncidentReport> incident, IncidentReport r, boolean latest) {
        if (r.fresh) {
            return 0;
        }
        boolean violent = incident.stream().anyMatch(IncidentReport::violent);
        if (violent != r.violent() && !(r.protestContext || incident.stream().anyMatch(x -> x.protestContext))) {
            return 0;
        }
        if (r.remote() && !r.casualtyOnly() && incident.stream().allMatch(x -> x.ground() && !x.remote())) {
            return 0;
        }
        if (r.ground() && !r.remote() && incident.stream().allMatch(x -> x.remote() && !x.ground())) {
            return 0;
        }
        if (!datesAgree(incident, r)) {
            return 0;
        }
        Set<String> theirs = names(incident);
        Set<String> mine = names(List.of(r));
        boolean shared = false;
        if (!theirs.isEmpty() && !mine.isEmpty()) {
            Set<String> common = new HashSet<>(theirs);
            common.retainAll(mine);
            if (common.isEmpty()) {
                return 0;
            }
            shared = true;
        }
        int lastSentence = incident.get(incident.size() - 1).sentence;
        int score = 0;
        if (shared) {
            score += 4;
        }
        if (r.definite || r.casualtyOnly()) {
            score += 2;
        }
        if (r.sentence - lastSentence <= 1) {
            score += 2;
        }
        if (score == 0) {
            return 0;
        }
        if (latest) {
            score += 1;
        }
        if (incident.stream().anyMatch(x -> x.weapons.stream().anyMatch(r.weapons::contains))) {
            score += 1;
        }
        return score;
    }

    private static boolean datesAgree(List<IncidentReport> incident, IncidentReport r) {
        if (r.date == null || r.kinds.equals(java.util.EnumSet.of(EventWords.Kind.TOLL))) {
            return true; // a toll revised "by Monday evening" still counts the incident of Sunday
        }
        if (r.definite && laterThanAll(incident, r)) {
            return true; // "the attack" named in a later clause ("on 15 September, issued a statement") is dated by it
        }
        for (IncidentReport x : incident) {
            if (x.date != null && !sameAt(x.date, x.precision, r.date, r.precision)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code r}'s date falls after the dates of the incident's reports, where they have one. */
    private static boolean laterThanAll(List<IncidentReport> incident, IncidentReport r) {
        boolean dated = false;
        for (IncidentReport x : incident) {
            if (x.date != null) {
                int len = Math.min(length(x.precision, x.date), length(r.precision, r.date));
                if (r.date.substring(0, len).compareTo(x.date.substring(0, len)) <= 0) {
                    return false;
                }
                dated = true;
            }
        }
        return dated;
    }

    /** Whether two dates agree at the coarser of their precisions. */
    static boolean sameAt(String a, DatePrecision pa, String b, DatePrecision pb) {
        int len = Math.min(length(pa, a), length(pb, b));
        return a.regionMatches(0, b, 0, len);
    }

    private static int length(DatePrecision p, String date) {
        return switch (p) {
            case DAY -> Math.min(10, date.length());
            case WEEK -> date.contains("W") ? 4 : Math.min(7, date.length());
            case MONTH -> Math.min(7, date.length());
            case YEAR -> 4;
        };
    }

    private static Set<String> names(List<IncidentReport> reports) {
        Set<String> names = new HashSet<>();
        for (IncidentReport r : reports) {
            for (NamedMention m : r.places) {
                names.add(EntityGrouper.key(m.text()));
            }
        }
        return names;
    }
}
