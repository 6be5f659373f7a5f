package org.sitrep.resolve;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentMatcherTest {
    private final IncidentMatcher matcher = new IncidentMatcher();

    private static IncidentReport strike(long id, long article, String date, Double lat, Double lon, String actor1) {
        return new IncidentReport(id, article, EventType.EXPLOSIONS_REMOTE_VIOLENCE, date, "UA", "Kharkiv", lat, lon,
                actor1, null);
    }

    @Test
    void reportsOfOneStrikeInTwoArticlesMatch() {
        assertTrue(matcher.same(strike(1, 1, "2025-03-04", 49.98, 36.25, "Russia"),
                strike(2, 2, "2025-03-05", 50.00, 36.30, "Russian forces")));
        assertTrue(matcher.same(strike(1, 1, "2025-03-04", null, null, "Russia"),
                strike(2, 2, "2025-03-04", 49.98, 36.25, null)), "no coordinates: the same region is enough");
    }

    @Test
    void differentDaysPlacesTypesActorsOrOneArticleStayApart() {
        IncidentReport a = strike(1, 1, "2025-03-04", 49.98, 36.25, "Russia");
        assertFalse(matcher.same(a, strike(2, 2, "2025-03-06", 49.98, 36.25, "Russia")), "two days later");
        assertFalse(matcher.same(a, strike(2, 2, "2025-03-04", 49.84, 24.03, "Russia")), "Lviv");
        assertFalse(matcher.same(a, strike(2, 2, "2025-03-04", 49.98, 36.25, "Ukraine")), "another actor");
        assertFalse(matcher.same(a, strike(2, 1, "2025-03-04", 49.98, 36.25, "Russia")), "the same article");
        assertFalse(matcher.same(a, strike(2, 2, "2025-03", 49.98, 36.25, "Russia")), "only a month");
        assertFalse(matcher.same(a, new IncidentReport(2, 2, EventType.BATTLES, "2025-03-04", "UA", "Kharkiv", 49.98,
                36.25, "Russia", null)), "another type");
    }

    @Test
    void aReportJoinsTheClosestIncidentWithoutItsArticle() {
        IncidentReport report = strike(9, 3, "2025-03-04", 49.98, 36.25, null);
        Map<Long, List<IncidentReport>> incidents = new LinkedHashMap<>();
        incidents.put(10L, List.of(strike(1, 1, "2025-03-05", 49.98, 36.25, null)));
        incidents.put(11L, List.of(strike(2, 2, "2025-03-04", 49.99, 36.26, null)));
        incidents.put(12L, List.of(strike(3, 3, "2025-03-04", 49.98, 36.25, null)));
        assertEquals(Optional.of(11L), matcher.match(report, incidents));
        assertEquals(Optional.empty(), matcher.match(report, Map.of(12L, incidents.get(12L))));
    }
}
