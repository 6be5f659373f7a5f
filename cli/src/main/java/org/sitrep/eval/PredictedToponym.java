package org.sitrep.eval;

import org.sitrep.model.Span;

/**
 * A toponym a geoparser found (or was given) and where it placed it; the coordinates are null when it found the
 * name but could not place it, as in {@code org.sitrep.model.Place}.
 *
 * @param start offset of the first char in the document text
 * @param end   offset after the last char
 * @param lat   latitude in degrees, or null
 * @param lon   longitude in degrees, or null
 * @param label what the geoparser took it for ("Paris, city, US.TX"), for error listings; may be null
 */
public record PredictedToponym(int start, int end, Double lat, Double lon, String label) {

    public PredictedToponym(int start, int end, Double lat, Double lon) {
        this(start, end, lat, lon, null);
    }

    public PredictedToponym {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad predicted toponym offsets " + start + "-" + end);
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("predicted toponym at " + start + "-" + end
                    + " has only one of latitude and longitude (" + lat + ", " + lon + ")");
        }
        if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            throw new IllegalArgumentException("predicted toponym at " + start + "-" + end
                    + " has coordinates off the globe (" + lat + ", " + lon + ")");
        }
    }

    /** A found name the geoparser could not place. */
    public static PredictedToponym unplaced(Span span) {
        return new PredictedToponym(span.start(), span.end(), null, null);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean hasCoordinates() {
        return lat != null;
    }
}
