package org.sitrep.store;

import org.sitrep.resolve.ActorResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** Fuses across articles, in one transaction: actors, statements and their summaries, counts, incidents. */
final class FusionRunner {
    private final Db db;
    private final Connection connection;

    FusionRunner(Db db) {
        this.db = db;
        this.connection = db.connection();
    }

    /**
     * Fuses incrementally: only the name groups of actors ({@link ActorResolver#group}) and the statement keys that
     * entities and quotes not yet fused, or removed by a replaced article ({@code stale_actors},
     * {@code stale_statements}), touch are resolved again, with the same result as resolving everything. The
     * actors' incident and relation counts (a side may count for an actor through its name as written) are still
     * counted over all events and relations.
     */
    public Fusion resolve() {
        return db.inTransaction("fuse actors, statements and incidents", () -> {
            new IncidentRows(connection).fuseUnfused();
            ActorFusion actorFusion = new ActorFusion(db);
            ActorFusion.ActorChanges actors = actorFusion.resolve();
            new StatementFusion(db).resolve(actors);
            actorFusion.countFacts();
            try (PreparedStatement p = connection.prepareStatement("UPDATE actors SET"
                    + " article_count = (SELECT COUNT(DISTINCT e.article_id) FROM entities e WHERE e.actor_id = actors.id),"
                    + " mention_count = (SELECT COUNT(*) FROM mentions m JOIN entities e ON e.id = m.entity_id"
                    + " WHERE e.actor_id = actors.id),"
                    + " quote_count = (SELECT COUNT(*) FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id"
                    + " WHERE e.actor_id = actors.id) WHERE id = ?")) {
                for (long id : actors.touched()) {
                    p.setLong(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return new Fusion(db.count("SELECT COUNT(*) FROM actors"),
                    db.count("SELECT COUNT(*) FROM entities WHERE actor_id IS NOT NULL"),
                    db.count("SELECT COUNT(*) FROM statements"),
                    db.count("SELECT COUNT(*) FROM (SELECT statement_id FROM quotes WHERE statement_id IS NOT NULL"
                            + " GROUP BY statement_id HAVING COUNT(DISTINCT article_id) > 1) shared"),
                    db.count("SELECT COUNT(*) FROM incidents"),
                    db.count("SELECT COUNT(*) FROM incidents WHERE claim_count > 1"));
        });
    }
}
