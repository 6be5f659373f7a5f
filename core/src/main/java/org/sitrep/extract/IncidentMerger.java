package org.sitrep.extract;

import org.sitrep.model.DatePrecision;
import org.sitrep.model.NamedMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups the reports of one incident: a report joins an earlier incident when nothing tells them apart (no
 * "another" or "separate", no other place, no other date, not fighting on the ground against a strike from afar)
 * and something ties them (a place they share, "the attack" referring back, a toll without an incident of its own,
 * or the very next sentence).
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
        for (IncidentReport x : incident) {
            if (x.date != null && !sameAt(x.date, x.precision, r.date, r.precision)) {
                return false;
            }
        }
        return true;
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
