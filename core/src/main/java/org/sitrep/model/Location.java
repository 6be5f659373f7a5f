package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened, as the article names it ("the town of Glukhiv"). Until places are resolved against a
 * gazetteer, {@code name} is the name as written and the country, region and coordinates are null.
 *
 * @param span    the words naming the place
 * @param text    the covered text
 * @param name    the place's name ("Glukhiv"), or null for an unnamed place ("the border region")
 * @param country ISO 3166-1 alpha-2 code, or null when unresolved
 * @param admin1  first-level administrative division ("Sumy" for an oblast named in the article), or null
 * @param lat     latitude in degrees, or null when unresolved
 * @param lon     longitude in degrees, or null when unresolved
 */
public record Location(Span span, String text, String name, String country, String admin1, Double lat, Double lon) {
    public Location {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("location text '" + text + "' has length " + text.length()
                    + " but its span " + span + " has length " + span.length());
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("location '" + text + "' has only one of lat " + lat + " and lon " + lon);
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("location '" + text + "' has coordinates out of range: " + lat + ", " + lon);
        }
    }
}
