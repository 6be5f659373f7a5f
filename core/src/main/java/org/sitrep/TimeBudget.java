package org.sitrep;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last resort against an article that would take too long: runs each piece of work on a worker thread and,
 * when it overruns the budget, interrupts it (CoreNLP's pipeline stops at its next check) and throws
 * {@link OverBudget}, so that the caller reports the article and goes on with the next one. A worker that does
 * not stop within a grace period after its interrupt is left behind (a daemon thread) and a new one takes over.
 */
public final class TimeBudget implements AutoCloseable {
    private static final long GRACE_MILLIS = 5_000;
    private final Duration budget;
    private ExecutorService worker = newWorker();

    /** Thrown when a piece of work ran over its budget; it was interrupted. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(String message) {
            super(message);
        }
    }

    public TimeBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /** Runs {@code work} within the budget; its own failures (errors included) reach the caller unchanged. */
    public <T> T run(Callable<T> work) {
        Future<T> running = worker.submit(work);
        try {
            return running.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            boolean stopped = workerFree();
            if (!stopped) {
                worker.shutdownNow();
                worker = newWorker();
            }
            throw new OverBudget(String.format(Locale.ROOT, "over the time budget of %s s for one article%s",
                    seconds(budget), stopped ? "" : " (it did not stop at once and runs on in the background)"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new OverBudget("the run was interrupted");
        }
    }

    /** Whether the interrupted worker is free again within the grace period. */
    private boolean workerFree() {
        try {
            return worker.submit(() -> { }).get(GRACE_MILLIS, TimeUnit.MILLISECONDS) == null;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "sitrep-article", 16L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
