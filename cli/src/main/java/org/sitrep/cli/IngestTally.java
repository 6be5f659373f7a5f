package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.store.Fusion;
import org.sitrep.store.Ingested;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** One run of {@link Pipeline#ingest}: counts what happened to each article, reports skips and progress. */
final class IngestTally implements Pipeline.Listener {
    final PrintWriter err;
    final Progress progress;
    final Map<Ingested, Integer> outcomes = new EnumMap<>(Ingested.class);
    final Map<String, Integer> skips = new TreeMap<>();
    final long[] facts = new long[8];
    long extractNanos;
    long storeNanos;
    long fuseNanos;
    boolean failed;

    IngestTally(PrintWriter err, Progress progress) {
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void extracted(Pipeline.Extracted extracted) {
        extractNanos += extracted.annotateNanos() + extracted.extractNanos();
    }

    @Override
    public void stored(ArticleFacts extracted, Ingested outcome, long nanos) {
        storeNanos += nanos;
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome != Ingested.UNCHANGED) {
            facts[0] += extracted.entities().size();
            facts[1] += extracted.entities().stream().mapToInt(e -> e.mentions().size()).sum();
            facts[2] += extracted.quotes().size();
            facts[3] += extracted.places().size();
            facts[4] += extracted.amounts().size();
            facts[5] += extracted.times().size();
            facts[6] += extracted.events().size();
            facts[7] += extracted.relations().size();
        }
        progress.article();
    }

    @Override
    public void fused(Fusion fusion, long nanos) {
        fuseNanos = nanos;
    }

    @Override
    public void unchanged(Article article) {
        outcomes.merge(Ingested.UNCHANGED, 1, Integer::sum);
        progress.article();
    }

    @Override
    public void failed(Article article, String reason) {
        skip(article.source() + " article " + article.index(), reason, true);
    }

    @Override
    public void skipped(Item.Skipped skipped) {
        skip(skipped.source(), skipped.reason(), skipped.failure());
    }

    @Override
    public void inputDone(String input) {
        progress.fileDone();
    }

    void skip(String source, String reason, boolean failure) {
        progress.clear();
        err.println("sitrep: skipped " + source + ": " + reason);
        err.flush();
        skips.merge(reason.replaceAll("\\d+(\\.\\d+)?", "N"), 1, Integer::sum);
        failed |= failure;
    }
}
