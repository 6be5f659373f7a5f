package org.sitrep.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Every row of every table of a Sitrep SQLite database, as text, to compare two databases. */
final class StoreDump {
    static final List<String> TABLES = List.of("schema_version", "articles", "entities", "mentions", "quotes",
            "places", "amounts", "times", "events", "relations", "incidents", "descriptions", "actors", "statements");

    private StoreDump() {
    }

    static String of(String url) throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                dump.append("== ").append(table).append('\n');
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            dump.append(i == 1 ? "" : " | ").append(r.getString(i));
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    static String integrity(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }
}
