package org.sitrep.store;

import java.util.List;

/**
 * An incident as the store keeps it: one real event fused from the reports of every article that tells of it,
 * with consolidated values and each report's {@link Claim}. Place, actors and notes come from the first report
 * (the lowest event id) that gives them; the toll follows {@link org.sitrep.resolve.TollRule}.
 *
 * @param id             the incident's id
 * @param type           ACLED's event type ("Explosions/Remote violence")
 * @param subtype        ACLED's sub-event type ("Air/drone strike"), the first report's
 * @param date           the earliest whole-day date the reports give (else the earliest partial one), or null
 * @param country        ISO 3166-1 alpha-2 code, or null
 * @param admin1         first-level region, or null
 * @param location       the place's name, else the words naming it, or null
 * @param lat            latitude, or null
 * @param lon            longitude, or null
 * @param actor1         who did it, or null
 * @param actor2         whom it was done to, or null
 * @param weapon         the word naming the weapon, or null
 * @param fatalities     the consolidated death toll, or null when no report gives a figure
 * @param qualifier      how that figure is qualified ("at least"), or null
 * @param fatalitiesLow  the lowest toll any report gives, or null
 * @param fatalitiesHigh the highest toll any report gives, or null
 * @param injured        the consolidated number injured (same rule), or null
 * @param confidence     how sure Sitrep is of the event, the highest of its reports', in [0, 1]
 * @param notes          the text of the clauses reporting it in the first report, in body order
 * @param claims         every report, in store order
 */
public record StoredEvent(long id, String type, String subtype, String date, String country, String admin1,
                          String location, Double lat, Double lon, String actor1, String actor2, String weapon,
                          Integer fatalities, String qualifier, Integer fatalitiesLow, Integer fatalitiesHigh,
                          Integer injured, double confidence, String notes, List<Claim> claims) {
    public StoredEvent {
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " has no claims");
        }
    }

    /** Whether its reports give different death tolls. */
    public boolean disputed() {
        return fatalitiesLow != null && !fatalitiesLow.equals(fatalitiesHigh);
    }

    /** The sources of its reports, URL where known, joined by "; " (as ACLED's source column lists them). */
    public String sources() {
        return String.join("; ", claims.stream().map(c -> c.url() != null ? c.url() : c.source()).distinct().toList());
    }
}
