package org.sitrep.eval;

import java.util.List;

/**
 * A geoparsing gold file as read: which of the two common formats it is in, and its articles in file order.
 *
 * @param source    names the file in messages
 * @param format    the gold format
 * @param documents the articles
 */
public record GeoCorpus(String source, Format format, List<GeoDocument> documents) {

    /** The two common gold formats for geoparsing. */
    public enum Format {
        /** GeoWebNews: {@code <article file>}, toponyms with {@code <extractedName>}, {@code <type>}, coordinates. */
        GEOWEBNEWS,
        /** LGL and TR-News: {@code <article docid>}, toponyms with {@code <phrase>} and a {@code <gaztag>}. */
        LGL
    }

    public GeoCorpus {
        documents = List.copyOf(documents);
    }
}
