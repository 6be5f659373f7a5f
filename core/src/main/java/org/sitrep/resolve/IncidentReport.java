package org.sitrep.resolve;

import org.sitrep.model.EventType;

/**
 * One article's report of an event, as incident fusion compares reports: what happened, when, where and between
 * whom. Absent values are null (an undated report, a place without coordinates, an unnamed actor).
 *
 * @param id        the report's id (the stored event's row id)
 * @param articleId the article it was read in
 * @param type      ACLED's event type
 * @param date      ISO date; only a whole day ({@code YYYY-MM-DD}) can fuse
 * @param country   ISO 3166-1 alpha-2 code
 * @param admin1    first-level region
 * @param lat       latitude
 * @param lon       longitude
 * @param actor1    who did it, as written
 * @param actor2    whom it was done to, as written
 */
public record IncidentReport(long id, long articleId, EventType type, String date, String country, String admin1,
                             Double lat, Double lon, String actor1, String actor2) {
    public IncidentReport {
        if (type == null) {
            throw new IllegalArgumentException("report " + id + " has no event type");
        }
    }
}
