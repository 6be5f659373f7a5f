package org.sitrep.store;

import java.util.Locale;

/**
 * Which stored events to list; every filter is null (or 0) for none, and each is a bound parameter.
 *
 * @param country       ISO 3166-1 alpha-2 code, any case
 * @param admin1        first-level region, whole name, any case
 * @param from          earliest ISO date (inclusive, compared as text, so "2024-08" holds only whole months)
 * @param to            latest ISO date (inclusive)
 * @param type          an ACLED event type or sub-event type, by its label ("Air/drone strike") or its name
 *                      ({@code AIR_DRONE_STRIKE}), any case
 * @param actor         part of either actor's name, any case
 * @param minFatalities at least this many killed (events without a figure count as 0)
 * @param limit         at most this many events, 0 for all
 * @param newestFirst   newest date first (undated last, the latest stored first on one day), else store order
 */
public record EventQuery(String country, String admin1, String from, String to, String type, String actor,
                         int minFatalities, int limit, boolean newestFirst) {
    /** Every event, in store order. */
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, 0, 0, false);

    /** The enum name a type filter stands for: "Air/drone strike" is AIR_DRONE_STRIKE. */
    String typeName() {
        return type == null ? null : type.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }
}
