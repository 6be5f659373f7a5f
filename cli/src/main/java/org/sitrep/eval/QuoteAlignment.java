package org.sitrep.eval;

import org.sitrep.model.Quote;

import java.util.List;
import java.util.Objects;

/**
 * How predicted quotes line up with the gold attributions of one document.
 *
 * @param judged every predicted quote with the gold attribution it overlaps most (or none)
 * @param missed gold attributions no predicted quote overlaps
 * @param score  the counts
 */
public record QuoteAlignment(List<Judged> judged, List<GoldAttribution> missed, QuoteScore score) {
    public QuoteAlignment {
        judged = List.copyOf(judged);
        missed = List.copyOf(missed);
        Objects.requireNonNull(score, "score");
    }

    /**
     * A predicted quote and how it was judged.
     *
     * @param quote   the prediction
     * @param gold    the gold attribution it overlaps most, or null when it overlaps none
     * @param exact   whether it matches some gold content exactly
     * @param speaker whether its speaker is right; null when not judged (no match, or the gold has no source)
     */
    public record Judged(Quote quote, GoldAttribution gold, boolean exact, Boolean speaker) {
    }
}
