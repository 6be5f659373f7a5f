package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A toponym, demonym or metonym of the article resolved to a place: "Glukhiv" to the town of Hlukhiv in Sumy oblast,
 * "Russian" to Russia, "the Kremlin" (standing for the government) to Russia.
 *
 * @param span     where the toponym stands in the body
 * @param text     the covered text
 * @param name     the place's name in the gazetteer ("Hlukhiv" for "Glukhiv"); for a metonym, the country it stands
 *                 for; for a name the gazetteer does not know, the text
 * @param kind     what kind of place it is ({@link PlaceKind#COUNTRY} for a metonym or a demonym)
 * @param country  ISO 3166-1 alpha-2 code of its country, or null (a continent, an unknown name)
 * @param admin1   the name of its first-level region ("Sumy"), or null
 * @param lat      latitude in degrees, or null when the name is unknown (never a guess); a metonym is placed at
 *                 the seat it names (the Kremlin, Moscow: the capital's coordinates)
 * @param lon      longitude in degrees, null exactly when {@code lat} is
 * @param id       its GeoNames id, or null when the data has none
 * @param metonymy whether the name stands for a government rather than for the place ("Moscow said")
 */
public record Place(Span span, String text, String name, PlaceKind kind, String country, String admin1, Double lat,
                    Double lon, Long id, boolean metonymy) {
    public Place {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("place text '" + text + "' has length " + text.length()
                    + " but its span " + span + " has length " + span.length());
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("place '" + text + "' at " + span + " has lat " + lat + " but lon " + lon);
        }
        if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            throw new IllegalArgumentException("place '" + text + "' at " + span + " has coordinates " + lat + ", "
                    + lon + " out of range");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("place '" + text + "' at " + span + " has country code '" + country
                    + "', not two capital letters");
        }
    }

    /** A name the gazetteer does not know: no coordinates, no country. */
    public static Place unknown(Span span, String text) {
        return new Place(span, text, text, PlaceKind.OTHER, null, null, null, null, null, false);
    }

    /** Whether the place has coordinates. */
    public boolean isResolved() {
        return lat != null;
    }

    /** Its GeoNames id, or empty when the data has none. */
    public Optional<Long> findId() {
        return Optional.ofNullable(id);
    }

    /** The same place found at another span of the body ("the border region" for the region last named). */
    public Place at(Span otherSpan, String otherText) {
        return new Place(otherSpan, otherText, name, kind, country, admin1, lat, lon, id, metonymy);
    }
}
