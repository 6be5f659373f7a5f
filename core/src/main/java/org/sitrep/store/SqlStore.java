package org.sitrep.store;

import org.sitrep.ingest.FetchState;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@link Store} over JDBC, for SQLite and PostgreSQL. Every statement binds its values; no text from an
 * article or a user is ever part of the SQL.
 *
 * <p>Two system properties exist for tests and operations: {@code sitrep.store.busyTimeoutMs} (how long SQLite
 * waits for another writer's lock, default 5000) and {@code sitrep.store.haltBeforeCommit=N}, which halts the JVM
 * (as {@code kill -9} would) inside the transaction of the N-th article this process writes, after its rows are
 * written and before they are committed.
 */
final class SqlStore implements Store {
    private static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "places",
            "amounts", "times", "events", "relations", "incidents", "descriptions", "actors", "statements");

    private final Db db;
    private final Connection connection;
    private final Dialect dialect;
    private final String database;
    private final ArticleWriter writer;
    private final FusionRunner fusion;
    private final StoreQueries queries;
    private final ArticleReads articles;

    private SqlStore(Connection connection, Dialect dialect, String database) {
        this.db = new Db(connection, dialect, database);
        this.connection = connection;
        this.dialect = dialect;
        this.database = database;
        this.writer = new ArticleWriter(db);
        this.fusion = new FusionRunner(db);
        this.queries = new StoreQueries(db);
        this.articles = new ArticleReads(db);
    }

    static SqlStore open(String url) {
        return open(url, false);
    }

    /**
     * Opens the database. A read-only store never creates, migrates or writes: its connection is opened read-only
     * (SQLite's read-only mode, PostgreSQL's read-only transactions), and a database whose schema is older or
     * newer than this Sitrep's is refused, saying which command migrates it.
     */
    static SqlStore open(String url, boolean readOnly) {
        Dialect dialect = Dialect.of(url);
        String database = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        Properties properties = new Properties();
        if (dialect == Dialect.SQLITE && readOnly) {
            properties.setProperty("open_mode", Integer.toString(org.sqlite.SQLiteOpenMode.READONLY.flag));
            properties.setProperty("busy_timeout", Long.toString(Long.getLong("sitrep.store.busyTimeoutMs", 5000)));
        } else if (dialect == Dialect.SQLITE) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "NORMAL");
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", Long.toString(Long.getLong("sitrep.store.busyTimeoutMs", 5000)));
            properties.setProperty("transaction_mode", "IMMEDIATE");
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw Db.failure(database, "cannot open the database", e);
        }
        SqlStore store = new SqlStore(connection, dialect, database);
        try {
            if (readOnly) {
                store.checkSchema(connection);
            } else {
                store.migrate();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    // ---- schema ----

    private void migrate() {
        db.inTransaction("create the schema", () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            }
            return null;
        });
        List<List<String>> migrations = Schema.migrations(dialect);
        while (true) {
            boolean done = db.inTransaction("migrate the schema", () -> {
                int version = readVersion();
                if (version > migrations.size()) {
                    throw new StoreException(database, "schema version " + version + " is newer than this Sitrep's ("
                            + migrations.size() + "); use a newer Sitrep");
                }
                if (version == migrations.size()) {
                    return true;
                }
                try (Statement s = connection.createStatement()) {
                    for (String sql : migrations.get(version)) {
                        s.execute(sql);
                    }
                }
                if (version + 1 == 4) {
                    new IncidentRows(connection).fuseUnfused(); // events stored before version 4
                }
                if (version + 1 == 5) {
                    new StatementSummaries(connection, dialect, Map.of()).summarize(); // fused before version 5
                }
                if (version + 1 == 6) {
                    new ActorFusion(db).findSeats(true); // entities fused before version 6
                }
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                    p.setInt(1, version + 1);
                    p.executeUpdate();
                }
                return false;
            });
            if (done) {
                return;
            }
        }
    }

    private void checkSchema(Connection c) {
        int version = db.read("read the schema version", () -> {
            if (dialect == Dialect.POSTGRESQL) {
                c.setReadOnly(true); // SQLite's connection was opened read-only
            }
            try (ResultSet r = c.getMetaData().getTables(null, null, "schema_version", null)) {
                return r.next() ? readVersion() : 0;
            }
        });
        int current = Schema.migrations(dialect).size();
        if (version != current) {
            throw new StoreException(database, "schema version " + version + (version < current
                    ? " is older than this Sitrep's (" + current + "); run sitrep ingest on it once to migrate it"
                    : " is newer than this Sitrep's (" + current + "); use a newer Sitrep"));
        }
    }

    private int readVersion() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Override
    public int schemaVersion() {
        return db.read("read the schema version", this::readVersion);
    }

    // ---- writing, fusion, queries and reads, each in its own class ----

    @Override
    public boolean isCurrent(Article article, String extractorVersion) {
        return writer.isCurrent(article, extractorVersion);
    }

    @Override
    public Ingested put(ArticleFacts facts, String extractorVersion) {
        return writer.put(facts, extractorVersion);
    }

    @Override
    public Fusion resolve() {
        return fusion.resolve();
    }

    @Override
    public List<StoredQuote> quotes(String speaker, String about, int limit, int sources) {
        return queries.quotes(speaker, about, limit, sources);
    }

    @Override
    public List<ActorSummary> actors(int top) {
        return queries.actors(top);
    }

    @Override
    public Optional<ActorSummary> actor(long id) {
        return queries.actor(id);
    }

    @Override
    public void forEachActor(Consumer<ActorSummary> each) {
        queries.forEachActor(each);
    }

    @Override
    public void forEachRelation(RelationQuery query, Consumer<StoredRelation> each) {
        queries.forEachRelation(query, each);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return queries.search(query, limit);
    }

    @Override
    public void forEachArticle(Consumer<ArticleFacts> each) {
        articles.forEachArticle(each);
    }

    @Override
    public Optional<ArticleFacts> article(long id) {
        return articles.article(id);
    }

    @Override
    public void forEachArticleHeader(Consumer<StoredArticle> each) {
        articles.forEachArticleHeader(each);
    }

    @Override
    public void forEachPlace(Consumer<StoredPlace> each) {
        articles.forEachPlace(each);
    }

    @Override
    public Optional<FetchState> fetchState(String url) {
        return db.read("read the fetch of " + url, () -> new FetchRows(connection).get(url));
    }

    @Override
    public void putFetchState(FetchState state) {
        db.inTransaction("record the fetch of " + state.url(), () -> {
            new FetchRows(connection).put(state);
            return null;
        });
    }

    @Override
    public Optional<StoredEvent> event(long id) {
        return db.read("read incident " + id, () -> Optional.ofNullable(
                new IncidentReads(connection, dialect, db::json).byId(id)));
    }

    @Override
    public void forEachPoint(EventQuery query, Consumer<IncidentPoint> each) {
        db.read("list incidents", () -> {
            new IncidentReads(connection, dialect, db::json).forEachPoint(query, each);
            return null;
        });
    }

    @Override
    public List<IncidentTally> tally(EventQuery query) {
        return db.read("count incidents", () -> new IncidentReads(connection, dialect, db::json).tally(query));
    }

    @Override
    public void forEachEvent(EventQuery query, Consumer<StoredEvent> each) {
        db.read("list events", () -> {
            new IncidentReads(connection, dialect, db::json).forEach(query, each);
            return null;
        });
    }

    @Override
    public Map<String, Long> counts() {
        return db.read("count rows", () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, db.count("SELECT COUNT(*) FROM " + table));
            }
            return counts;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw Db.failure(database, "cannot close the database", e);
        }
    }
}
