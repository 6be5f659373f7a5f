package org.sitrep.store;

/**
 * An incident as a map shows it.
 *
 * @param id         the incident's id
 * @param lat        latitude
 * @param lon        longitude
 * @param type       ACLED's event type
 * @param subtype    ACLED's sub-event type
 * @param date       its date, or null
 * @param location   the place's name, or null
 * @param fatalities the consolidated death toll, or null
 */
public record IncidentPoint(long id, double lat, double lon, String type, String subtype, String date,
                            String location, Integer fatalities) {
}
