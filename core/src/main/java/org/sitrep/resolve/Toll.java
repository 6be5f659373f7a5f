package org.sitrep.resolve;

import org.sitrep.model.FatalityQualifier;

/**
 * An incident's consolidated toll with the range its reports give, so that a disagreement stays visible.
 *
 * @param figure    the consolidated figure (see {@link TollRule}), or null when no report gives one
 * @param qualifier the qualifier of the report that gave it, or null
 * @param low       the lowest figure any report gives, or null
 * @param high      the highest figure any report gives, or null
 */
public record Toll(Integer figure, FatalityQualifier qualifier, Integer low, Integer high) {
    /** No report gives a figure. */
    public static final Toll NONE = new Toll(null, null, null, null);

    /** Whether the reports give different figures. */
    public boolean disputed() {
        return low != null && !low.equals(high);
    }
}
