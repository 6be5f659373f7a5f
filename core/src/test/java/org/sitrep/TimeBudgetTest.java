package org.sitrep;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeBudgetTest {

    @Test
    void workWithinItsBudgetGivesItsResultAndItsOwnFailures() {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(30))) {
            assertEquals("done", budget.run(() -> "done"));
            IllegalStateException failure = new IllegalStateException("bad article");
            assertSame(failure, assertThrows(IllegalStateException.class, () -> budget.run(() -> {
                throw failure;
            })));
            assertThrows(StackOverflowError.class, () -> budget.run(() -> {
                throw new StackOverflowError();
            }));
        }
    }

    @Test
    void workOverItsBudgetIsInterruptedAndTheNextRunsOnTheSameWorker() {
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(200))) {
            TimeBudget.OverBudget over = assertThrows(TimeBudget.OverBudget.class, () -> budget.run(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                return null;
            }));
            assertEquals("over the time budget of 0.2 s for one article", over.getMessage());
            assertTrue(!Thread.currentThread().isInterrupted(), "the caller is not interrupted");
            assertEquals(1, budget.run(() -> 1));
        }
    }

    @Test
    void workThatIgnoresItsInterruptIsLeftBehindAndANewWorkerTakesOver() {
        AtomicBoolean release = new AtomicBoolean();
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(200))) {
            TimeBudget.OverBudget over = assertThrows(TimeBudget.OverBudget.class, () -> budget.run(() -> {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return null;
            }));
            assertTrue(over.getMessage().endsWith("(it did not stop at once and runs on in the background)"),
                    over.getMessage());
            assertEquals(2, budget.run(() -> 2));
        } finally {
            release.set(true);
        }
    }
}
