package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.sitrep.store.IncidentTally;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionChangesTest {
    private static IncidentTally t(String date, String admin1, long incidents, long killed) {
        return new IncidentTally(date, "Battles", "Armed clash", "SD", admin1, incidents, killed);
    }

    @Test
    void aRegionThatFlaresAboveItsFourWeeksComesFirst() {
        List<IncidentTally> tallies = List.of(
                // Khartoum: 2 a week for four weeks, then 2 again: no change
                t("2025-01-02", "Khartoum", 2, 1), t("2025-01-09", "Khartoum", 2, 1), t("2025-01-16", "Khartoum", 2, 1),
                t("2025-01-23", "Khartoum", 2, 1), t("2025-01-30", "Khartoum", 2, 1),
                // North Darfur: quiet, then 9 incidents and 40 killed in the last week
                t("2025-01-05", "North Darfur", 1, 0), t("2025-01-29", "North Darfur", 9, 40),
                // Kassala: 4 a week before (three weeks of four), 4 in the last week
                t("2025-01-04", "Kassala", 4, 2), t("2025-01-11", "Kassala", 4, 2), t("2025-01-18", "Kassala", 4, 2),
                t("2025-01-25", "Kassala", 4, 2),
                // outside the five weeks: not counted
                t("2024-11-01", "Kassala", 100, 100), t(null, "Kassala", 50, 50));
        RegionChanges.Changes c = RegionChanges.of(tallies, null);
        assertEquals("2025-01-24", c.weekStart().toString());
        assertEquals("2025-01-30", c.weekEnd().toString());
        RegionChanges.Change first = c.regions().get(0);
        assertEquals("North Darfur", first.admin1());
        assertEquals(9, first.incidents());
        assertEquals(0.25, first.baselineIncidents());
        RegionChanges.Change kassala = c.regions().stream().filter(r -> r.admin1().equals("Kassala")).findFirst().orElseThrow();
        // the 2025-01-25 tally falls in the last week
        assertEquals(4, kassala.incidents());
        assertEquals(3.0, kassala.baselineIncidents());
        RegionChanges.Change khartoum = c.regions().get(c.regions().size() - 1);
        assertEquals("Khartoum", khartoum.admin1());
        assertEquals(0.0, khartoum.incidentScore(), 1e-9);
        assertEquals(0.5, kassala.incidentScore(), 1e-9, "(4 - 3) / sqrt(3 + 1)");
    }

    @Test
    void theWeekEndsAtTheGivenDayAndNoDateGivesNoChanges() {
        List<IncidentTally> tallies = List.of(t("2025-01-03", "Khartoum", 2, 1), t("2025-03-01", "Khartoum", 5, 0));
        assertEquals("2025-01-04", RegionChanges.of(tallies, "2025-01-04").weekEnd().toString());
        assertEquals(List.of(), RegionChanges.of(List.of(t(null, "Kassala", 1, 1)), null).regions());
    }
}
