package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A store ingested once per test JVM for the server's tests: the bundled examples, the seeds where
 * {@code ../shared} is at hand, and an article whose title and body hold script and event-handler markup as text.
 */
final class ServedStore {
    private static Path db;

    private ServedStore() {
    }

    static synchronized Path db() throws IOException {
        if (db != null) {
            return db;
        }
        Path dir = Files.createTempDirectory("sitrep-serve");
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var examples = Files.list(Path.of("../examples"))) {
            for (Path p : examples.toList()) {
                Files.copy(p, in.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path seeds = Path.of("../../shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (var list = Files.list(seeds)) {
                for (Path p : list.toList()) {
                    Files.copy(p, in.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (InputStream hostile = ServedStore.class.getResourceAsStream("/serve/hostile-markup.html")) {
            Files.copy(hostile, in.resolve("hostile-markup.html"));
        }
        Path file = dir.resolve("served.db");
        CliRun run = CliRun.of("ingest", in.toString(), "--db", file.toString());
        if (run.exit() != 0) {
            throw new IllegalStateException("ingest failed: " + run.err());
        }
        db = file;
        return db;
    }
}
