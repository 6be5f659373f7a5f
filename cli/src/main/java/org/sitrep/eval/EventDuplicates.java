package org.sitrep.eval;

import org.sitrep.model.Event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A measure of "one record per incident": the events of an article that repeat an earlier event's sub-type, date
 * and place (the place's gazetteer name when it has one, else its words; no place matches no place).
 */
public final class EventDuplicates {

    private EventDuplicates() {
    }

    /** The events of {@code events} that repeat an earlier one's sub-type, date and place. */
    public static int count(List<Event> events) {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Event e : events) {
            String place = e.findLocation()
                    .map(l -> l.name() != null ? l.name() : l.text().toLowerCase(Locale.ROOT))
                    .orElse("");
            if (!seen.add(e.subtype() + "|" + e.date() + "|" + place)) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
