package org.sitrep.store;

/**
 * An event as the store keeps it, with its article's source, for listing and export.
 *
 * @param id         the event's row id
 * @param articleId  the article it was read in
 * @param localId    its id in the article ({@code V1})
 * @param type       ACLED's event type ("Explosions/Remote violence")
 * @param subtype    ACLED's sub-event type ("Air/drone strike")
 * @param date       ISO date (possibly only a month or a year), or null
 * @param country    ISO 3166-1 alpha-2 code, or null
 * @param admin1     first-level region, or null
 * @param location   the place's name, else the words naming it, or null
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param actor1     who did it, or null
 * @param actor2     whom it was done to, or null
 * @param weapon     the word naming the weapon, or null
 * @param fatalities people killed, or null when the article gives no figure
 * @param qualifier  how the figure is qualified ("at least"), or null
 * @param confidence how sure Sitrep is of the event, in [0, 1]
 * @param notes      the text of the clauses reporting it, in body order, joined by spaces
 * @param source     the article's source (file or feed name)
 * @param url        the article's URL, or null
 */
public record StoredEvent(long id, long articleId, String localId, String type, String subtype, String date,
                          String country, String admin1, String location, Double lat, Double lon, String actor1,
                          String actor2, String weapon, Integer fatalities, String qualifier, double confidence,
                          String notes, String source, String url) {
}
