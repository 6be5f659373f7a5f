package org.sitrep.cli;

import picocli.CommandLine.Command;

/** PLACEHOLDER: being written; replaced before commit. */
@Command(name = "ner")
final class EvalNerCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("eval ner: not written yet");
    }
}
