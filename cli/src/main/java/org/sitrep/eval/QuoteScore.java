package org.sitrep.eval;

/**
 * Quote scoring figures, for direct and indirect quotes apart and together.
 *
 * @param documents how many documents were scored
 * @param direct    counts over direct quotes (gold: at least half of the content's letters inside quotation marks)
 * @param indirect  counts over the other quotes
 */
public record QuoteScore(int documents, QuoteCounts direct, QuoteCounts indirect) {

    public static final QuoteScore ZERO = new QuoteScore(0, QuoteCounts.ZERO, QuoteCounts.ZERO);

    public QuoteScore {
        if (documents < 0) {
            throw new IllegalArgumentException("negative document count " + documents);
        }
    }

    /** Direct and indirect together. */
    public QuoteCounts overall() {
        return direct.plus(indirect);
    }

    public QuoteScore plus(QuoteScore o) {
        return new QuoteScore(documents + o.documents, direct.plus(o.direct), indirect.plus(o.indirect));
    }
}
