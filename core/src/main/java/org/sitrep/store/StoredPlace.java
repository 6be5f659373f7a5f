package org.sitrep.store;

/**
 * A place fact with coordinates, as the store keeps it.
 *
 * @param articleId the article it was read in
 * @param text      the words in the article
 * @param name      the place's name
 * @param kind      city, town, region, country, continent or other
 * @param country   ISO 3166-1 alpha-2 code, or null
 * @param admin1    first-level region, or null
 * @param lat       latitude
 * @param lon       longitude
 * @param start     span start in the article's text
 * @param end       span end (exclusive)
 */
public record StoredPlace(long articleId, String text, String name, String kind, String country, String admin1,
                          double lat, double lon, int start, int end) {
}
