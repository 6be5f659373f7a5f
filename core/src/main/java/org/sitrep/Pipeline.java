package org.sitrep;

import org.sitrep.ingest.Item;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Problem;
import org.sitrep.store.Fusion;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one composition of the flow: articles from {@code ingest} are annotated and extracted on {@code threads}
 * workers at once, and every result comes back on the calling thread in input order, so that the output is the
 * same at any number of threads. {@link #ingest} adds the store (one writer: the calling thread) and fusion.
 *
 * <p>Each worker has its own {@link Sitrep} (annotator and extractors hold per-article state) sharing one copy of
 * the models, and its own {@link TimeBudget}: an article over the budget is stopped and reported, and the run goes
 * on. No failure of one article, a stack overflow or an exhausted heap included, stops the run.
 */
public final class Pipeline implements AutoCloseable {

    /** What a run reports, on the calling thread, in input order. Every method does nothing unless overridden. */
    public interface Listener {
        /** An article's facts were extracted. */
        default void extracted(Extracted extracted) {
        }

        /** An article was not extracted because it is stored already, unchanged. */
        default void unchanged(Article article) {
        }

        /** An article's extraction failed or ran over its time budget. */
        default void failed(Article article, String reason) {
        }

        /** A part of an input gave no article ({@link Item.Skipped}). */
        default void skipped(Item.Skipped skipped) {
        }

        /** Every article of an input has been reported. */
        default void inputDone(String input) {
        }

        /** ({@link #ingest}) An extracted article was written to the store, taking {@code nanos}. */
        default void stored(ArticleFacts facts, Ingested outcome, long nanos) {
        }

        /** ({@link #ingest}) The store was fused across articles, taking {@code nanos}. */
        default void fused(Fusion fusion, long nanos) {
        }
    }

    /** One article's facts, with the size of its annotation and the time each half took. */
    public record Extracted(ArticleFacts facts, int tokens, long annotateNanos, long extractNanos) {
    }

    private record Worker(Sitrep sitrep, TimeBudget budget) {
    }

    private final Supplier<Sitrep> models;
    private final int threads;
    private final Duration budget;
    private final List<Worker> workers = new ArrayList<>();
    private final BlockingQueue<Worker> idle;
    private final ExecutorService pool;
    private long loadNanos;

    /**
     * A pipeline of {@code threads} workers, the first using the Sitrep {@code models} gives, the others
     * {@link Sitrep#another()} of it; each article may take {@code budget}. The models are loaded when the first
     * article needs them, so a run over inputs that hold none loads nothing.
     */
    public Pipeline(Supplier<Sitrep> models, int threads, Duration budget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.models = models;
        this.threads = threads;
        this.budget = budget;
        this.idle = new ArrayBlockingQueue<>(threads);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** A pipeline of {@code threads} workers loading the shipped models once, when first needed. */
    public static Pipeline of(int threads, Duration budget) {
        return new Pipeline(Sitrep::load, threads, budget);
    }

    /** The number of workers. */
    public int threads() {
        return threads;
    }

    /** The time spent loading the models and starting the workers, in nanoseconds (0 until an article needs them). */
    public long loadNanos() {
        return loadNanos;
    }

    private void startWorkers() {
        if (!workers.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        Sitrep first = models.get();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(i == 0 ? first : first.another(), new TimeBudget(budget));
            workers.add(worker);
            idle.add(worker);
        }
        loadNanos = System.nanoTime() - t;
    }

    /**
     * Extracts every article of {@code items} for which {@code needed} holds (the others are reported
     * {@link Listener#unchanged}), reporting each result to {@code listener} in input order.
     */
    public void extract(Iterator<Item> items, Predicate<Article> needed, Listener listener) {
        Deque<Future<Runnable>> window = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                window.add(dispatch(items.next(), needed, listener));
                while (!window.isEmpty() && (window.size() > 2 * threads || window.peek().isDone())) {
                    report(window.poll());
                }
            }
            while (!window.isEmpty()) {
                report(window.poll());
            }
        } finally {
            window.forEach(f -> f.cancel(true));
        }
    }

    /**
     * Ingests {@code items} into {@code db}: extracts each article not stored already by {@code version}, stores
     * it with its facts in one transaction on the calling thread, in input order, then fuses across the store.
     */
    public Fusion ingest(Iterator<Item> items, Store db, String version, Listener listener) {
        extract(items, article -> !db.isCurrent(article, version), new Listener() {
            @Override
            public void extracted(Extracted extracted) {
                listener.extracted(extracted);
                long t = System.nanoTime();
                Ingested outcome = db.put(extracted.facts(), version);
                listener.stored(extracted.facts(), outcome, System.nanoTime() - t);
            }

            @Override
            public void unchanged(Article article) {
                listener.unchanged(article);
            }

            @Override
            public void failed(Article article, String reason) {
                listener.failed(article, reason);
            }

            @Override
            public void skipped(Item.Skipped skipped) {
                listener.skipped(skipped);
            }

            @Override
            public void inputDone(String input) {
                listener.inputDone(input);
            }
        });
        long t = System.nanoTime();
        Fusion fusion = db.resolve();
        listener.fused(fusion, System.nanoTime() - t);
        return fusion;
    }

    /** The report of one item, to run on the calling thread: at once, or when its worker is done. */
    private Future<Runnable> dispatch(Item item, Predicate<Article> needed, Listener listener) {
        if (item instanceof Item.Read read) {
            Article article = read.article();
            if (!needed.test(article)) {
                return CompletableFuture.completedFuture(() -> listener.unchanged(article));
            }
            startWorkers();
            return pool.submit(() -> {
                Worker worker = idle.take();
                try {
                    return work(worker, article, listener);
                } finally {
                    idle.add(worker);
                }
            });
        }
        if (item instanceof Item.Skipped skipped) {
            return CompletableFuture.completedFuture(() -> listener.skipped(skipped));
        }
        String input = ((Item.InputDone) item).input();
        return CompletableFuture.completedFuture(() -> listener.inputDone(input));
    }

    private static Runnable work(Worker worker, Article article, Listener listener) {
        try {
            Extracted extracted = worker.budget().run(() -> {
                long t0 = System.nanoTime();
                AnnotatedArticle annotated = worker.sitrep().annotate(article);
                long t1 = System.nanoTime();
                ArticleFacts facts = worker.sitrep().extract(annotated);
                return new Extracted(facts, annotated.tokens().size(), t1 - t0, System.nanoTime() - t1);
            });
            return () -> listener.extracted(extracted);
        } catch (TimeBudget.OverBudget e) {
            return () -> listener.failed(article, "extraction stopped: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String reason = "extraction failed: " + Problem.describe(e);
            return () -> listener.failed(article, reason);
        }
    }

    private static void report(Future<Runnable> result) {
        try {
            result.get().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article's facts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside any article", e.getCause());
        }
    }

    /** Stops the workers. */
    @Override
    public void close() {
        pool.shutdownNow();
        workers.forEach(w -> w.budget().close());
    }
}
