package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.ingest.ArticleStream;
import org.sitrep.ingest.Ingestor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The options of a run of the {@link Pipeline}: worker threads, the time budget per article, the default date. */
final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "Seconds one article may take; one that takes"
            + " longer is stopped and reported, and the run goes on (default: ${DEFAULT-VALUE}).")
    double seconds = 300;

    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: the"
            + " machine's cores, ${DEFAULT-VALUE}); the output is the same at any number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for sources that give none.")
    LocalDate date;

    /** A pipeline with these options; its models load when the first article needs them. */
    Pipeline pipeline() {
        if (threads < 1 || threads > 256) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 256: " + threads);
        }
        if (!(seconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--budget must be a positive number of seconds");
        }
        return Pipeline.of(threads, Duration.ofNanos((long) Math.min(seconds * 1e9, Long.MAX_VALUE)));
    }

    /** The articles of the command line's inputs (folders expanded, {@code -} for standard input). */
    ArticleStream articles(List<String> paths) {
        return new ArticleStream(new Ingestor(date), Inputs.expand(paths), System.in);
    }
}
