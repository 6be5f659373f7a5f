package org.sitrep.eval;

import java.util.Objects;

/** One CASE 2021 task 2 snippet: an ACLED-style note with its gold label ("AIR_STRIKE", "ARMED_CLASH", ...). */
public record CaseSnippet(String id, String text, String label) {
    public CaseSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
