package org.sitrep.cli;

/** How the eval commands print their figures: four decimals. */
final class Figures {
    private Figures() {
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
