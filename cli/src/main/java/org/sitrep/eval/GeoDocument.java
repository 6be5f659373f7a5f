package org.sitrep.eval;

import org.sitrep.model.Problem;

import java.util.Comparator;
import java.util.List;

/**
 * One article of a geoparsing corpus: its id in the gold file, its text, and every gold annotation in it (scored
 * or not; see {@link GoldToponym#scored()}), ordered by offset; and what was wrong with the gold but did not stop
 * the article being read (annotations left out because their offsets lie outside the text).
 */
public record GeoDocument(String id, String text, List<GoldToponym> gold, List<Problem> problems) {

    public GeoDocument(String id, String text, List<GoldToponym> gold) {
        this(id, text, gold, List.of());
    }

    public GeoDocument {
        if (id == null || text == null) {
            throw new IllegalArgumentException("a document needs an id and a text");
        }
        for (GoldToponym g : gold) {
            if (g.end() > text.length()) {
                throw new IllegalArgumentException("toponym '" + g.name() + "' end " + g.end()
                        + " is past text length " + text.length() + " (article " + id + ")");
            }
        }
        gold = gold.stream().sorted(Comparator.comparing(GoldToponym::span)).toList();
        problems = List.copyOf(problems);
    }

    /** The gold toponyms a geoparser is scored on. */
    public List<GoldToponym> toponyms() {
        return gold.stream().filter(GoldToponym::scored).toList();
    }

    /** The annotations whose span does not cover the text the gold file gives for them. */
    public List<GoldToponym> offsetMismatches() {
        return gold.stream().filter(g -> !text.substring(g.start(), g.end()).equals(g.name())).toList();
    }
}
