/**
 * Resolve: facts of many articles in, the same real-world things across articles out. Plain functions over
 * plain records, no database: {@link org.sitrep.resolve.ActorResolver} groups the entities of many articles
 * into actors (one per real actor), {@link org.sitrep.resolve.StatementResolver} groups the quotes of many
 * articles into statements (one quote carried by several outlets), {@link org.sitrep.resolve.IncidentMatcher}
 * decides which incident a new report of an event joins and {@link org.sitrep.resolve.TollRule} consolidates an
 * incident's tolls (ACLED's rule), {@link org.sitrep.resolve.DescriptionFinder} finds descriptions set beside
 * person names ("NATO chief Mark Rutte"). The store calls them and keeps their output; this package depends only
 * on {@code org.sitrep.model}.
 */
package org.sitrep.resolve;
