package org.sitrep.ingest;

import org.sitrep.model.Article;

/** Receives the articles of a source as they are read, and the parts of it that were skipped. */
public interface ArticleSink {
    void accept(Article article);

    /** A part of a source (a WARC record, a feed item, a JSON line) was skipped, for the reason given. */
    void skipped(String source, String reason);
}
