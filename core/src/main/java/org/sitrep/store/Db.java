package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One open database and its plumbing, shared by the store's parts: transactions that roll back whole, reads whose
 * driver failures become {@link StoreException}s saying what kind of failure they are, and the JSON columns.
 */
final class Db {
    private final Connection connection;
    private final Dialect dialect;
    private final String database;
    private final ObjectMapper json = new ObjectMapper();

    Db(Connection connection, Dialect dialect, String database) {
        this.connection = connection;
        this.dialect = dialect;
        this.database = database;
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The database's URL, its password masked, as messages name it. */
    String database() {
        return database;
    }

    ObjectMapper mapper() {
        return json;
    }

    /** A store exception that says what kind of failure a driver's exception is. */
    static StoreException failure(String database, String doing, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
            return new StoreException(database, "not a SQLite database, or a corrupt one; the file was left as it is"
                    + " (" + m + ")", e);
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return new StoreException(database, "locked: another process is writing to it; nothing was written,"
                    + " try again when it has finished (" + m + ")", e);
        }
        if (m.contains("SQLITE_FULL") || "53100".equals(e.getSQLState())) {
            return new StoreException(database, "full: no room left on the disk or under the database's size limit: "
                    + doing + ", and nothing of it was kept; run the same command again once there is room (" + m + ")", e);
        }
        return new StoreException(database, doing + ": " + m, e);
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs work in one transaction. On a failure it rolls back and keeps the failure's own message: SQLite may
     * have rolled back by itself already (a full disk does), so a failing rollback or end of the transaction is
     * only added to it, never put in its place.
     */
    <T> T inTransaction(String doing, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(database, "cannot " + doing, e);
        }
    }

    <T> T read(String doing, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(database, "cannot " + doing, e);
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException(database, "a stored JSON column does not parse: " + e.getOriginalMessage(), e);
        }
    }

}
