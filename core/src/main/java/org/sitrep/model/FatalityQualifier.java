package org.sitrep.model;

/** How a death toll is qualified: "nine people" (exact), "at least nine", "about nine", "up to nine". */
public enum FatalityQualifier {
    EXACT("exact"), AT_LEAST("at least"), ABOUT("about"), UP_TO("up to");

    private final String label;

    FatalityQualifier(String label) {
        this.label = label;
    }

    /** The words written in the output ("at least"). */
    public String label() {
        return label;
    }
}
