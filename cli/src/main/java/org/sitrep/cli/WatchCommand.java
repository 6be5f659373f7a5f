package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.ingest.FeedWatcher;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.Ingestor;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep watch}: polls feeds and lists of article URLs, ingests what is new or changed, and sleeps until the
 * next cycle. A restart goes on where it stopped: what was fetched is kept in the store, and an article already
 * stored is never stored twice (a changed one replaces its old version).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Polls RSS/Atom feeds (and lists of article URLs) and ingests new and changed articles, cycle after cycle.")
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions options;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time from the start of one cycle to the next (default: ${DEFAULT-VALUE}).")
    Duration every = Duration.ofMinutes(15);

    @Option(names = "--once", description = "Run one cycle and stop.")
    boolean once;

    @Option(names = "--cycles", paramLabel = "N", description = "Stop after N cycles (default: never).")
    int cycles;

    @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    Duration delay = Duration.ofSeconds(1);

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Most time one request may take, body included (default: ${DEFAULT-VALUE}).")
    Duration timeout = Duration.ofSeconds(30);

    @Parameters(arity = "1..*", paramLabel = "FEED_URL|FILE", description = "Feed URLs, feed files, or files listing"
            + " article URLs (one per line, # for comments).")
    List<String> sources;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeout.isZero()) {
            err.println("sitrep watch: --timeout must be more than 0");
            return 2;
        }
        int last = once ? 1 : cycles;
        try (Store db = store.open(); Pipeline pipeline = options.pipeline()) {
            HttpFetcher fetcher = new HttpFetcher(delay, timeout, Ingestor.MAX_DOCUMENT_BYTES);
            FeedWatcher watcher = new FeedWatcher(fetcher, db, new Ingestor(options.date), every, Clock.systemUTC());
            for (int cycle = 1; last <= 0 || cycle <= last; cycle++) {
                Instant start = Instant.now();
                FeedWatcher.Cycle found = watcher.poll(sources);
                IngestTally tally = new IngestTally(err, new Progress(err, false, 0));
                Fusion fusion = pipeline.ingest(found.items().iterator(), db, Sitrep.VERSION, tally);
                found.fetched().forEach(db::putFetchState);
                boolean more = last <= 0 || cycle < last;
                Instant next = start.plus(every);
                out.println(line(cycle, start, found.counts(), tally, fusion, more ? next : null));
                out.flush();
                if (more) {
                    sleepUntil(next);
                }
            }
        } catch (StoreException e) {
            err.println("sitrep: database " + e.getMessage());
            err.println("sitrep: watch stopped; every article committed before stays in the database");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sitrep: watch interrupted; every article committed before stays in the database");
            return 1;
        }
        return 0;
    }

    private static String line(int cycle, Instant start, FeedWatcher.Counts c, IngestTally tally, Fusion fusion,
                               Instant next) {
        return String.format(Locale.ROOT, "watch: cycle %d at %s: %d sources (%d not modified, %d failed), %d items"
                        + " (%d known); %d pages fetched (%d not modified, %d failed), %d left alone after failures;"
                        + " %d stored, %d replaced, %d unchanged, %d skipped; %d incidents in the store; %s",
                cycle, start.truncatedTo(ChronoUnit.SECONDS), c.sources(), c.sourcesNotModified(), c.sourcesFailed(),
                c.items(), c.known(), c.pages(), c.pagesNotModified(), c.pagesFailed(), c.backingOff(),
                tally.outcomes.getOrDefault(Ingested.STORED, 0), tally.outcomes.getOrDefault(Ingested.REPLACED, 0),
                tally.outcomes.getOrDefault(Ingested.UNCHANGED, 0),
                tally.skips.values().stream().mapToInt(Integer::intValue).sum(), fusion.incidents(),
                next == null ? "done" : "next cycle at " + next.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void sleepUntil(Instant next) throws InterruptedException {
        long millis = Duration.between(Instant.now(), next).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
