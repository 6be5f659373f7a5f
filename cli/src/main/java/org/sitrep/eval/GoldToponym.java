package org.sitrep.eval;

import org.sitrep.model.Span;

/**
 * One gold annotation of a geoparsing corpus: where it is in the document text (0-based, half-open {@code char}
 * offsets, as {@link Span}), its surface text as the gold file writes it, its kind, and the place the annotators
 * gave it. The place fields are null when the gold gives none (GeoWebNews leaves them empty on non-toponyms and
 * demonyms, and often gives coordinates without a GeoNames id; LGL has toponyms without a {@code <gaztag>}): they
 * are kept nullable, as in the gold file, rather than wrapped.
 *
 * @param start      offset of the first char
 * @param end        offset after the last char
 * @param name       the surface text the gold file gives ({@code <extractedName>} or {@code <phrase>})
 * @param type       the kind of annotation
 * @param geonamesId the GeoNames id, or null
 * @param lat        latitude in degrees, or null
 * @param lon        longitude in degrees, or null
 */
public record GoldToponym(int start, int end, String name, GoldToponymType type, Long geonamesId, Double lat,
                          Double lon) {

    public GoldToponym {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad toponym offsets " + start + "-" + end + " for '" + name + "'");
        }
        if (name == null || type == null) {
            throw new IllegalArgumentException("toponym at " + start + "-" + end + " needs a name and a type");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("toponym '" + name + "' at " + start + "-" + end
                    + " has only one of latitude and longitude (" + lat + ", " + lon + ")");
        }
        if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            throw new IllegalArgumentException("toponym '" + name + "' at " + start + "-" + end
                    + " has coordinates off the globe (" + lat + ", " + lon + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean hasCoordinates() {
        return lat != null;
    }

    /** Whether this annotation is scored: a toponym (see {@link GoldToponymType}) that has gold coordinates. */
    public boolean scored() {
        return type.toponym() && hasCoordinates();
    }

    /**
     * Whether a prediction on this annotation is neither right nor wrong: a demonym, or a toponym the gold could not
     * place (which a geoparser is right to find but cannot be scored on).
     */
    public boolean ignored() {
        return type.ignored() || (type.toponym() && !hasCoordinates());
    }
}
