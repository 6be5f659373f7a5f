package org.sitrep.store;

import org.sitrep.resolve.ActorResolver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The summary columns of the statements table (schema version 5), which let {@code quotes} page through an index
 * instead of grouping every quote: the speaker shown, every speaker name in lower case (for the speaker filter),
 * the newest article's date, the first quote and the number of quotes. On SQLite the filter texts also go to the
 * trigram index {@code statement_filter}. Recomputed at each fusion, rewriting only the statements that changed.
 */
final class StatementSummaries {
    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, String> described;

    /**
     * @param described the actor's name each description names, by the description's key: a speaker known only
     *                  by a description ("the NATO chief") is shown and found as that actor
     */
    StatementSummaries(Connection connection, Dialect dialect, Map<String, String> described) {
        this.connection = connection;
        this.dialect = dialect;
        this.described = Map.copyOf(described);
    }

    private record Summary(long id, String speaker, String speakers, String newest, long first, int count,
                           String text) {
    }

    /** Drops the index entries of statements about to be deleted. */
    void forget(java.util.Collection<Long> statements) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM statement_filter WHERE rowid = ?")) {
                for (long id : statements) {
                    p.setLong(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    /** Recomputes every statement's summary and writes those that changed. */
    void summarize() throws SQLException {
        List<Summary> changed = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(QUERY + " ORDER BY s.id, q.id")) {
            read(r, changed, java.util.Set.of());
        }
        write(changed);
    }

    /**
     * Recomputes the summaries of the given statements and writes those that changed, and those of
     * {@code retexted} (whose text changed, for the trigram index) whatever.
     */
    void summarize(java.util.Collection<Long> statements, java.util.Set<Long> retexted) throws SQLException {
        List<Summary> changed = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(QUERY + " WHERE s.id = ? ORDER BY q.id")) {
            for (long id : statements) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    read(r, changed, retexted);
                }
            }
        }
        write(changed);
    }

    private static final String QUERY = "SELECT s.id, s.speaker, s.speakers, s.newest, s.first_quote_id,"
            + " s.quote_count, s.text, q.id, COALESCE(ac.name, q.speaker_name), q.speaker_name, ac.name,"
            + " COALESCE(a.published, '') FROM statements s JOIN quotes q ON q.statement_id = s.id"
            + " JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id"
            + " LEFT JOIN actors ac ON ac.id = e.actor_id";

    /** Reads the rows of {@link #QUERY}, grouped by statement, and adds the summaries that changed. */
    private void read(ResultSet r, List<Summary> changed, java.util.Set<Long> force) throws SQLException {
        Summary stored = null;
        String speaker = null;
        TreeSet<String> speakers = new TreeSet<>();
        String newest = "";
        long first = 0;
        int count = 0;
        while (true) {
            boolean more = r.next();
            long id = more ? r.getLong(1) : -1;
            if (stored != null && (!more || id != stored.id())) {
                Summary now = new Summary(stored.id(), speaker, String.join("\n", speakers), newest, first, count,
                        stored.text());
                if (!now.equals(stored) || force.contains(now.id())) {
                    changed.add(now);
                }
                stored = null;
            }
            if (!more) {
                break;
            }
            if (stored == null) {
                long storedFirst = r.getLong(5);
                stored = new Summary(id, r.getString(2), r.getString(3), r.getString(4),
                        r.wasNull() ? 0 : storedFirst, r.getInt(6), r.getString(7));
                speaker = r.getString(9);
                if (r.getString(11) == null && speaker != null) {
                    speaker = described.getOrDefault(ActorResolver.fold(speaker), speaker);
                }
                speakers = new TreeSet<>();
                newest = "";
                first = r.getLong(8);
                count = 0;
            }
            for (int column : new int[]{10, 11}) {
                String name = r.getString(column);
                if (name != null) {
                    speakers.add(name.toLowerCase(Locale.ROOT));
                }
            }
            String asWritten = r.getString(10);
            if (r.getString(11) == null && asWritten != null) {
                String actor = described.get(ActorResolver.fold(asWritten));
                if (actor != null) {
                    speakers.add(actor.toLowerCase(Locale.ROOT));
                }
            }
            String published = r.getString(12);
            if (published.compareTo(newest) > 0) {
                newest = published;
            }
            count++;
        }
    }

    private void write(List<Summary> changed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE statements SET speaker = ?, speakers = ?,"
                + " newest = ?, first_quote_id = ?, quote_count = ? WHERE id = ?");
             PreparedStatement unindex = dialect == Dialect.SQLITE
                     ? connection.prepareStatement("DELETE FROM statement_filter WHERE rowid = ?") : null;
             PreparedStatement index = dialect == Dialect.SQLITE ? connection.prepareStatement(
                     "INSERT INTO statement_filter (rowid, speakers, text) VALUES (?, ?, ?)") : null) {
            for (Summary s : changed) {
                update.setString(1, s.speaker());
                update.setString(2, s.speakers());
                update.setString(3, s.newest());
                update.setLong(4, s.first());
                update.setInt(5, s.count());
                update.setLong(6, s.id());
                update.addBatch();
                if (index != null) {
                    Objects.requireNonNull(unindex).setLong(1, s.id());
                    unindex.addBatch();
                    index.setLong(1, s.id());
                    index.setString(2, s.speakers());
                    index.setString(3, s.text().toLowerCase(Locale.ROOT));
                    index.addBatch();
                }
            }
            update.executeBatch();
            if (index != null) {
                unindex.executeBatch();
                index.executeBatch();
            }
        }
    }
}
