package org.sitrep.store;

import org.sitrep.ingest.FetchState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code fetches} table: what a feed watcher last fetched at each URL. */
final class FetchRows {
    private final Connection connection;

    FetchRows(Connection connection) {
        this.connection = connection;
    }

    Optional<FetchState> get(String url) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT etag, last_modified, content_hash, item_hash,"
                + " checked, status, failures, incomplete FROM fetches WHERE url = ?")) {
            p.setString(1, url);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FetchState(url, r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        Instant.parse(r.getString(5)), r.getInt(6), r.getInt(7), r.getInt(8) != 0));
            }
        }
    }

    void put(FetchState s) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO fetches (url, etag, last_modified,"
                + " content_hash, item_hash, checked, status, failures, incomplete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                + " content_hash = excluded.content_hash, item_hash = excluded.item_hash, checked = excluded.checked,"
                + " status = excluded.status, failures = excluded.failures, incomplete = excluded.incomplete")) {
            p.setString(1, s.url());
            p.setString(2, s.etag());
            p.setString(3, s.lastModified());
            p.setString(4, s.contentHash());
            p.setString(5, s.itemHash());
            p.setString(6, s.checked().toString());
            p.setInt(7, s.status());
            p.setInt(8, s.failures());
            p.setInt(9, s.incomplete() ? 1 : 0);
            p.executeUpdate();
        }
    }
}
