package org.sitrep.resolve;

import org.sitrep.model.FatalityQualifier;

/**
 * One report's figure for an incident's toll.
 *
 * @param reported  the ISO date the report was published (null when unknown, read as the earliest)
 * @param figure    the number of people it gives, or null when it gives none
 * @param qualifier how the figure is qualified, or null
 */
public record TollClaim(String reported, Integer figure, FatalityQualifier qualifier) {
}
