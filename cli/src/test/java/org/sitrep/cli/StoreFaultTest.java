package org.sitrep.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults in the store while {@code ingest} runs in a child JVM: SIGKILL at random points, a full disk, readers
 * during the ingest, and a PostgreSQL server restarted under it. After each, the database passes its integrity
 * check, holds every article at most once and each of them whole, and a rerun gives the clean ingest's database.
 */
@Tag("models")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StoreFaultTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final Path EXAMPLES = Path.of("../examples");
    /** The two examples hold three articles; the two seeds, where the shared data is at hand, three more. */
    private int articles;
    /** Facts of each stored article, by source and index: a half-written article would differ from its whole self. */
    private static final String ARTICLE_FACTS = "SELECT a.source || '#' || a.source_index,"
            + " (SELECT COUNT(*) FROM entities x WHERE x.article_id = a.id) || ' entities '"
            + " || (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) || ' quotes '"
            + " || (SELECT COUNT(*) FROM places x WHERE x.article_id = a.id) || ' places '"
            + " || (SELECT COUNT(*) FROM times x WHERE x.article_id = a.id) || ' times '"
            + " || (SELECT COUNT(*) FROM events x WHERE x.article_id = a.id) || ' events '"
            + " || (SELECT COUNT(*) FROM relations x WHERE x.article_id = a.id) || ' relations'"
            + " FROM articles a";

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        articles = 3;
        List<Path> folders = new ArrayList<>(List.of(EXAMPLES));
        if (Files.isDirectory(SEEDS)) {
            folders.add(SEEDS);
            articles += 3;
        }
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, corpus.resolve(f.getFileName()));
                }
            }
        }
    }

    private String db(String name) {
        return "jdbc:sqlite:" + dir.resolve(name);
    }

    private Process ingest(String db) throws IOException {
        return ChildRun.start(dir.resolve("child.log"), List.of("-Xmx2g"), "ingest", corpus.toString(), "--db", db);
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("child.log"));
    }

    /** The facts of each stored article; none when the ingest was stopped before it made the schema. */
    private static Map<String, String> articleFacts(String url) throws SQLException {
        Map<String, String> facts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'")) {
                if (tables.next() && tables.getInt(1) == 0) {
                    return facts;
                }
            }
            try (ResultSet r = s.executeQuery(ARTICLE_FACTS)) {
                while (r.next()) {
                    assertTrue(facts.put(r.getString(1), r.getString(2)) == null, "stored twice: " + r.getString(1));
                }
            }
        }
        return facts;
    }

    /** Asserts a database that a fault left: integrity, and every article in it once and whole. */
    private static void consistent(String url, Map<String, String> whole) throws SQLException {
        assertEquals("ok", StoreDump.integrity(url));
        articleFacts(url).forEach((article, facts) -> assertEquals(whole.get(article), facts, article + " is not whole"));
    }

    /**
     * Twenty SIGKILLs at random times of an ingest of three or six articles, in groups of four on one database: each
     * later run of a group starts from what the killed ones left (so kills land in model loading, extraction, an
     * article's transaction and fusion); each group ends with a rerun that must give the clean database.
     */
    @Test
    void killedAtTwentyRandomPointsThenRerunGivesTheCleanDatabase() throws Exception {
        long t0 = System.nanoTime();
        Process clean = ingest(db("clean.db"));
        assertTrue(clean.waitFor(5, TimeUnit.MINUTES), "clean ingest did not end");
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, clean.exitValue(), log());
        String cleanDump = StoreDump.of(db("clean.db"));
        Map<String, String> whole = articleFacts(db("clean.db"));
        assertEquals(articles, whole.size(), whole.toString());

        Random random = new Random(20261202);
        List<String> landed = new ArrayList<>();
        long reach = cleanMillis;
        for (int kills = 0; kills < 20; ) {
            String url = db("killed-" + kills / 4 + ".db");
            long delay = reach / 4 + (long) (random.nextDouble() * reach * 3 / 4);
            Process child = ingest(url);
            boolean ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES), "killed child did not end");
            if (ended) { // the database held most articles already: kill the next run sooner
                reach = delay;
                continue;
            }
            kills++;
            consistent(url, whole);
            landed.add(delay + " ms: " + articleFacts(url).size());
            if (kills % 4 == 0) {
                CliRun rerun = CliRun.of("ingest", corpus.toString(), "--db", url);
                assertEquals(0, rerun.exit(), rerun.err());
                assertEquals(cleanDump, StoreDump.of(url), "after kills " + landed);
                reach = cleanMillis;
            }
        }
        System.out.println("clean ingest " + cleanMillis + " ms; kills (delay: articles stored): " + landed);
    }

    @Test
    void fullDiskIsAClearErrorAndARerunWithRoomCompletes() throws Exception {
        CliRun clean = CliRun.of("ingest", corpus.toString(), "--db", db("clean.db"));
        assertEquals(0, clean.exit(), clean.err());
        Map<String, String> whole = articleFacts(db("clean.db"));
        CliRun schemaOnly = CliRun.of("ingest", dir.resolve("none").toString(), "--db", db("full.db"));
        assertTrue(schemaOnly.err().contains("no such file"), schemaOnly.err());
        int schema = pageCount(db("full.db"));
        int room = schema + (pageCount(db("clean.db")) - schema) / 2; // half the room: full in an article or in fusion

        CliRun full = CliRun.of("ingest", corpus.toString(), "--db", db("full.db") + "?max_page_count=" + room);

        assertEquals(1, full.exit(), full.out());
        assertTrue(full.err().contains("full: no room left on the disk"), full.err());
        assertTrue(full.err().contains("ingest stopped; every article committed before stays"), full.err());
        consistent(db("full.db"), whole);

        CliRun rerun = CliRun.of("ingest", corpus.toString(), "--db", db("full.db"));
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(StoreDump.of(db("clean.db")), StoreDump.of(db("full.db")));
    }

    private static int pageCount(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Readers poll the database while a child ingests: each sees whole articles only, and the commands work. */
    @Test
    void readersDuringAnIngestNeverSeeAHalfArticle() throws Exception {
        CliRun clean = CliRun.of("ingest", corpus.toString(), "--db", db("clean.db"));
        assertEquals(0, clean.exit(), clean.err());
        Map<String, String> whole = articleFacts(db("clean.db"));
        Process child = ingest(db("live.db"));
        List<Map<String, String>> seen = new ArrayList<>();
        int commands = 0;
        while (child.isAlive()) {
            if (Files.exists(dir.resolve("live.db"))) {
                seen.add(articleFacts(db("live.db")));
                CliRun events = commands++ % 2 == 0 ? CliRun.of("events", "--db", db("live.db"))
                        : CliRun.of("search", "killed", "--db", db("live.db"));
                assertTrue(events.exit() == 0 || events.err().contains("no such table")
                        || events.err().contains("not a Sitrep"), events.err());
            }
            child.waitFor(50, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, child.exitValue(), log());
        for (Map<String, String> snapshot : seen) {
            snapshot.forEach((article, facts) -> assertEquals(whole.get(article), facts, article + " seen half-written"));
        }
        assertTrue(seen.stream().anyMatch(s -> !s.isEmpty() && s.size() < whole.size()),
                "no reader saw the ingest under way: " + seen.size() + " snapshots");
        assertEquals(StoreDump.of(db("clean.db")), StoreDump.of(db("live.db")));
    }

    /**
     * PostgreSQL (the throwaway server {@code .ci/postgres.sh} starts, which exports its folders) restarted while
     * a child ingests: the child stops with a clear database error, and a rerun completes the ingest.
     */
    @Test
    void postgresRestartedDuringAnIngestIsAClearErrorAndARerunCompletes() throws Exception {
        String base = System.getenv("SITREP_TEST_PG_URL");
        String bin = System.getenv("SITREP_PG_BIN");
        String data = System.getenv("SITREP_PG_DIR");
        assumeTrue(base != null && bin != null && data != null, "no throwaway PostgreSQL server");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Process child = ingest(url);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (child.isAlive() && pgArticles(url) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assumeTrue(child.isAlive(), "the ingest ended before the server could be restarted");
        // the restarted server logs to a file: with pg_ctl's output it would hold that pipe open for good
        Process restart = new ProcessBuilder("runuser", "-u", "postgres", "--", bin + "/pg_ctl", "-D", data + "/data",
                "-l", data + "/server.log", "-m", "fast", "-w", "restart").redirectErrorStream(true)
                .redirectOutput(dir.resolve("pg_ctl.log").toFile()).start();
        assertTrue(restart.waitFor(2, TimeUnit.MINUTES), "pg_ctl restart did not end");
        assertEquals(0, restart.exitValue(), Files.readString(dir.resolve("pg_ctl.log")));
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the ingest did not end after the restart");
        assertEquals(1, child.exitValue(), log());
        assertTrue(log().contains("sitrep: database ") && log().contains("ingest stopped"), log());
        int before = pgArticles(url);
        assertTrue(before >= 1, "no article was committed before the restart");

        CliRun rerun = CliRun.of("ingest", corpus.toString(), "--db", url);
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.out().contains("ingest: " + articles + " articles: " + (articles - before) + " stored, "
                        + before + " unchanged"),
                rerun.out());
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static int pgArticles(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            return 0; // not migrated yet
        }
    }
}
