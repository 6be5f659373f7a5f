package org.sitrep.cli;

import picocli.CommandLine.Command;

/** PLACEHOLDER: being written; replaced before commit. */
@Command(name = "time")
final class EvalTimeCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("eval time: not written yet");
    }
}
