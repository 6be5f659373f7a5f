package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's inputs: files as given, folders recursively (sorted, hidden files skipped), {@code -} for stdin. */
final class Inputs {
    static final String STDIN = org.sitrep.ingest.ArticleStream.STDIN;

    private Inputs() {
    }

    static List<String> expand(List<String> args) {
        List<String> inputs = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (!arg.equals(STDIN) && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .map(Path::toString)
                            .sorted()
                            .forEach(inputs::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + arg, e);
                }
            } else {
                inputs.add(arg);
            }
        }
        return inputs;
    }
}
