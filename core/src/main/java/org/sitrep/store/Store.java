package org.sitrep.store;

import org.sitrep.ingest.FetchLog;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A database of articles and their facts. Opening one creates or migrates its schema. One instance per process
 * and thread; several processes may read a database while one writes it.
 */
public interface Store extends FetchLog, AutoCloseable {

    /** The database used when none is given: {@code sitrep.db} in the working directory. */
    String DEFAULT_URL = "jdbc:sqlite:./sitrep.db";

    /**
     * Opens (creating or migrating) the database at a JDBC URL: {@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}. Throws a {@link StoreException} saying why a
     * database cannot be used (not a database, locked by another writer, newer schema, unreachable server).
     */
    static Store open(String url) {
        return SqlStore.open(url);
    }

    /**
     * Opens an existing database read-only, as a server does: nothing is created, migrated or written, and a
     * database of another schema version is refused with the command that migrates it.
     */
    static Store openReadOnly(String url) {
        return SqlStore.open(url, true);
    }

    /** The database's dialect. */
    Dialect dialect();

    /** The schema version of the database. */
    int schemaVersion();

    /** Whether the article (by URL, else by normalised text) is stored with this text and extractor version. */
    boolean isCurrent(Article article, String extractorVersion);

    /**
     * Stores an article with all its facts in one transaction: a new article is inserted, one stored by another
     * extractor version (or with another text at its URL) has its row and facts replaced, one stored already
     * is left alone.
     */
    Ingested put(ArticleFacts facts, String extractorVersion);

    /**
     * Fuses across articles, in one transaction: actors from entities, statements from quotes (with their
     * summaries), the actors' event and relation counts, and incidents from any event not yet fused (those of a
     * database migrated from schema version 3; {@link #put} fuses a new article's events itself). Incremental:
     * only the actors and statements that entities and quotes stored or removed since the last fusion touch are
     * resolved again, with the same result as fusing the whole database.
     */
    Fusion resolve();

    /**
     * Statements with their sources, newest first, as the last {@link #resolve()} fused them (ingest runs it).
     * Filters are case-insensitive substrings, null for none.
     *
     * @param speaker part of a speaker's name (the actor's or the article's) in any of the statement's quotes
     * @param about   part of the statement's text
     * @param limit   at most this many statements
     * @param sources at most this many sources listed per statement (all are counted)
     */
    List<StoredQuote> quotes(String speaker, String about, int limit, int sources);

    /** The actors named in most articles. */
    List<ActorSummary> actors(int top);

    /** Full-text search over article titles, text and quotes, best first. Any text is a valid query. */
    List<SearchHit> search(String query, int limit);

    /** Every stored article with its facts, as extracted, in store order. */
    void forEachArticle(Consumer<ArticleFacts> each);

    /** Every stored article's header, in store order. */
    void forEachArticleHeader(Consumer<StoredArticle> each);

    /** Every stored place fact that has coordinates, in store order. */
    void forEachPlace(Consumer<StoredPlace> each);

    /** The incidents (events fused across articles) a query selects, each with its reports' claims. */
    void forEachEvent(EventQuery query, Consumer<StoredEvent> each);

    /** The incidents a query selects, as a list. */
    default List<StoredEvent> events(EventQuery query) {
        List<StoredEvent> events = new java.util.ArrayList<>();
        forEachEvent(query, events::add);
        return events;
    }

    /** One incident by its id, with its claims. */
    Optional<StoredEvent> event(long id);

    /** The incidents with coordinates a query selects, as map points, in the query's order. */
    void forEachPoint(EventQuery query, Consumer<IncidentPoint> each);

    /**
     * The incidents a query selects, counted per day, sub-type, country and region, with their fatalities, by
     * date (its limit and cursor are not used).
     */
    List<IncidentTally> tally(EventQuery query);

    /** One article by its id, with its facts as extracted. */
    Optional<ArticleFacts> article(long id);

    /** One actor by its id, with its counts. */
    Optional<ActorSummary> actor(long id);

    /** The stored relations a query selects, in store order, with their ends resolved to actors. */
    void forEachRelation(RelationQuery query, Consumer<StoredRelation> each);

    /** The stored relations a query selects, as a list. */
    default List<StoredRelation> relations(RelationQuery query) {
        List<StoredRelation> relations = new java.util.ArrayList<>();
        forEachRelation(query, relations::add);
        return relations;
    }

    /** Every actor, by id, with its counts. */
    void forEachActor(Consumer<ActorSummary> each);

    /** Rows per table, by table name. */
    Map<String, Long> counts();

    @Override
    void close();
}
