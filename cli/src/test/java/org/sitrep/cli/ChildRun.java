package org.sitrep.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run in a child JVM, which a test can kill, feed on standard input or watch from outside. */
final class ChildRun {
    private ChildRun() {
    }

    /**
     * Starts {@code sitrep ARGS} with {@code jvmOptions} (a heap, system properties), its output and errors
     * appended to {@code log}.
     */
    static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("surefire.test.class.path", ""), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
