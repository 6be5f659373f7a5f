package org.sitrep.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IngestCommandTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");

    @TempDir
    Path dir;

    private String db(String name) {
        return "jdbc:sqlite:" + dir.resolve(name);
    }

    @Test
    @Tag("models")
    void bothSeedsIngestedTwiceGiveTheSameDatabase() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS.toAbsolutePath());
        CliRun first = CliRun.of("ingest", SEEDS.toString(), "--db", db("seeds.db"));
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("ingest: 3 articles: 3 stored, 0 unchanged, 0 replaced"), first.out());
        String once = StoreDump.of(db("seeds.db"));
        CliRun second = CliRun.of("ingest", SEEDS.toString(), "--db", db("seeds.db"));
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("ingest: 3 articles: 0 stored, 3 unchanged, 0 replaced"), second.out());
        assertEquals(once, StoreDump.of(db("seeds.db")));
        assertTrue(once.contains("Rutte"), once);

        String exported = CliRun.of("export", "--format", "jsonl", "--db", db("seeds.db")).out();
        CliRun upgrade = CliRun.of("ingest", SEEDS.toString(), "--db", db("seeds.db"), "--extractor-version", "9.9");
        assertTrue(upgrade.out().contains("0 stored, 0 unchanged, 3 replaced"), upgrade.out());
        assertEquals(exported, CliRun.of("export", "--format", "jsonl", "--db", db("seeds.db")).out(),
                "the replaced facts are the same facts");
        assertTrue(StoreDump.of(db("seeds.db")).contains(" | 9.9 | "));
    }

    @Test
    @Tag("models")
    void twoThreadsStoreTheSameDatabaseAsOne() throws Exception {
        List<String> inputs = new java.util.ArrayList<>(List.of("../examples", "../core/src/test/resources/articles",
                dir.resolve("missing.txt").toString()));
        if (Files.isDirectory(SEEDS)) {
            inputs.add(SEEDS.toString());
        }
        CliRun one = CliRun.of(concat(List.of("ingest", "--threads", "1", "--db", db("one.db")), inputs.toArray(String[]::new)));
        CliRun two = CliRun.of(concat(List.of("ingest", "--threads", "2", "--db", db("two.db")), inputs.toArray(String[]::new)));
        assertEquals(1, one.exit(), "the missing input fails the run: " + one.err());
        // progress lines come on a clock, so a slower run has more of them; every other line must be the same
        assertEquals(one.err().replaceAll("(?m)^sitrep ingest: .*, ETA .*\\R", ""),
                two.err().replaceAll("(?m)^sitrep ingest: .*, ETA .*\\R", ""));
        assertEquals(one.out().replaceAll("(?m)^time: .*$", "").replace("one.db", "two.db"),
                two.out().replaceAll("(?m)^time: .*$", ""));
        assertTrue(two.out().contains("on 2 threads"), two.out());
        assertEquals(StoreDump.of(db("one.db")), StoreDump.of(db("two.db")));
        assertTrue(StoreDump.of(db("two.db")).lines().filter(l -> l.contains("/articles/")).count() >= 6);
        assertEquals(2, CliRun.of("ingest", "--threads", "0", "../examples", "--db", db("zero.db")).exit());
    }

    /**
     * A child JVM ingests the seeds (three articles) with {@code sitrep.store.haltBeforeCommit=2}: it halts, as {@code kill -9}
     * would, after writing the second article's rows and before committing them. The database then holds the
     * first article only and passes SQLite's integrity check; running the ingest again completes it into the same
     * database a clean run gives.
     */
    @Test
    @Tag("models")
    void killedMidIngestLeavesAConsistentDatabaseAndARerunCompletesIt() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS.toAbsolutePath());
        Process child = ChildRun.start(dir.resolve("child.log"), List.of("-Xmx2g", "-Dsitrep.store.haltBeforeCommit=2"),
                "ingest", SEEDS.toString(), "--db", db("killed.db"));
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child ingest did not end");
        assertEquals(137, child.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals("ok", StoreDump.integrity(db("killed.db")));
        assertTrue(StoreDump.of(db("killed.db")).contains("== entities"));
        try (Connection c = DriverManager.getConnection(db("killed.db")); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
        CliRun rerun = CliRun.of("ingest", SEEDS.toString(), "--db", db("killed.db"));
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.out().contains("ingest: 3 articles: 2 stored, 1 unchanged, 0 replaced"), rerun.out());
        CliRun clean = CliRun.of("ingest", SEEDS.toString(), "--db", db("clean.db"));
        assertEquals(0, clean.exit(), clean.err());
        assertEquals(StoreDump.of(db("clean.db")), StoreDump.of(db("killed.db")));
    }

    @Test
    void garbageDatabaseFileIsRefusedWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("sitrep.db");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        CliRun run = CliRun.of("ingest", "../examples/drone-strike.txt", "--db", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not a SQLite database, or a corrupt one; the file was left as it is"), run.err());
        assertArrayEquals(garbage, Files.readAllBytes(file));
        for (List<String> query : List.of(List.of("quotes"), List.of("actors"), List.of("search", "strike"),
                List.of("export", "--format", "jsonl"))) {
            CliRun q = CliRun.of(concat(query, "--db", file.toString()));
            assertEquals(1, q.exit(), query.toString());
            assertTrue(q.err().contains("not a SQLite database"), q.err());
        }
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }

    @Test
    void databaseLockedByAnotherWriterIsAClearErrorAndLosesNothing() throws Exception {
        String url = db("locked.db");
        try (var store = org.sitrep.store.Store.open(url)) {
            store.put(org.sitrep.store.Reports.rutte("afp.txt", "https://example.org/a"), "0.1.0");
        }
        String before = StoreDump.of(url);
        System.setProperty("sitrep.store.busyTimeoutMs", "200");
        try (Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE articles SET title = title WHERE id = 1");
            }
            CliRun run = CliRun.of("ingest", "../examples/drone-strike.txt", "--db", url);
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("locked: another process is writing to it"), run.err());
            other.rollback();
        } finally {
            System.clearProperty("sitrep.store.busyTimeoutMs");
        }
        assertEquals(before, StoreDump.of(url));
        assertNotEquals("", before);
    }

    static String[] concat(List<String> head, String... tail) {
        String[] all = new String[head.size() + tail.length];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }
}
