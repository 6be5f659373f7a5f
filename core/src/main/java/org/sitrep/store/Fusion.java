package org.sitrep.store;

/**
 * What {@link Store#resolve()} left in the database.
 *
 * @param actors     actors (one per real actor across articles)
 * @param entities   entity rows pointing to them
 * @param statements statements (one per distinct quote across articles)
 * @param shared     statements carried by more than one article
 * @param incidents  incidents (one per real incident across articles)
 * @param reported   incidents reported by more than one article
 */
public record Fusion(long actors, long entities, long statements, long shared, long incidents, long reported) {
}
