package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Sitrep's command line. Exit codes: 0 done, 1 some inputs failed, 2 bad usage. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Reads news reports about armed conflict and keeps a structured, sourced picture of the situation.",
        subcommands = {ExtractCommand.class, IngestCommand.class, QuotesCommand.class, ActorsCommand.class,
                SearchCommand.class, EventsCommand.class, RelationsCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, BenchStoreCommand.class, BenchServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with all subcommands, as the tests drive it. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
