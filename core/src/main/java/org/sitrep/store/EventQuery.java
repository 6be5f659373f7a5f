package org.sitrep.store;

import java.util.Locale;

/**
 * Which stored incidents to list; every filter is null (or 0) for none, and each is a bound parameter. Start
 * from {@link #ALL} or {@link #NEWEST} and narrow it with the {@code with} methods.
 *
 * @param country       ISO 3166-1 alpha-2 code, any case
 * @param admin1        first-level region, whole name, any case
 * @param from          earliest ISO date (inclusive, compared as text, so "2024-08" holds only whole months)
 * @param to            latest ISO date (inclusive)
 * @param type          an ACLED event type or sub-event type, by its label ("Air/drone strike") or its name
 *                      ({@code AIR_DRONE_STRIKE}), any case
 * @param subtype       an ACLED sub-event type only (label or name, any case)
 * @param actor         part of either actor's name, any case
 * @param text          words that an article reporting the incident holds (the full-text index's query)
 * @param box           the area its coordinates lie in (incidents without coordinates are left out)
 * @param minFatalities at least this many killed (events without a figure count as 0)
 * @param limit         at most this many events, 0 for all
 * @param newestFirst   newest date first (undated last, the latest stored first on one day), else store order
 * @param after         only the incidents that come after this one in the query's order, or null from the start
 */
public record EventQuery(String country, String admin1, String from, String to, String type, String subtype,
                         String actor, String text, Box box, int minFatalities, int limit, boolean newestFirst,
                         Cursor after) {
    /** Every event, in store order. */
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null, 0, 0,
            false, null);
    /** Every event, newest first. */
    public static final EventQuery NEWEST = ALL.withNewestFirst(true);

    /**
     * An area bounded by latitudes and longitudes (west may exceed east: the box then crosses the 180th meridian).
     */
    public record Box(double south, double west, double north, double east) {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north) || !(west >= -180 && east <= 180)) {
                throw new IllegalArgumentException("not a box of latitudes -90..90 (south to north) and longitudes"
                        + " -180..180: " + south + "," + west + "," + north + "," + east);
            }
        }
    }

    /** Where a page of incidents ended: the last incident's date (null when undated) and id. */
    public record Cursor(String date, long id) {
    }

    public EventQuery withCountry(String v) {
        return new EventQuery(v, admin1, from, to, type, subtype, actor, text, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withAdmin1(String v) {
        return new EventQuery(country, v, from, to, type, subtype, actor, text, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withDates(String earliest, String latest) {
        return new EventQuery(country, admin1, earliest, latest, type, subtype, actor, text, box, minFatalities, limit,
                newestFirst, after);
    }

    public EventQuery withType(String v) {
        return new EventQuery(country, admin1, from, to, v, subtype, actor, text, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withSubtype(String v) {
        return new EventQuery(country, admin1, from, to, type, v, actor, text, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(country, admin1, from, to, type, subtype, v, text, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withText(String v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, v, box, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withBox(Box v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, text, v, minFatalities, limit, newestFirst, after);
    }

    public EventQuery withMinFatalities(int v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, text, box, v, limit, newestFirst, after);
    }

    public EventQuery withLimit(int v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, text, box, minFatalities, v, newestFirst, after);
    }

    public EventQuery withNewestFirst(boolean v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, text, box, minFatalities, limit, v, after);
    }

    public EventQuery withAfter(Cursor v) {
        return new EventQuery(country, admin1, from, to, type, subtype, actor, text, box, minFatalities, limit, newestFirst, v);
    }

    /** The enum name a type filter stands for: "Air/drone strike" is AIR_DRONE_STRIKE. */
    static String enumName(String label) {
        return label == null ? null : label.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }
}
