package org.sitrep.ingest;

import org.sitrep.model.Article;

/** One thing an {@link ArticleStream} hands out, in input order: an article, a skipped part, or the end of an input. */
public sealed interface Item {

    /** An article read from an input. */
    record Read(Article article) implements Item {
    }

    /**
     * A part of an input (or all of it) that gave no article, and why. A {@code failure} is an input that could
     * not be read at all (no such file, not a document); a part skipped on purpose (another language, a WARC
     * request record) is not.
     */
    record Skipped(String source, String reason, boolean failure) implements Item {
    }

    /** Every article of the input has been handed out. */
    record InputDone(String input) implements Item {
    }
}
