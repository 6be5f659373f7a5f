package org.sitrep.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Reports.rutte;

/** The store contract on SQLite files in a temporary folder, and what only a file database can go through. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void freshFile() {
        url = "jdbc:sqlite:" + dir.resolve("sitrep.db");
    }

    @Override
    String url() {
        return url;
    }

    @Test
    void fileOfGarbageIsRefusedAndLeftAsItIs() throws Exception {
        Path db = dir.resolve("sitrep.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(db, garbage);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(url()));
        assertTrue(e.getMessage().contains("not a SQLite database, or a corrupt one"), e.getMessage());
        assertTrue(e.getMessage().startsWith(url()), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db));
    }

    @Test
    void databaseLockedByAnotherWriterGivesClearErrorAndLosesNothing() throws Exception {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
        }
        String old = System.setProperty("sitrep.store.busyTimeoutMs", "200");
        try (Connection other = DriverManager.getConnection(url())) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE articles SET title = 'held' WHERE id = 1");
            }
            StoreException e = assertThrows(StoreException.class, () -> {
                try (Store store = Store.open(url())) {
                    store.put(rutte("reuters.txt", "https://example.org/b", "Rutte", "Monday:"), "1");
                }
            });
            assertTrue(e.getMessage().contains("locked: another process is writing to it"), e.getMessage());
            other.rollback();
        } finally {
            if (old == null) {
                System.clearProperty("sitrep.store.busyTimeoutMs");
            } else {
                System.setProperty("sitrep.store.busyTimeoutMs", old);
            }
        }
        try (Store store = Store.open(url())) {
            assertEquals(1, store.counts().get("articles"));
            assertEquals(2, store.counts().get("quotes"));
        }
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        try (Store store = Store.open(url())) {
            assertEquals(Schema.latest(), store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version (version) VALUES (99)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(url()));
        assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
    }

    @Test
    void notAJdbcUrlIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open("jdbc:mysql://x/y"));
        assertTrue(e.getMessage().contains("not a SQLite"), e.getMessage());
        assertTrue(Arrays.asList(Dialect.values()).contains(Dialect.of("JDBC:SQLITE:x.db")));
    }

    @Test
    void eventsStoredBeforeIncidentsExistedAreFusedByTheNextFusion() throws Exception {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels on Monday,"), "1");
        }
        // What a database of schema version 3 holds once migrated: events without incidents.
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE events SET incident_id = NULL");
            s.executeUpdate("DELETE FROM incidents");
        }
        try (Store store = Store.open(url())) {
            assertEquals(0, store.events(EventQuery.ALL).size());
            store.resolve();
            assertEquals(1, store.events(EventQuery.ALL).size());
            assertEquals(2, store.events(EventQuery.ALL).get(0).claims().size());
        }
    }

    @Test
    void aDatabaseFusedBeforeVersion6MigratesAndFusesIncrementally() throws Exception {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            store.resolve();
        }
        // What a database of schema version 5 holds: no seats, no fusion bookkeeping.
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE entities DROP COLUMN seat");
            s.executeUpdate("DROP TABLE stale_actors");
            s.executeUpdate("DROP TABLE stale_statements");
            s.executeUpdate("DROP TABLE described_actors");
            s.executeUpdate("DROP TABLE fetches");
            s.executeUpdate("DROP INDEX incidents_country_date");
            s.executeUpdate("DELETE FROM schema_version WHERE version >= 6");
        }
        try (Store store = Store.open(url())) {
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels on Monday,"), "1");
            store.resolve();
            ActorSummary russia = store.actors(10).stream().filter(a -> a.name().equals("Russia")).findFirst()
                    .orElseThrow();
            assertEquals(2, russia.articles(), "the Kremlin of the article fused before version 6 stays Russia");
            assertEquals(1, store.actors(10).stream().filter(a -> a.name().contains("Rutte")).count());
        }
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            assertEquals(Schema.latest(), r.getInt(1));
        }
    }
}
