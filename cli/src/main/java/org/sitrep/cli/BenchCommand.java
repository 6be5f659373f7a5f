package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.extract.EventTyper;
import org.sitrep.extract.IncidentCandidate;
import org.sitrep.extract.LearnedEventTyper;
import org.sitrep.annotate.StockPipeline;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;

/**
 * {@code sitrep bench}: whole-pipeline throughput on a folder of articles, warm, with models loaded once: at one
 * thread and at {@code --threads} in the same run (their ratio is {@code threads_speedup}); then CoreNLP's stock
 * pipeline over the same articles, one thread, for comparison.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction throughput (articles/s, tokens/s, peak heap) at 1 and N threads, and against CoreNLP's stock pipeline.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<String> paths;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--max-articles", description = "Use at most this many articles (default: ${DEFAULT-VALUE}).")
    int maxArticles = 500;

    @Option(names = "--warmup-seconds", description = "Warm-up time per pipeline (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 20;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the second timed pass (default: the"
            + " machine's cores, ${DEFAULT-VALUE}); 1 runs only the one-thread pass.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-baseline", description = "Skip CoreNLP's stock pipeline.")
    boolean noBaseline;

    /** Figures of one timed pass. */
    record Pass(int articles, long tokens, double seconds, long extractNanos) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || threads > 256) {
            err.println("sitrep bench: --threads must be between 1 and 256: " + threads);
            return 2;
        }
        List<Article> articles = readArticles(err);
        if (articles.isEmpty()) {
            err.println("sitrep bench: no articles in " + paths);
            return 1;
        }
        long loadStart = System.nanoTime();
        TimedTyper typer = new TimedTyper(LearnedEventTyper.load());
        Sitrep sitrep = Sitrep.load(typer);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Duration budget = Duration.ofMinutes(10);
        ObjectNode o = new ObjectMapper().createObjectNode();
        try (Pipeline one = new Pipeline(() -> sitrep, 1, budget)) {
            warmUp(articles, one);
            typer.nanos.reset();
            resetPeaks();
            Pass candidate = timed(articles, one);
            o.put("articles", candidate.articles());
            o.put("tokens", candidate.tokens());
            o.put("seconds", round(candidate.seconds()));
            o.put("articles_per_s", round(candidate.articlesPerSecond()));
            o.put("tokens_per_s", round(candidate.tokensPerSecond()));
            o.put("extract_share", round(candidate.extractNanos() / 1e9 / candidate.seconds()));
            o.put("learned_share", round(typer.nanos.sum() / 1e9 / candidate.seconds()));
            o.put("model_load_s", round(loadSeconds));
            if (threads > 1) {
                try (Pipeline many = new Pipeline(() -> sitrep, threads, budget)) {
                    warmUp(articles, many);
                    Pass parallel = timed(articles, many);
                    o.put("threads", threads);
                    o.put("threads_tokens_per_s", round(parallel.tokensPerSecond()));
                    o.put("threads_articles_per_s", round(parallel.articlesPerSecond()));
                    o.put("threads_speedup", round(parallel.tokensPerSecond() / candidate.tokensPerSecond()));
                }
            }
        }
        o.put("peak_heap_mb", peakHeapBytes() / 1048576);
        o.put("live_heap_mb", liveHeapBytes() / 1048576);
        if (!noBaseline) {
            StockPipeline stock = new StockPipeline();
            ToIntFunction<Article> stockRun = a -> stock.annotate(a.text());
            warmUp(articles, stockRun);
            Pass baseline = timed(articles, stockRun);
            o.put("baseline_tokens_per_s", round(baseline.tokensPerSecond()));
            o.put("baseline_articles_per_s", round(baseline.articlesPerSecond()));
            o.put("speedup", round(o.get("tokens_per_s").asDouble() / baseline.tokensPerSecond()));
        }
        if (json) {
            out.println(o.toString());
        } else {
            o.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-24s %s%n", e.getKey(), e.getValue().asText()));
        }
        return 0;
    }

    /** The shipped event typer, timing its work (embedding and models): the learned share of extraction. */
    private static final class TimedTyper implements EventTyper {
        private final EventTyper typer;
        final LongAdder nanos = new LongAdder();

        TimedTyper(EventTyper typer) {
            this.typer = typer;
        }

        @Override
        public Typing type(IncidentCandidate candidate) {
            long t = System.nanoTime();
            Typing typing = typer.type(candidate);
            nanos.add(System.nanoTime() - t);
            return typing;
        }

        @Override
        public Typing typeUnread(IncidentCandidate sentence) {
            long t = System.nanoTime();
            Typing typing = typer.typeUnread(sentence);
            nanos.add(System.nanoTime() - t);
            return typing;
        }
    }

    private List<Article> readArticles(PrintWriter err) {
        Ingestor ingestor = new Ingestor(null);
        List<Article> articles = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                if (articles.size() < maxArticles) {
                    articles.add(article);
                }
            }

            @Override
            public void skipped(String source, String reason) {
            }
        };
        for (String input : Inputs.expand(paths)) {
            if (articles.size() >= maxArticles) {
                break;
            }
            try {
                ingestor.read(Path.of(input), sink);
            } catch (IngestException e) {
                err.println("sitrep bench: skipping " + e.getMessage());
            }
        }
        return articles;
    }

    /** Runs the pipeline over the articles, again and again, for the warm-up time (at most ten rounds). */
    private void warmUp(List<Article> articles, Pipeline pipeline) {
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int rounds = 0;
        do {
            timed(articles, pipeline);
        } while (System.nanoTime() < until && ++rounds < 10);
    }

    private static Pass timed(List<Article> articles, Pipeline pipeline) {
        long[] sums = new long[2];
        int[] failed = new int[1];
        long start = System.nanoTime();
        pipeline.extract(articles.stream().<Item>map(Item.Read::new).iterator(), a -> true, new Pipeline.Listener() {
            @Override
            public void extracted(Pipeline.Extracted extracted) {
                sums[0] += extracted.tokens();
                sums[1] += extracted.extractNanos();
            }

            @Override
            public void failed(Article article, String reason) {
                failed[0]++;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Pass(articles.size() - failed[0], sums[0], seconds, sums[1]);
    }

    private void warmUp(List<Article> articles, ToIntFunction<Article> run) {
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int i = 0;
        do {
            run.applyAsInt(articles.get(i++ % articles.size()));
        } while (System.nanoTime() < until && i < 10 * articles.size());
    }

    private static Pass timed(List<Article> articles, ToIntFunction<Article> run) {
        long tokens = 0;
        long start = System.nanoTime();
        for (Article a : articles) {
            tokens += run.applyAsInt(a);
        }
        return new Pass(articles.size(), tokens, (System.nanoTime() - start) / 1e9, 0);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long liveHeapBytes() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
