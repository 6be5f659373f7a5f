package org.sitrep.places;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the gazetteer.
 *
 * @param ref        the entry's position in its {@link PlaceIndex}
 * @param kind       what it is
 * @param name       its preferred English name
 * @param country    ISO 3166-1 alpha-2 code, or null for a continent
 * @param admin1     code of its first-level division within the country ("21" for Sumy oblast), or null
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param geonameId  its GeoNames id, or 0 when the data has none
 * @param population people living there (for a region or a country: in its indexed places), 0 when unknown
 * @param capital    whether it is its country's capital
 */
public record IndexedPlace(int ref, FeatureKind kind, String name, String country, String admin1, float lat,
                           float lon, long geonameId, long population, boolean capital) {
    public IndexedPlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (country != null && country.length() != 2) {
            throw new IllegalArgumentException("country code '" + country + "' of " + name + " is not two letters");
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("coordinates " + lat + ", " + lon + " of " + name + " are out of range");
        }
    }

    /** Its GeoNames id, or empty when the data has none. */
    public Optional<Long> findGeonameId() {
        return geonameId == 0 ? Optional.empty() : Optional.of(geonameId);
    }

    /** Great-circle distance to {@code other}, in kilometres. */
    public double kilometresTo(IndexedPlace other) {
        return kilometres(lat, lon, other.lat, other.lon);
    }

    /** Great-circle distance between two points given in degrees, in kilometres (haversine). */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
