package org.sitrep.store;

/** What {@link Store#put} did with an article. */
public enum Ingested {
    /** A new article: stored with its facts. */
    STORED,
    /** Already stored, same text, same extractor version: nothing written. */
    UNCHANGED,
    /** Already stored by an older extractor version, or with another text at the same URL: its facts replaced. */
    REPLACED
}
