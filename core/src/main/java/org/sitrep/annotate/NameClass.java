package org.sitrep.annotate;

/**
 * The four classes the CoNLL recogniser labels names with. Names are found and corrected in these classes;
 * {@link NameRecognizer} gives them Sitrep's finer {@link org.sitrep.model.EntityType}s at the end.
 */
enum NameClass {
    PERSON, ORG, LOCATION, MISC;

    /** The class of a CoreNLP label ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}), or null. */
    static NameClass ofLabel(String label) {
        return switch (label) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORG;
            case "LOCATION" -> LOCATION;
            case "MISC" -> MISC;
            default -> null;
        };
    }
}
