package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Ingestor;
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

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code sitrep ingest}: reads articles, extracts their facts and stores each article with its facts in one
 * transaction; then fuses actors and statements across the database. An article already stored by this
 * extractor version is not extracted again, so a run stopped at any point (even by {@code kill -9}) is completed
 * by running it again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts articles' facts and keeps them in the database (one transaction per article).")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    Extraction extraction;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for sources that give none.")
    LocalDate date;

    @Option(names = "--extractor-version", hidden = true, description = "The version stored with each article.")
    String extractorVersion = Sitrep.VERSION;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    private Sitrep sitrep;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<String> inputs = Inputs.expand(paths);
        Run run = new Run(err, new Progress(err, System.console() != null, inputs.size()));
        try (Store db = store.open()) {
            run.db = db;
            Ingestor ingestor = new Ingestor(date);
            for (String input : inputs) {
                try {
                    if (input.equals(Inputs.STDIN)) {
                        ingestor.read(Inputs.STDIN, System.in.readNBytes((int) Ingestor.MAX_DOCUMENT_BYTES + 1), run);
                    } else {
                        ingestor.read(Path.of(input), run);
                    }
                } catch (IngestException e) {
                    run.skip(e.source(), e.getMessage().substring(e.source().length() + 2), true);
                } catch (IOException e) {
                    run.skip(input, "cannot read: " + e.getMessage(), true);
                }
                run.progress.fileDone();
            }
            run.progress.clear();
            long fuseStart = System.nanoTime();
            Fusion fusion = db.resolve();
            long fuseNanos = System.nanoTime() - fuseStart;
            summary(out, run, fusion, db, System.nanoTime() - start, fuseNanos);
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

    private void summary(PrintWriter out, Run run, Fusion fusion, Store db, long nanos, long fuseNanos) {
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
        long extraction = run.extractNanos - loadNanos;
        out.printf(Locale.ROOT, "time: %.1f s, %.2f articles/s; models %.1f s, extraction %.1f s, store %.2f s,"
                        + " fusion %.2f s (store and fusion: %.1f%% of extraction + store + fusion)%n",
                seconds, articles / seconds, loadNanos / 1e9, extraction / 1e9, run.storeNanos / 1e9, fuseNanos / 1e9,
                100.0 * (run.storeNanos + fuseNanos) / Math.max(extraction + run.storeNanos + fuseNanos, 1));
    }

    private long loadNanos;

    private Sitrep sitrep() {
        if (sitrep == null) {
            long t = System.nanoTime();
            sitrep = Sitrep.load();
            loadNanos = System.nanoTime() - t;
        }
        return sitrep;
    }

    /** One ingest run: stores each article as it is read, counts what happened. */
    private final class Run implements ArticleSink {
        final PrintWriter err;
        final Progress progress;
        Store db;
        final Map<Ingested, Integer> outcomes = new EnumMap<>(Ingested.class);
        final Map<String, Integer> skips = new TreeMap<>();
        final long[] facts = new long[8];
        long extractNanos;
        long storeNanos;
        boolean failed;

        Run(PrintWriter err, Progress progress) {
            this.err = err;
            this.progress = progress;
        }

        @Override
        public void accept(Article article) {
            long t0 = System.nanoTime();
            if (db.isCurrent(article, extractorVersion)) {
                storeNanos += System.nanoTime() - t0;
                outcomes.merge(Ingested.UNCHANGED, 1, Integer::sum);
                progress.article();
                return;
            }
            long t1 = System.nanoTime();
            storeNanos += t1 - t0;
            Extraction.Outcome extraction = IngestCommand.this.extraction.of(sitrep(), article);
            extractNanos += System.nanoTime() - t1;
            if (extraction.failure() != null) {
                skip(article.source() + " article " + article.index(), extraction.failure(), true);
                return;
            }
            ArticleFacts extracted = extraction.facts();
            long t2 = System.nanoTime();
            Ingested outcome = db.put(extracted, extractorVersion);
            storeNanos += System.nanoTime() - t2;
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
        public void skipped(String source, String reason) {
            skip(source, reason, false);
        }

        void skip(String source, String reason, boolean failure) {
            progress.clear();
            err.println("sitrep: skipped " + source + ": " + reason);
            err.flush();
            skips.merge(reason.replaceAll("\\d+(\\.\\d+)?", "N"), 1, Integer::sum);
            failed |= failure;
        }
    }
}
