package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.TimeBudget;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Problem;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * One article's extraction under the time budget ({@code --budget}): its facts, or why there are none. No
 * failure of one article, a stack overflow or an exhausted heap included, stops the run.
 */
final class Extraction {
    @Option(names = "--budget", paramLabel = "SECONDS", description = "Seconds one article may take; one that takes"
            + " longer is stopped and reported, and the run goes on (default: ${DEFAULT-VALUE}).")
    double seconds = 300;

    private TimeBudget budget;

    /** The outcome for one article: facts, or the reason it has none. */
    record Outcome(ArticleFacts facts, String failure) {
    }

    Outcome of(Sitrep sitrep, Article article) {
        if (budget == null) {
            budget = new TimeBudget(Duration.ofNanos(Math.max(1, (long) (seconds * 1e9))));
        }
        try {
            return new Outcome(budget.run(() -> sitrep.process(article)), null);
        } catch (TimeBudget.OverBudget e) {
            return new Outcome(null, "extraction stopped: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, "extraction failed: " + Problem.describe(e));
        }
    }
}
