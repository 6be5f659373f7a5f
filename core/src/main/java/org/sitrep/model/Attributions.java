package org.sitrep.model;

import java.util.List;

/**
 * What the quote finder found in one article: the statements in body order, and what was wrong with the text
 * without stopping it (an opening quotation mark never closed).
 */
public record Attributions(List<Attribution> attributions, List<Problem> problems) {
    public Attributions {
        attributions = List.copyOf(attributions);
        problems = List.copyOf(problems);
    }
}
