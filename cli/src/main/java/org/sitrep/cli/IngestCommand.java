package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.ingest.ArticleStream;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.store.Fusion;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code sitrep ingest}: reads articles, extracts their facts (on every core) and stores each article with its
 * facts in one transaction, in input order; then fuses actors and statements across the database. An article
 * already stored by this extractor version is not extracted again, so a run stopped at any point (even by
 * {@code kill -9}) is completed by running it again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts articles' facts and keeps them in the database (one transaction per article).")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions options;

    @Option(names = "--extractor-version", hidden = true, description = "The version stored with each article.")
    String extractorVersion = Sitrep.VERSION;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<String> inputs = Inputs.expand(paths);
        IngestTally run = new IngestTally(err, new Progress(err, System.console() != null, inputs.size()));
        try (Store db = store.open(); Pipeline pipeline = options.pipeline(); ArticleStream articles = options.articles(inputs)) {
            Fusion fusion = pipeline.ingest(articles, db, extractorVersion, run);
            run.progress.clear();
            summary(out, run, fusion, db, pipeline, System.nanoTime() - start);
        } catch (StoreException e) {
            run.progress.clear();
            err.println("sitrep: database " + e.getMessage());
            err.println("sitrep: ingest stopped; every article committed before stays in the database");
            return 1;
        }
        out.flush();
        err.flush();
        return run.failed ? 1 : 0;
    }

    private void summary(PrintWriter out, IngestTally run, Fusion fusion, Store db, Pipeline pipeline, long nanos) {
        int articles = run.outcomes.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "ingest: %d articles: %d stored, %d unchanged, %d replaced; %d skipped%n", articles,
                run.outcomes.getOrDefault(Ingested.STORED, 0), run.outcomes.getOrDefault(Ingested.UNCHANGED, 0),
                run.outcomes.getOrDefault(Ingested.REPLACED, 0), run.skips.values().stream().mapToInt(Integer::intValue).sum());
        run.skips.forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %d: %s%n", n, reason));
        out.printf(Locale.ROOT, "facts written: %d entities, %d mentions, %d quotes, %d places, %d amounts, %d times,"
                + " %d events, %d relations%n", run.facts[0], run.facts[1], run.facts[2], run.facts[3], run.facts[4],
                run.facts[5], run.facts[6], run.facts[7]);
        out.printf(Locale.ROOT, "fused: %d actors over %d entities; %d statements, %d carried by several articles;"
                + " %d incidents, %d reported by several articles%n", fusion.actors(), fusion.entities(),
                fusion.statements(), fusion.shared(), fusion.incidents(), fusion.reported());
        StringBuilder counts = new StringBuilder();
        db.counts().forEach((table, n) -> counts.append(counts.isEmpty() ? "" : ", ").append(n).append(' ').append(table));
        out.printf(Locale.ROOT, "database %s: %s%n", store.url(), counts);
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "time: %.1f s, %.2f articles/s on %d threads; models %.1f s, extraction %.1f s of"
                        + " worker time, store %.2f s, fusion %.2f s%n",
                seconds, articles / seconds, pipeline.threads(), pipeline.loadNanos() / 1e9, run.extractNanos / 1e9,
                run.storeNanos / 1e9, run.fuseNanos / 1e9);
    }
}
