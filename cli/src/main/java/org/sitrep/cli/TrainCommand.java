package org.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep train}: rebuilds a shipped model from the public training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds a shipped model from ../shared/train (developers only; users never train).",
        subcommands = {TrainEventsCommand.class, TrainPlacesCommand.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
