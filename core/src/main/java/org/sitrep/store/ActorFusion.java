package org.sitrep.store;

import org.sitrep.model.EntityType;
import org.sitrep.resolve.ActorCandidate;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.ResolvedActor;
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
 * The actor half of fusion: the seats of metonymic entities, actors from entities (only the name groups that new
 * or replaced articles touch), and the actors' incident and relation counts.
 */
final class ActorFusion {
    private final Db db;
    private final Connection connection;

    ActorFusion(Db db) {
        this.db = db;
        this.connection = db.connection();
    }

    /**
     * What an actor fusion changed: the actors resolved again (kept, renamed, new or deleted), the renamed ones,
     * and the entities already fused before that now point to another actor.
     */
    record ActorChanges(java.util.Set<Long> touched, java.util.Set<Long> renamed,
                                java.util.Set<Long> repointed) {
    }

    /**
     * Finds the seats of the metonymic entities (every mention of which is a metonym: "the Kremlin", "Moscow
     * said") of the articles whose entities are not fused yet, or of all articles, and writes them to
     * {@code entities.seat}. Found from the few metonymic places, not entity by entity.
     */
    void findSeats(boolean all) throws SQLException {
        Map<Long, String> seats = new HashMap<>();
        Map<Long, Long> metonymicMentions = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT m.entity_id, MIN(p.name), COUNT(DISTINCT m.id) FROM places p"
                     + " JOIN mentions m ON m.article_id = p.article_id AND p.span_start < m.span_end"
                     + " AND m.span_start < p.span_end WHERE p.metonymy = 1"
                     + (all ? "" : " AND p.article_id IN (SELECT article_id FROM entities WHERE actor_id IS NULL)")
                     + " GROUP BY m.entity_id")) {
            while (r.next()) {
                seats.put(r.getLong(1), r.getString(2));
                metonymicMentions.put(r.getLong(1), r.getLong(3));
            }
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM mentions WHERE entity_id = ?")) {
            for (Map.Entry<Long, Long> e : metonymicMentions.entrySet()) {
                p.setLong(1, e.getKey());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getLong(1) != e.getValue()) {
                        seats.remove(e.getKey());
                    }
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE entities SET seat = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : new java.util.TreeMap<>(seats).entrySet()) {
                p.setString(1, e.getValue());
                p.setLong(2, e.getKey());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    ActorChanges resolve() throws SQLException {
        findSeats(false);
        List<ActorCandidate> candidates = new ArrayList<>();
        Map<Long, Long> current = new HashMap<>();
        java.util.Set<String> groups = new java.util.HashSet<>();
        readActorCandidates("SELECT id, name, type, seat, actor_id FROM entities WHERE actor_id IS NULL", null,
                candidates, current);
        candidates.forEach(c -> groups.add(ActorResolver.group(ActorResolver.key(c))));
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT a.actor_key FROM stale_actors x"
                     + " JOIN actors a ON a.id = x.actor_id")) {
            while (r.next()) {
                groups.add(ActorResolver.group(r.getString(1)));
            }
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM stale_actors");
        }
        java.util.Set<Long> touched = new java.util.TreeSet<>();
        java.util.Set<Long> renamed = new java.util.TreeSet<>();
        java.util.Set<Long> repointed = new java.util.TreeSet<>();
        if (groups.isEmpty()) {
            return new ActorChanges(touched, renamed, repointed);
        }
        Map<String, Long> ids = keys("SELECT actor_key, id FROM actors");
        ids.forEach((key, id) -> {
            if (groups.contains(ActorResolver.group(key))) {
                touched.add(id);
            }
        });
        for (long actor : touched) {
            readActorCandidates("SELECT id, name, type, seat, actor_id FROM entities WHERE actor_id = ?", actor,
                    candidates, current);
        }
        List<ResolvedActor> actors = new ActorResolver().resolve(candidates);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actors (actor_key, name, type) VALUES (?, ?, ?) RETURNING id");
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE actors SET name = ?, type = ? WHERE id = ? AND (name <> ? OR type <> ?)");
             PreparedStatement point = connection.prepareStatement("UPDATE entities SET actor_id = ? WHERE id = ?")) {
            for (ResolvedActor a : actors) {
                Long id = ids.get(a.key());
                if (id == null) {
                    insert.setString(1, a.key());
                    insert.setString(2, a.name());
                    insert.setString(3, a.type().name());
                    try (ResultSet r = insert.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    touched.add(id);
                } else {
                    rename.setString(1, a.name());
                    rename.setString(2, a.type().name());
                    rename.setLong(3, id);
                    rename.setString(4, a.name());
                    rename.setString(5, a.type().name());
                    if (rename.executeUpdate() > 0) {
                        renamed.add(id);
                    }
                }
                for (long member : a.members()) {
                    Long was = current.get(member);
                    if (!id.equals(was)) {
                        point.setLong(1, id);
                        point.setLong(2, member);
                        point.addBatch();
                        if (was != null) {
                            repointed.add(member);
                        }
                    }
                }
            }
            point.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM actors WHERE id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.actor_id = actors.id)")) {
            for (long id : touched) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        return new ActorChanges(touched, renamed, repointed);
    }

    private void readActorCandidates(String sql, Long actor, List<ActorCandidate> candidates, Map<Long, Long> current)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (actor != null) {
                p.setLong(1, actor);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    candidates.add(new ActorCandidate(id, r.getString(2), EntityType.valueOf(r.getString(3)),
                            r.getString(4)));
                    long was = r.getLong(5);
                    current.put(id, r.wasNull() ? null : was);
                }
            }
        }
    }

    /**
     * Each actor's incident and relation counts. An event's or relation's side counts for an actor through its
     * linked entity, else when its name as written folds to the actor's name ("Russian" does not, "the Kremlin"
     * only through its entity).
     */
    void countFacts() throws SQLException {
        Map<String, Long> byName = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, name FROM actors ORDER BY id DESC")) {
            while (r.next()) {
                byName.put(ActorResolver.fold(r.getString(2)), r.getLong(1));
            }
        }
        Map<Long, java.util.Set<Long>> incidents = new HashMap<>();
        Map<Long, Long> relations = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT e.incident_id, e.actor1_name, n1.actor_id, e.actor2_name, n2.actor_id"
                     + " FROM events e LEFT JOIN entities n1 ON n1.id = e.actor1_entity_id"
                     + " LEFT JOIN entities n2 ON n2.id = e.actor2_entity_id WHERE e.incident_id IS NOT NULL")) {
            while (r.next()) {
                long incident = r.getLong(1);
                for (int side : new int[]{2, 4}) {
                    Long actor = actorOf(r, side, byName);
                    if (actor != null) {
                        incidents.computeIfAbsent(actor, k -> new java.util.HashSet<>()).add(incident);
                    }
                }
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT r.id, r.subject_name, n1.actor_id, r.object_name, n2.actor_id"
                     + " FROM relations r LEFT JOIN entities n1 ON n1.id = r.subject_entity_id"
                     + " LEFT JOIN entities n2 ON n2.id = r.object_entity_id")) {
            while (r.next()) {
                Long subject = actorOf(r, 2, byName);
                Long object = actorOf(r, 4, byName);
                if (subject != null) {
                    relations.merge(subject, 1L, Long::sum);
                }
                if (object != null && !object.equals(subject)) {
                    relations.merge(object, 1L, Long::sum);
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE actors SET event_count = 0, relation_count = 0"
                    + " WHERE event_count <> 0 OR relation_count <> 0");
        }
        java.util.Set<Long> counted = new java.util.TreeSet<>(incidents.keySet());
        counted.addAll(relations.keySet());
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE actors SET event_count = ?, relation_count = ? WHERE id = ?")) {
            for (long actor : counted) {
                p.setLong(1, incidents.getOrDefault(actor, java.util.Set.of()).size());
                p.setLong(2, relations.getOrDefault(actor, 0L));
                p.setLong(3, actor);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The actor of a side (name in column {@code nameColumn}, linked actor id in the next), or null. */
    private static Long actorOf(ResultSet r, int nameColumn, Map<String, Long> byName) throws SQLException {
        long linked = r.getLong(nameColumn + 1);
        if (!r.wasNull()) {
            return linked;
        }
        String name = r.getString(nameColumn);
        return name == null ? null : byName.get(ActorResolver.fold(name));
    }

    private Map<String, Long> keys(String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }
}
