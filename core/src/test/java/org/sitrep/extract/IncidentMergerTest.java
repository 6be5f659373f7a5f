package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentMergerTest {

    private final IncidentMerger merger = new IncidentMerger();

    private static IncidentReport report(int from) {
        IncidentReport r = new IncidentReport();
        r.from = from;
        r.to = from + 5;
        r.evidence = new Span(from, from + 5);
        return r;
    }

    /** An event as the extractor would read one: sub-type, place, date, doer and deaths. */
    private static Event event(String place, String date, String doer, Integer killed) {
        Location location = place == null ? null : new Location(new Span(0, place.length()), place, place, null, null,
                null, null);
        Casualties toll = killed == null ? Casualties.NONE
                : new Casualties(killed, FatalityQualifier.EXACT, null, null, null);
        return new Event("V", EventSubtype.REMOTE_EXPLOSIVE_LANDMINE_IED, date, date == null ? null
                : DatePrecision.DAY, location, doer == null ? null : new Actor(doer, null, null), null, null, toll,
                false, List.of(), List.of(new EventMention(new Span(0, 1), List.of(new Span(0, 1)), null, null, null,
                null)), 0.5);
    }

    /** Reads a group as the event of its first report. */
    private static Function<List<IncidentReport>, Event> reading(Map<IncidentReport, Event> events) {
        return group -> events.get(group.get(0));
    }

    @Test
    void twoGroupsReadingAsOneIncidentFoldIntoOne() {
        IncidentReport lede = report(0);
        IncidentReport later = report(40);
        List<List<IncidentReport>> folded = merger.fold(List.of(List.of(lede), List.of(later)), reading(Map.of(
                lede, event("Madrid", "1974-09-13", "ETA", 13), later, event("Madrid", "1974-09-13", null, null))));
        assertEquals(List.of(List.of(lede, later)), folded);
    }

    @Test
    void sameDayIncidentsInOtherPlacesOrWithOtherTollsStayApart() {
        IncidentReport a = report(0);
        IncidentReport b = report(20);
        IncidentReport c = report(40);
        List<List<IncidentReport>> folded = merger.fold(List.of(List.of(a), List.of(b), List.of(c)),
                reading(Map.of(a, event("Mogadishu", "2024-11-18", null, 5),
                        b, event("Kismayo", "2024-11-18", null, 5),
                        c, event("Mogadishu", "2024-11-18", null, 3))));
        assertEquals(3, folded.size());
    }

    @Test
    void anotherIncidentIsNeverFolded() {
        IncidentReport a = report(0);
        IncidentReport b = report(20);
        b.fresh = true;
        List<List<IncidentReport>> folded = merger.fold(List.of(List.of(a), List.of(b)),
                reading(Map.of(a, event("Kidal", null, null, null), b, event("Kidal", null, null, null))));
        assertEquals(2, folded.size());
    }

    @Test
    void clashingActorsTellIncidentsApart() {
        assertFalse(IncidentMerger.sameIncident(event("Gao", null, "ISGS", null), event("Gao", null, "JNIM", null)));
        assertTrue(IncidentMerger.sameIncident(event("Gao", null, "ISGS", null), event("Gao", null, "isgs", null)));
        assertTrue(IncidentMerger.sameIncident(event("Gao", null, "ISGS", null), event("Gao", null, null, null)));
    }
}
