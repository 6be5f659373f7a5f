package org.sitrep.eval;

/** The two sums every scorer reports: a share that is 0 over nothing, and F1 as the harmonic mean. */
final class Rates {
    private Rates() {
    }

    /** {@code n / d}, or 0 when {@code d} is 0 (nothing to score gives no credit). */
    static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
