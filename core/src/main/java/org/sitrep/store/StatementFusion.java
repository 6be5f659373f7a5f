package org.sitrep.store;

import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.ResolvedStatement;
import org.sitrep.resolve.StatementCandidate;
import org.sitrep.resolve.StatementResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement half of fusion: statements from quotes (only the keys that new or replaced articles, or renamed
 * actors and descriptions, touch), with their summaries.
 */
final class StatementFusion {
    private final Db db;
    private final Connection connection;
    private final Dialect dialect;

    StatementFusion(Db db) {
        this.db = db;
        this.connection = db.connection();
        this.dialect = db.dialect();
    }

    /**
     * Resolves again the statements whose keys quotes not yet fused, or removed by a replaced article, touch; then
     * summarises those statements and the ones whose speakers' actors the actor fusion changed, or whose
     * described speakers ("the NATO chief") now name another actor.
     */
    void resolve(ActorFusion.ActorChanges actors) throws SQLException {
        List<StatementCandidate> candidates = new ArrayList<>();
        Map<Long, Long> current = new HashMap<>();
        readStatementCandidates("SELECT id, text, statement_id FROM quotes WHERE statement_id IS NULL", null,
                candidates, current);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        candidates.forEach(c -> keys.add(StatementResolver.key(c.text())));
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT st.statement_key FROM stale_statements x"
                     + " JOIN statements st ON st.id = x.statement_id")) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM stale_statements");
        }
        Map<String, Long> ids = new HashMap<>();
        java.util.Set<Long> touched = new java.util.TreeSet<>();
        java.util.Set<Long> retexted = new java.util.HashSet<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM statements WHERE statement_key = ?")) {
            for (String key : keys) {
                p.setString(1, key);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        ids.put(key, r.getLong(1));
                        touched.add(r.getLong(1));
                    }
                }
            }
        }
        for (long statement : touched) {
            readStatementCandidates("SELECT id, text, statement_id FROM quotes WHERE statement_id = ?", statement,
                    candidates, current);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO statements (statement_key, text) VALUES (?, ?) RETURNING id");
             PreparedStatement retext = connection.prepareStatement(
                     "UPDATE statements SET text = ? WHERE id = ? AND text <> ?");
             PreparedStatement point = connection.prepareStatement("UPDATE quotes SET statement_id = ? WHERE id = ?")) {
            for (ResolvedStatement st : new StatementResolver().resolve(candidates)) {
                Long id = ids.get(st.key());
                if (id == null) {
                    insert.setString(1, st.key());
                    insert.setString(2, st.text());
                    try (ResultSet r = insert.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    touched.add(id);
                } else {
                    retext.setString(1, st.text());
                    retext.setLong(2, id);
                    retext.setString(3, st.text());
                    if (retext.executeUpdate() > 0) {
                        retexted.add(id); // its first quote went with a replaced article
                    }
                }
                for (long member : st.members()) {
                    if (!id.equals(current.get(member))) {
                        point.setLong(1, id);
                        point.setLong(2, member);
                        point.addBatch();
                    }
                }
            }
            point.executeBatch();
        }
        StatementSummaries summaries = new StatementSummaries(connection, dialect, describedActors());
        java.util.Set<Long> orphans = new java.util.TreeSet<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM quotes WHERE statement_id = ?")) {
            for (long id : touched) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        orphans.add(id);
                    }
                }
            }
        }
        summaries.forget(orphans);
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM statements WHERE id = ?")) {
            for (long id : orphans) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        touched.removeAll(orphans);
        touched.addAll(statementsOfSpeakers("SELECT DISTINCT statement_id FROM quotes WHERE speaker_entity_id = ?",
                actors.repointed()));
        touched.addAll(statementsOfSpeakers("SELECT DISTINCT q.statement_id FROM quotes q"
                + " JOIN entities e ON e.id = q.speaker_entity_id WHERE e.actor_id = ?", actors.renamed()));
        touched.addAll(describedChanges());
        summaries.summarize(touched, retexted);
    }

    private void readStatementCandidates(String sql, Long statement, List<StatementCandidate> candidates,
                                         Map<Long, Long> current) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (statement != null) {
                p.setLong(1, statement);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    candidates.add(new StatementCandidate(id, r.getString(2)));
                    long was = r.getLong(3);
                    current.put(id, r.wasNull() ? null : was);
                }
            }
        }
    }

    private java.util.Set<Long> statementsOfSpeakers(String sql, java.util.Set<Long> speakers) throws SQLException {
        java.util.Set<Long> statements = new java.util.TreeSet<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (long speaker : speakers) {
                p.setLong(1, speaker);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (!r.wasNull()) {
                            statements.add(id);
                        }
                    }
                }
            }
        }
        return statements;
    }

    /**
     * Stores the description-to-actor names of now in {@code described_actors} and returns the statements whose
     * summary they change: those with a quote whose speaker, known by no actor, is a description whose actor
     * appeared, changed or went.
     */
    private java.util.Set<Long> describedChanges() throws SQLException {
        Map<String, String> now = describedActors();
        Map<String, String> before = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT description_key, name FROM described_actors")) {
            while (r.next()) {
                before.put(r.getString(1), r.getString(2));
            }
        }
        java.util.Set<String> changed = new java.util.TreeSet<>();
        now.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changed.add(k);
            }
        });
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(changed::add);
        java.util.Set<Long> statements = new java.util.TreeSet<>();
        if (changed.isEmpty()) {
            return statements;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM described_actors WHERE description_key = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO described_actors (description_key, name) VALUES (?, ?)")) {
            for (String k : changed) {
                delete.setString(1, k);
                delete.addBatch();
                if (now.containsKey(k)) {
                    insert.setString(1, k);
                    insert.setString(2, now.get(k));
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT q.statement_id, q.speaker_name FROM quotes q"
                     + " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
                     + " WHERE q.speaker_name IS NOT NULL AND q.statement_id IS NOT NULL AND e.actor_id IS NULL")) {
            while (r.next()) {
                if (changed.contains(ActorResolver.fold(r.getString(2)))) {
                    statements.add(r.getLong(1));
                }
            }
        }
        return statements;
    }

    /**
     * The actor each description names, by its key, for descriptions set beside one actor's name only ("NATO
     * chief" beside "Mark Rutte" in every article that sets one beside a name).
     */
    private Map<String, String> describedActors() throws SQLException {
        Map<String, String> named = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT d.description_key, ac.name FROM descriptions d"
                     + " JOIN entities e ON e.id = d.entity_id JOIN actors ac ON ac.id = e.actor_id")) {
            while (r.next()) {
                String previous = named.putIfAbsent(r.getString(1), r.getString(2));
                if (previous != null && !previous.equals(r.getString(2))) {
                    ambiguous.add(r.getString(1));
                }
            }
        }
        named.keySet().removeAll(ambiguous);
        return named;
    }
}
