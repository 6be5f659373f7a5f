package org.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: scores an extractor on public gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores an extractor on gold data.",
        subcommands = {EvalNerCommand.class, EvalTimeCommand.class, EvalQuotesCommand.class,
                EvalGeoCommand.class, EvalEventsCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
