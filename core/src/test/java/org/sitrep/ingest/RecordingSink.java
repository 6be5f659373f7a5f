package org.sitrep.ingest;

import org.sitrep.model.Article;

import java.util.ArrayList;
import java.util.List;

/** An {@link ArticleSink} that keeps what it is given, for tests. */
class RecordingSink implements ArticleSink {
    record Skip(String source, String reason) {
    }

    final List<Article> articles = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(String source, String reason) {
        skips.add(new Skip(source, reason));
    }
}
