package org.sitrep.store;

/**
 * How many incidents of one sub-type one day in one region, and how many were killed in them.
 *
 * @param date       the day (or the partial date the incidents have), or null for undated incidents
 * @param type       ACLED's event type
 * @param subtype    ACLED's sub-event type
 * @param country    ISO 3166-1 alpha-2 code, or null
 * @param admin1     first-level region, or null
 * @param incidents  how many incidents
 * @param fatalities how many killed in them (incidents without a figure count 0)
 */
public record IncidentTally(String date, String type, String subtype, String country, String admin1,
                            long incidents, long fatalities) {
}
