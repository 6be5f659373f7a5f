package org.sitrep.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every {@code sitrep train} command shares: where the public corpora are, and how many threads read. */
final class TrainOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "The public training corpora (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/train");

    @Option(names = "--threads", paramLabel = "N", description = "Threads reading the texts (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();
}
