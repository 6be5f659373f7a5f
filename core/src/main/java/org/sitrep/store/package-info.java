/**
 * Store: {@link org.sitrep.model.ArticleFacts} in, a database of articles and their facts out, and the queries
 * that read it back. {@link org.sitrep.store.Store} is opened from a JDBC URL ({@code jdbc:sqlite:FILE}, the
 * default, or {@code jdbc:postgresql://...}); {@link org.sitrep.store.Schema} holds the versioned schema as ordered
 * SQL migrations per {@link org.sitrep.store.Dialect}; every fact keeps its article id and its span. Each stored
 * article's events are fused into incidents at once, in its transaction ({@code IncidentRows}, incremental);
 * after an ingest, {@link org.sitrep.store.Store#resolve()} runs the actor and statement functions of
 * {@code org.sitrep.resolve} over what the new and replaced articles touch (incrementally, with the result of a
 * whole-database fusion) and keeps their output (actors, statements with their summaries, actors' counts). JDBC is used here and nowhere else; this package depends
 * on {@code org.sitrep.model} and {@code org.sitrep.resolve}, never on the command line.
 */
package org.sitrep.store;
