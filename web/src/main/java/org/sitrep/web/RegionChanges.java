package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.IncidentTally;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ACLED's hotspot idea: the regions (country and first-level region) whose incidents or fatalities in one week
 * depart from their weekly mean over the four weeks before it. The departure is measured as a Poisson score,
 * (this week − mean) / √(mean + 1), so that one incident more in a quiet region and twenty more in a busy one
 * are weighed alike; regions are listed from the largest departure, up or down.
 */
final class RegionChanges {
    /** One region's week against its previous four. */
    record Change(String country, String admin1, long incidents, double baselineIncidents, long fatalities,
                  double baselineFatalities, double incidentScore, double fatalityScore) {
        double score() {
            return Math.max(Math.abs(incidentScore), Math.abs(fatalityScore));
        }
    }

    /** The changes, with the week they are of. */
    record Changes(LocalDate weekStart, LocalDate weekEnd, List<Change> regions) {
    }

    private RegionChanges() {
    }

    /** The changes in the week ending on {@code end} (a whole ISO date), else on the newest whole date tallied. */
    static Changes of(List<IncidentTally> tallies, String end) {
        LocalDate last = day(end);
        if (last == null) {
            for (IncidentTally t : tallies) {
                LocalDate d = day(t.date());
                if (d != null && (last == null || d.isAfter(last))) {
                    last = d;
                }
            }
        }
        if (last == null) {
            return new Changes(null, null, List.of());
        }
        LocalDate weekStart = last.minusDays(6);
        LocalDate baseStart = weekStart.minusDays(28);
        Map<List<String>, long[]> counts = new LinkedHashMap<>(); // this week's incidents, fatalities; before's
        for (IncidentTally t : tallies) {
            LocalDate d = day(t.date());
            if (d == null || d.isBefore(baseStart) || d.isAfter(last)) {
                continue;
            }
            long[] n = counts.computeIfAbsent(java.util.Arrays.asList(t.country(), t.admin1()), k -> new long[4]);
            int at = d.isBefore(weekStart) ? 2 : 0;
            n[at] += t.incidents();
            n[at + 1] += t.fatalities();
        }
        List<Change> changes = new ArrayList<>();
        counts.forEach((region, n) -> {
            double baseIncidents = n[2] / 4.0;
            double baseFatalities = n[3] / 4.0;
            changes.add(new Change(region.get(0), region.get(1), n[0], baseIncidents, n[1], baseFatalities,
                    score(n[0], baseIncidents), score(n[1], baseFatalities)));
        });
        changes.sort(Comparator.comparingDouble(Change::score).reversed()
                .thenComparing(c -> String.valueOf(c.country())).thenComparing(c -> String.valueOf(c.admin1())));
        return new Changes(weekStart, last, changes);
    }

    private static double score(long week, double mean) {
        return (week - mean) / Math.sqrt(mean + 1);
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static ObjectNode json(ObjectMapper mapper, Changes changes) {
        ObjectNode o = mapper.createObjectNode();
        o.put("week_start", changes.weekStart() == null ? null : changes.weekStart().toString());
        o.put("week_end", changes.weekEnd() == null ? null : changes.weekEnd().toString());
        ArrayNode regions = o.putArray("regions");
        for (Change c : changes.regions()) {
            regions.addObject().put("country", c.country()).put("admin1", c.admin1())
                    .put("incidents", c.incidents()).put("baseline_incidents", c.baselineIncidents())
                    .put("fatalities", c.fatalities()).put("baseline_fatalities", c.baselineFatalities())
                    .put("incident_score", round(c.incidentScore())).put("fatality_score", round(c.fatalityScore()))
                    .put("direction", c.incidentScore() + c.fatalityScore() >= 0 ? "up" : "down");
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
