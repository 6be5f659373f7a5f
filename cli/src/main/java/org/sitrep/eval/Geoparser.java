package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.List;

/** What the geoparsing evaluation asks of Sitrep: find and place the toponyms of a text, or place given ones. */
public interface Geoparser {

    /** The toponyms of {@code text}, each placed or not. */
    List<PredictedToponym> parse(String text);

    /**
     * The given toponym spans of {@code text} placed: one prediction per span, with the span's offsets, its
     * coordinates null when it cannot be placed. A span left out counts as unplaced.
     */
    List<PredictedToponym> resolve(String text, List<Span> toponyms);
}
