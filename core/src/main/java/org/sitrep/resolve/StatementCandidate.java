package org.sitrep.resolve;

import java.util.Objects;

/**
 * One article's quote, as the statement resolver sees it.
 *
 * @param id   the quote's id in the store
 * @param text the quote as written, quotation marks included
 */
public record StatementCandidate(long id, String text) {
    public StatementCandidate {
        Objects.requireNonNull(text, "text");
    }
}
