package org.sitrep.extract;

import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts events on the map: an event's location, the words the article uses for where it happened ("the town of
 * Glukhiv", "the border region"), takes the name, country, region and coordinates of the place the places stage
 * resolved in those words. A location no place covers, or only a government standing for its country ("Moscow
 * said"), keeps its words and no coordinates.
 */
public final class EventPlacer {

    /** {@code events} with their locations resolved against {@code places}. */
    public List<Event> place(List<Event> events, List<Place> places) {
        List<Event> placed = new ArrayList<>(events.size());
        for (Event e : events) {
            Location l = e.location();
            Place p = l == null ? null : covering(l, places);
            if (p == null) {
                placed.add(e);
                continue;
            }
            Location resolved = new Location(l.span(), l.text(), p.name(), p.country(),
                    p.admin1() != null ? p.admin1() : l.admin1(), p.lat(), p.lon());
            placed.add(new Event(e.id(), e.subtype(), e.date(), e.precision(), resolved, e.actor1(), e.actor2(),
                    e.weapon(), e.casualties(), e.civilianTargeting(), e.figures(), e.mentions(), e.confidence()));
        }
        return placed;
    }

    /** The resolved place the location's words hold most of, or null. */
    private static Place covering(Location l, List<Place> places) {
        Place best = null;
        int most = 0;
        for (Place p : places) {
            if (p.metonymy() || !p.isResolved() || !l.span().overlaps(p.span())) {
                continue;
            }
            int overlap = Math.min(l.span().end(), p.span().end()) - Math.max(l.span().start(), p.span().start());
            if (overlap > most) {
                best = p;
                most = overlap;
            }
        }
        return best;
    }
}
