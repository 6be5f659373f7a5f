package org.sitrep.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** The options every corpus evaluation takes: JSON output, a limit on the documents scored, an error listing. */
final class EvalOptions {

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents (in name order).")
    Integer limit;

    @Option(names = "--errors", description = "List the misses, the spurious predictions and the wrong values on stderr.")
    boolean errors;

    /** Why the options cannot be used, or null when they can. */
    String problem() {
        return limit != null && limit < 1 ? "--limit must be at least 1, not " + limit : null;
    }

    /** The documents to score: the first {@code --limit} of them, or all. */
    <T> List<T> limited(List<T> documents) {
        return limit != null && documents.size() > limit ? documents.subList(0, limit) : documents;
    }

    /** Prints {@code sitrep eval COMMAND: MESSAGE} on {@code err} and returns {@code exit}, the command's exit code. */
    static int fail(PrintWriter err, String command, String message, int exit) {
        err.println("sitrep eval " + command + ": " + message);
        err.flush();
        return exit;
    }
}
