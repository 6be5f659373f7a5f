package org.sitrep.annotate;

/** Which way from the article's date a time written without its year or week points. */
enum Direction {
    /** Back: "Monday" in "talks began Monday". */
    PAST,
    /** Ahead: "Monday" in "talks will resume Monday". */
    FUTURE,
    /** Nothing in the sentence says. */
    UNKNOWN
}
