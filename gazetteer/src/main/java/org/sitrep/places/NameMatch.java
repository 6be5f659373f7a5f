package org.sitrep.places;

import java.util.Objects;

/**
 * A gazetteer entry found for a name, and how the name matched it.
 *
 * @param place   the entry
 * @param quality how close the name is to one of the entry's names
 */
public record NameMatch(IndexedPlace place, Quality quality) {
    /** How a name matched an entry, from the closest to the loosest. */
    public enum Quality {
        /** The entry's own name, up to case, accents and punctuation. */
        NAME,
        /** One of its alternate names (another spelling, an older name, a name in another language). */
        ALTERNATE,
        /** A transliteration variant of one of its names (see {@link NameKeys#variant}). */
        VARIANT
    }

    public NameMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(quality, "quality");
    }
}
