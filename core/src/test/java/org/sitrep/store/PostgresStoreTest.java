package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store contract on a real PostgreSQL server: {@code SITREP_TEST_PG_URL} gives its JDBC URL (CI's
 * {@code .ci/run} starts one); skipped when it is unset. Each test gets a schema of its own, dropped after.
 */
class PostgresStoreTest extends StoreContract {
    private static final String BASE = System.getenv("SITREP_TEST_PG_URL");
    private String schema;

    @BeforeEach
    void freshSchema() throws Exception {
        assumeTrue(BASE != null && !BASE.isBlank(), "SITREP_TEST_PG_URL is not set");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Override
    String url() {
        return BASE + (BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
