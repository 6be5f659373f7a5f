package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Amount;
import org.sitrep.ingest.FetchState;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Heading;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.resolve.ActorCandidate;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Description;
import org.sitrep.resolve.DescriptionFinder;
import org.sitrep.resolve.ResolvedActor;
import org.sitrep.resolve.ResolvedStatement;
import org.sitrep.resolve.StatementCandidate;
import org.sitrep.resolve.StatementResolver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.sitrep.store.Columns.doubleOrNull;
import static org.sitrep.store.Columns.longOrNull;
import static org.sitrep.store.Columns.setDouble;
import static org.sitrep.store.Columns.setInt;
import static org.sitrep.store.Columns.setLong;

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How many of the newest matches of a full-text query SQLite ranks by BM25. */
    static final int RANKED = 2000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+|\\n+");

    private final Connection connection;
    private final Dialect dialect;
    private final String database;
    private final ObjectMapper json = new ObjectMapper();
    private final int haltBeforeCommit = Integer.getInteger("sitrep.store.haltBeforeCommit", 0);
    private int written;

    private SqlStore(Connection connection, Dialect dialect, String database) {
        this.connection = connection;
        this.dialect = dialect;
        this.database = database;
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
            throw failure(database, "cannot open the database", e);
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

    /** A store exception that says what kind of failure a driver's exception is. */
    static StoreException failure(String database, String doing, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
            return new StoreException(database, "not a SQLite database, or a corrupt one; the file was left as it is"
                    + " (" + m + ")", e);
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return new StoreException(database, "locked: another process is writing to it; nothing was written,"
                    + " try again when it has finished (" + m + ")", e);
        }
        if (m.contains("SQLITE_FULL") || "53100".equals(e.getSQLState())) {
            return new StoreException(database, "full: no room left on the disk or under the database's size limit: "
                    + doing + ", and nothing of it was kept; run the same command again once there is room (" + m + ")", e);
        }
        return new StoreException(database, doing + ": " + m, e);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    // ---- schema ----

    private void migrate() {
        inTransaction("create the schema", () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            }
            return null;
        });
        List<List<String>> migrations = Schema.migrations(dialect);
        while (true) {
            boolean done = inTransaction("migrate the schema", () -> {
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
                    findSeats(true); // entities fused before version 6
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
        int version = read("read the schema version", () -> {
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
        return read("read the schema version", this::readVersion);
    }

    // ---- ingest ----

    /** SHA-256 of the normalised text: NFKC, straight quotes, white space runs as one space, trimmed. */
    static String textHash(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201b\u2032]", "'")
                .replaceAll("[\u201c\u201d\u201f\u2033]", "\"")
                .replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Existing(long id, String hash, String version) {
    }

    private Existing find(String url, String hash) throws SQLException {
        if (url != null) {
            Existing byUrl = findBy("url", url);
            if (byUrl != null) {
                return byUrl;
            }
        }
        return findBy("text_hash", hash);
    }

    private Existing findBy(String column, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id, text_hash, extractor_version FROM articles WHERE " + column + " = ?")) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Existing(r.getLong(1), r.getString(2), r.getString(3)) : null;
            }
        }
    }

    @Override
    public boolean isCurrent(Article article, String extractorVersion) {
        String hash = textHash(article.text());
        return read("look up an article", () -> {
            Existing e = find(article.url(), hash);
            return e != null && e.hash.equals(hash) && e.version.equals(extractorVersion);
        });
    }

    @Override
    public Ingested put(ArticleFacts facts, String extractorVersion) {
        Article a = facts.article();
        String hash = textHash(a.text());
        return inTransaction("store " + a.source() + " article " + a.index(), () -> {
            Existing e = find(a.url(), hash);
            if (e != null && e.hash.equals(hash) && e.version.equals(extractorVersion)) {
                return Ingested.UNCHANGED;
            }
            long id;
            Ingested result;
            if (e == null) {
                id = insertArticle(a, facts, hash, extractorVersion);
                result = Ingested.STORED;
            } else {
                if (!e.hash.equals(hash)) {
                    Existing sameText = findBy("text_hash", hash);
                    if (sameText != null && sameText.id != e.id) {
                        return Ingested.UNCHANGED; // its new text is stored already, as another article
                    }
                }
                id = e.id;
                IncidentRows incidents = new IncidentRows(connection);
                java.util.Set<Long> stale = incidents.incidentsOf(id);
                deleteFacts(id);
                incidents.refresh(stale);
                updateArticle(id, a, facts, hash, extractorVersion);
                result = Ingested.REPLACED;
            }
            insertFacts(id, facts);
            new IncidentRows(connection).fuse(id);
            written++;
            if (written == haltBeforeCommit) {
                Runtime.getRuntime().halt(137);
            }
            return result;
        });
    }

    private static final String ARTICLE_COLUMNS = "source, source_index, url, title, published, byline,"
            + " dateline_place, dateline_agency, dateline_date, headings, text, text_hash, extractor_version, problems";

    private long insertArticle(Article a, ArticleFacts facts, String hash, String version) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            bindArticle(p, a, facts, hash, version);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void updateArticle(long id, Article a, ArticleFacts facts, String hash, String version) throws SQLException {
        String set = String.join(" = ?, ", ARTICLE_COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement p = connection.prepareStatement("UPDATE articles SET " + set + " WHERE id = ?")) {
            bindArticle(p, a, facts, hash, version);
            p.setLong(15, id);
            p.executeUpdate();
        }
    }

    private void bindArticle(PreparedStatement p, Article a, ArticleFacts facts, String hash, String version)
            throws SQLException {
        p.setString(1, a.source());
        p.setInt(2, a.index());
        p.setString(3, a.url());
        p.setString(4, a.title());
        p.setString(5, a.published() == null ? null : a.published().toString());
        p.setString(6, a.byline());
        Dateline d = a.dateline();
        p.setString(7, d == null ? null : d.place());
        p.setString(8, d == null ? null : d.agency());
        p.setString(9, d == null || d.date() == null ? null : d.date().toString());
        ArrayNode headings = json.createArrayNode();
        a.headings().forEach(h -> headings.addObject().put("text", h.text()).put("offset", h.offset()));
        p.setString(10, headings.toString());
        p.setString(11, a.text());
        p.setString(12, hash);
        p.setString(13, version);
        ObjectNode problems = json.createObjectNode();
        ArrayNode reading = problems.putArray("reading");
        a.problems().forEach(x -> reading.addObject().put("stage", x.stage()).put("message", x.message()));
        ArrayNode extraction = problems.putArray("extraction");
        facts.problems().forEach(x -> extraction.addObject().put("stage", x.stage()).put("message", x.message()));
        p.setString(14, problems.toString());
    }

    private void deleteFacts(long articleId) throws SQLException {
        List<String> deletes = new ArrayList<>();
        // the actors and statements that lose members: the next fusion resolves their name groups and keys again
        deletes.add("INSERT INTO stale_actors (actor_id) SELECT DISTINCT actor_id FROM entities"
                + " WHERE article_id = ? AND actor_id IS NOT NULL");
        deletes.add("INSERT INTO stale_statements (statement_id) SELECT DISTINCT statement_id FROM quotes"
                + " WHERE article_id = ? AND statement_id IS NOT NULL");
        if (dialect == Dialect.SQLITE) {
            deletes.add("DELETE FROM quote_search WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)");
            deletes.add("DELETE FROM article_search WHERE rowid = ?");
        }
        for (String table : List.of("events", "relations", "quotes", "descriptions", "mentions", "entities", "places",
                "amounts", "times")) {
            deletes.add("DELETE FROM " + table + " WHERE article_id = ?");
        }
        for (String sql : deletes) {
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                p.setLong(1, articleId);
                p.executeUpdate();
            }
        }
    }

    private void insertFacts(long articleId, ArticleFacts facts) throws SQLException {
        Map<String, Long> entityIds = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO entities (article_id, local_id, name, type) VALUES (?, ?, ?, ?) RETURNING id")) {
            for (Entity e : facts.entities()) {
                p.setLong(1, articleId);
                p.setString(2, e.id());
                p.setString(3, e.name());
                p.setString(4, e.type().name());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    entityIds.put(e.id(), r.getLong(1));
                }
            }
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO descriptions (article_id, entity_id,"
                + " span_start, span_end, text, description_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Description d : new DescriptionFinder().find(facts.article(), facts.entities())) {
                p.setLong(1, articleId);
                p.setLong(2, entityIds.get(d.entity()));
                p.setInt(3, d.span().start());
                p.setInt(4, d.span().end());
                p.setString(5, d.text());
                p.setString(6, d.key());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO mentions (entity_id, article_id, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)")) {
            for (Entity e : facts.entities()) {
                for (Mention m : e.mentions()) {
                    p.setLong(1, entityIds.get(e.id()));
                    p.setLong(2, articleId);
                    p.setInt(3, m.span().start());
                    p.setInt(4, m.span().end());
                    p.setString(5, m.text());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO quotes (article_id, span_start, span_end,"
                + " text, direct, cue, cue_start, cue_end, speaker_name, speaker_entity_id, speaker_start, speaker_end)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : facts.quotes()) {
                p.setLong(1, articleId);
                p.setInt(2, q.span().start());
                p.setInt(3, q.span().end());
                p.setString(4, q.text());
                p.setInt(5, q.direct() ? 1 : 0);
                p.setString(6, q.cue());
                p.setInt(7, q.cueSpan().start());
                p.setInt(8, q.cueSpan().end());
                Speaker s = q.speaker();
                p.setString(9, s == null ? null : s.name());
                Long entity = s == null || s.entity() == null ? null : entityIds.get(s.entity());
                setLong(p, 10, entity);
                setInt(p, 11, s == null ? null : s.span().start());
                setInt(p, 12, s == null ? null : s.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO places (article_id, span_start, span_end,"
                + " text, name, kind, country, admin1, lat, lon, geonames_id, metonymy)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Place pl : facts.places()) {
                p.setLong(1, articleId);
                p.setInt(2, pl.span().start());
                p.setInt(3, pl.span().end());
                p.setString(4, pl.text());
                p.setString(5, pl.name());
                p.setString(6, pl.kind().name().toLowerCase(Locale.ROOT));
                p.setString(7, pl.country());
                p.setString(8, pl.admin1());
                setDouble(p, 9, pl.lat());
                setDouble(p, 10, pl.lon());
                setLong(p, 11, pl.id());
                p.setInt(12, pl.metonymy() ? 1 : 0);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO amounts (article_id, span_start, span_end,"
                + " text, value, unit, total) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Amount am : facts.amounts()) {
                p.setLong(1, articleId);
                p.setInt(2, am.span().start());
                p.setInt(3, am.span().end());
                p.setString(4, am.text());
                p.setDouble(5, am.value());
                p.setString(6, am.unit());
                setDouble(p, 7, am.total());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO times (article_id, span_start, span_end,"
                + " text, type, value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (TimeExpression t : facts.times()) {
                p.setLong(1, articleId);
                p.setInt(2, t.span().start());
                p.setInt(3, t.span().end());
                p.setString(4, t.text());
                p.setString(5, t.type().name());
                p.setString(6, t.value());
                p.addBatch();
            }
            p.executeBatch();
        }
        new EventRows(connection, json).insert(articleId, facts.events(), facts.relations(), entityIds);
        if (dialect == Dialect.SQLITE) {
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)")) {
                p.setLong(1, articleId);
                p.setString(2, facts.article().title());
                p.setString(3, facts.article().text());
                p.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO quote_search (rowid, text) SELECT id, text FROM quotes WHERE article_id = ?")) {
                p.setLong(1, articleId);
                p.executeUpdate();
            }
        }
    }

    // ---- fusion ----

    /**
     * Fuses incrementally: only the name groups of actors ({@link ActorResolver#group}) and the statement keys that
     * entities and quotes not yet fused, or removed by a replaced article ({@code stale_actors},
     * {@code stale_statements}), touch are resolved again, with the same result as resolving everything. The
     * actors' incident and relation counts (a side may count for an actor through its name as written) are still
     * counted over all events and relations.
     */
    @Override
    public Fusion resolve() {
        return inTransaction("fuse actors, statements and incidents", () -> {
            new IncidentRows(connection).fuseUnfused();
            ActorChanges actors = resolveActors();
            resolveStatements(actors);
            countActorFacts();
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
            return new Fusion(count("SELECT COUNT(*) FROM actors"),
                    count("SELECT COUNT(*) FROM entities WHERE actor_id IS NOT NULL"),
                    count("SELECT COUNT(*) FROM statements"),
                    count("SELECT COUNT(*) FROM (SELECT statement_id FROM quotes WHERE statement_id IS NOT NULL"
                            + " GROUP BY statement_id HAVING COUNT(DISTINCT article_id) > 1) shared"),
                    count("SELECT COUNT(*) FROM incidents"),
                    count("SELECT COUNT(*) FROM incidents WHERE claim_count > 1"));
        });
    }

    /**
     * What an actor fusion changed: the actors resolved again (kept, renamed, new or deleted), the renamed ones,
     * and the entities already fused before that now point to another actor.
     */
    private record ActorChanges(java.util.Set<Long> touched, java.util.Set<Long> renamed,
                                java.util.Set<Long> repointed) {
    }

    /**
     * Finds the seats of the metonymic entities (every mention of which is a metonym: "the Kremlin", "Moscow
     * said") of the articles whose entities are not fused yet, or of all articles, and writes them to
     * {@code entities.seat}. Found from the few metonymic places, not entity by entity.
     */
    private void findSeats(boolean all) throws SQLException {
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

    private ActorChanges resolveActors() throws SQLException {
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
    private void countActorFacts() throws SQLException {
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

    /**
     * Resolves again the statements whose keys quotes not yet fused, or removed by a replaced article, touch; then
     * summarises those statements and the ones whose speakers' actors the actor fusion changed, or whose
     * described speakers ("the NATO chief") now name another actor.
     */
    private void resolveStatements(ActorChanges actors) throws SQLException {
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

    private Map<String, Long> keys(String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }

    // ---- queries ----

    @Override
    public List<StoredQuote> quotes(String speaker, String about, int limit, int sources) {
        return read("list quotes", () -> {
            String from = " FROM quotes q JOIN articles a ON a.id = q.article_id"
                    + " LEFT JOIN entities e ON e.id = q.speaker_entity_id LEFT JOIN actors ac ON ac.id = e.actor_id";
            // Step 1: the page of statements, by the statements' own summary columns and index (newest first).
            StringBuilder where = new StringBuilder(" WHERE s.quote_count > 0");
            List<String> values = new ArrayList<>();
            if (dialect == Dialect.SQLITE && (speaker != null || about != null)) {
                // statement_filter is a trigram index: a LIKE without ESCAPE on it finds substrings without reading
                // every statement (with ESCAPE SQLite does not use the index); the pattern's own % and _ make it a
                // superset, which the escaped LIKE on the same row then narrows to the exact substring.
                List<String> match = new ArrayList<>();
                for (String[] f : new String[][]{{"speakers", speaker}, {"text", about}}) {
                    if (f[1] != null) {
                        match.add(f[0] + " LIKE ? AND " + f[0] + " LIKE ? ESCAPE '\\'");
                        values.add(loose(f[1]));
                        values.add(like(f[1]));
                    }
                }
                where.append(" AND s.id IN (SELECT rowid FROM statement_filter WHERE ")
                        .append(String.join(" AND ", match)).append(")");
            } else {
                if (speaker != null) {
                    where.append(" AND s.speakers LIKE ? ESCAPE '\\'");
                    values.add(like(speaker));
                }
                if (about != null) {
                    where.append(" AND lower(s.text) LIKE ? ESCAPE '\\'");
                    values.add(like(about));
                }
            }
            List<Long> groups = new ArrayList<>();
            Map<Long, String> speakers = new HashMap<>();
            Map<Long, Long> counts = new HashMap<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT s.id, s.speaker, s.quote_count FROM statements s"
                    + where
                    + " ORDER BY s.newest DESC, s.first_quote_id LIMIT ?")) {
                int i = 1;
                for (String v : values) {
                    p.setString(i++, v);
                }
                p.setInt(i, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        groups.add(r.getLong(1));
                        speakers.put(r.getLong(1), r.getString(2));
                        counts.put(r.getLong(1), r.getLong(3));
                    }
                }
            }
            if (groups.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Object[]>> rows = new LinkedHashMap<>();
            // Step 2: the first sources of each statement of the page, through the quotes' statement index (each
            // a short ordered range scan that stops at the limit).
            try (PreparedStatement p = connection.prepareStatement("SELECT q.text, q.direct,"
                    + " COALESCE(ac.name, q.speaker_name), q.speaker_name, a.id, a.source, a.title, a.url, a.published,"
                    + " q.span_start, q.span_end" + from + " WHERE q.statement_id = ? ORDER BY q.id LIMIT ?")) {
                for (long g : groups) {
                    List<Object[]> listed = new ArrayList<>();
                    p.setLong(1, g);
                    p.setInt(2, Math.max(1, sources));
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            listed.add(new Object[]{r.getString(1), r.getInt(2) == 1, r.getString(3),
                                    new QuoteSource(r.getLong(5), r.getString(6), r.getString(7), r.getString(8),
                                            r.getString(9), r.getString(4), r.getInt(10), r.getInt(11))});
                        }
                    }
                    rows.put(g, listed);
                }
            }
            List<StoredQuote> quotes = new ArrayList<>();
            rows.forEach((g, listed) -> {
                if (listed.isEmpty()) {
                    return; // its quotes were replaced since the last fusion
                }
                Object[] first = listed.get(0);
                String shown = speakers.get(g) != null ? speakers.get(g) : (String) first[2];
                quotes.add(new StoredQuote(g, (String) first[0], shown, (Boolean) first[1],
                        Math.max(counts.get(g), listed.size()), listed.stream().map(x -> (QuoteSource) x[3]).toList()));
            });
            return quotes;
        });
    }

    /** A LIKE pattern, without ESCAPE, that matches at least every text holding {@code text}. */
    private static String loose(String text) {
        return "%" + text.toLowerCase(Locale.ROOT) + "%";
    }

    /** A LIKE pattern for a case-insensitive substring, with the pattern's own characters escaped. */
    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public List<ActorSummary> actors(int top) {
        return read("list actors", () -> {
            List<ActorSummary> actors = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT " + ACTOR_COLUMNS
                    + " FROM actors ORDER BY article_count DESC, mention_count DESC, name LIMIT ?")) {
                p.setInt(1, top);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        actors.add(actor(r));
                    }
                }
            }
            return actors;
        });
    }

    @Override
    public Optional<FetchState> fetchState(String url) {
        return read("read the fetch of " + url, () -> new FetchRows(connection).get(url));
    }

    @Override
    public void putFetchState(FetchState state) {
        inTransaction("record the fetch of " + state.url(), () -> {
            new FetchRows(connection).put(state);
            return null;
        });
    }

    @Override
    public Optional<ActorSummary> actor(long id) {
        return read("read actor " + id, () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(actor(r)) : Optional.empty();
                }
            }
        });
    }

    private static final String ACTOR_COLUMNS = "id, name, type, article_count, mention_count, quote_count,"
            + " event_count, relation_count";

    private static ActorSummary actor(ResultSet r) throws SQLException {
        return new ActorSummary(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                r.getLong(6), r.getLong(7), r.getLong(8));
    }

    @Override
    public void forEachActor(Consumer<ActorSummary> each) {
        read("list actors", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + ACTOR_COLUMNS + " FROM actors ORDER BY id")) {
                while (r.next()) {
                    each.accept(actor(r));
                }
            }
            return null;
        });
    }

    @Override
    public void forEachRelation(RelationQuery query, Consumer<StoredRelation> each) {
        read("list relations", () -> {
            StringBuilder sql = new StringBuilder("SELECT r.id, r.article_id, COALESCE(sa.name, r.subject_name),"
                    + " sa.id, sa.type, r.predicate, COALESCE(oa.name, r.object_name), oa.id, oa.type, r.what, r.date,"
                    + " r.claimed_by_name, r.evidence, r.trigger_start, r.trigger_end, a.source, a.url, a.text"
                    + " FROM relations r JOIN articles a ON a.id = r.article_id"
                    + " LEFT JOIN entities se ON se.id = r.subject_entity_id LEFT JOIN actors sa ON sa.id = se.actor_id"
                    + " LEFT JOIN entities oe ON oe.id = r.object_entity_id LEFT JOIN actors oa ON oa.id = oe.actor_id"
                    + " WHERE 1 = 1");
            List<Object> values = new ArrayList<>();
            if (query.actor() != null) {
                sql.append(" AND (lower(r.subject_name) LIKE ? ESCAPE '\\' OR lower(sa.name) LIKE ? ESCAPE '\\'"
                        + " OR lower(r.object_name) LIKE ? ESCAPE '\\' OR lower(oa.name) LIKE ? ESCAPE '\\')");
                for (int i = 0; i < 4; i++) {
                    values.add(like(query.actor()));
                }
            }
            if (query.predicate() != null) {
                sql.append(" AND r.predicate = ?");
                values.add(query.predicateName());
            }
            sql.append(" ORDER BY r.id");
            if (query.limit() > 0) {
                sql.append(" LIMIT ?");
                values.add(query.limit());
            }
            try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) instanceof Integer n) {
                        p.setInt(i + 1, n);
                    } else {
                        p.setString(i + 1, (String) values.get(i));
                    }
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String text = r.getString(18);
                        StringBuilder evidence = new StringBuilder();
                        for (JsonNode s : json(r.getString(13)).path("evidence")) {
                            Span span = new Span(s.get(0).asInt(), s.get(1).asInt());
                            if (span.end() <= text.length()) {
                                evidence.append(evidence.isEmpty() ? "" : " ").append(span.of(text).strip());
                            }
                        }
                        each.accept(new StoredRelation(r.getLong(1), r.getLong(2), r.getString(3), longOrNull(r, 4),
                                r.getString(5), RelationPredicate.valueOf(r.getString(6)).label(), r.getString(7),
                                longOrNull(r, 8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                                evidence.toString(), r.getInt(14), r.getInt(15), r.getString(16), r.getString(17)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String q = ftsQuery(query, dialect);
        return read("search", () -> {
            // Two steps: rank ids and scores alone (the index and its statistics, no text carried through the
            // sort), then read the few best rows' text.
            List<SearchHit> hits = new ArrayList<>();
            String articles;
            String quotes;
            if (dialect == Dialect.SQLITE) {
                // BM25 over the newest RANKED matches only: FTS5 walks its index by rowid and stops there, so a
                // word found in most articles costs no more than a rarer one (exact whenever fewer match).
                articles = "SELECT rowid, score FROM (SELECT rowid, -bm25(article_search, 2.0, 1.0) AS score"
                        + " FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT " + RANKED + ")"
                        + " ORDER BY score DESC, rowid LIMIT ?";
                quotes = "SELECT rowid, score FROM (SELECT rowid, -bm25(quote_search) AS score FROM quote_search"
                        + " WHERE quote_search MATCH ? ORDER BY rowid DESC LIMIT " + RANKED + ")"
                        + " ORDER BY score DESC, rowid LIMIT ?";
            } else {
                String doc = ARTICLE_DOCUMENT;
                articles = "SELECT a.id, ts_rank(" + doc + ", w) AS score"
                        + " FROM articles a, websearch_to_tsquery('english', ?) w WHERE " + doc + " @@ w"
                        + " ORDER BY score DESC, a.id LIMIT ?";
                quotes = "SELECT qu.id, ts_rank(to_tsvector('english', qu.text), w) AS score"
                        + " FROM quotes qu, websearch_to_tsquery('english', ?) w"
                        + " WHERE to_tsvector('english', qu.text) @@ w ORDER BY score DESC, qu.id LIMIT ?";
            }
            for (String kind : List.of("article", "quote")) {
                Map<Long, Double> ranked = new LinkedHashMap<>();
                try (PreparedStatement p = connection.prepareStatement(kind.equals("article") ? articles : quotes)) {
                    p.setString(1, q);
                    p.setInt(2, limit);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            ranked.put(r.getLong(1), r.getDouble(2));
                        }
                    }
                }
                try (PreparedStatement p = connection.prepareStatement(kind.equals("article")
                        ? "SELECT a.id, a.title, a.url, a.text FROM articles a WHERE a.id = ?"
                        : "SELECT a.id, a.title, a.url, qu.text FROM quotes qu JOIN articles a ON a.id = qu.article_id"
                        + " WHERE qu.id = ?")) {
                    for (Map.Entry<Long, Double> hit : ranked.entrySet()) {
                        p.setLong(1, hit.getKey());
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next()) {
                                String body = r.getString(4);
                                String sentence = kind.equals("quote") ? body : bestSentence(body, words);
                                hits.add(new SearchHit(kind, r.getLong(1), r.getString(2), r.getString(3), sentence,
                                        hit.getValue()));
                            }
                        }
                    }
                }
            }
            hits.sort(java.util.Comparator.comparingDouble(SearchHit::score).reversed()
                    .thenComparing(SearchHit::kind).thenComparingLong(SearchHit::articleId));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        });
    }

    /** An article's title and text as PostgreSQL's full-text index holds them (the expression it is built on). */
    static final String ARTICLE_DOCUMENT = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)";

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * A text as the dialect's full-text index reads it: for SQLite's FTS5 its words, each quoted (so that no
     * word is read as an operator), all required; for PostgreSQL the text itself (websearch syntax). Null when it
     * holds no word.
     */
    static String ftsQuery(String text, Dialect dialect) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        return dialect == Dialect.SQLITE ? String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList()) : text;
    }

    /** The sentence of {@code text} that holds most of the query's words (by their first letters, for stems). */
    static String bestSentence(String text, List<String> words) {
        String best = null;
        int bestScore = -1;
        for (String sentence : SENTENCE_END.split(text)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            int score = 0;
            for (String w : words) {
                String stem = w.length() > 5 ? w.substring(0, w.length() - 2) : w;
                if (lower.contains(stem)) {
                    score++;
                }
            }
            if (score > bestScore && !sentence.isBlank()) {
                best = sentence.strip();
                bestScore = score;
            }
        }
        return best == null ? text.strip() : best;
    }

    // ---- export ----

    @Override
    public void forEachArticle(Consumer<ArticleFacts> each) {
        List<Long> ids = read("list articles", () -> {
            List<Long> all = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM articles ORDER BY id")) {
                while (r.next()) {
                    all.add(r.getLong(1));
                }
            }
            return all;
        });
        for (long id : ids) {
            each.accept(read("read article " + id, () -> readArticle(id)));
        }
    }

    private ArticleFacts readArticle(long id) throws SQLException {
        Article article;
        List<Problem> extraction = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                Dateline dateline = null;
                if (r.getString(7) != null || r.getString(8) != null || r.getString(9) != null) {
                    dateline = new Dateline(r.getString(7), r.getString(8), date(r.getString(9)));
                }
                List<Heading> headings = new ArrayList<>();
                for (JsonNode h : json(r.getString(10))) {
                    headings.add(new Heading(h.get("text").asText(), h.get("offset").asInt()));
                }
                JsonNode problems = json(r.getString(14));
                List<Problem> reading = new ArrayList<>();
                problems.path("reading").forEach(x -> reading.add(new Problem(x.get("stage").asText(), x.get("message").asText())));
                problems.path("extraction").forEach(x -> extraction.add(new Problem(x.get("stage").asText(), x.get("message").asText())));
                article = new Article(r.getString(1), r.getInt(2), r.getString(4), date(r.getString(5)), dateline,
                        headings, r.getString(11), r.getString(3), r.getString(6), reading);
            }
        }
        String text = article.text();
        Map<Long, List<Mention>> mentions = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT entity_id, span_start, span_end, text FROM mentions WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    mentions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Mention(new Span(r.getInt(2), r.getInt(3)), r.getString(4)));
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id, local_id, name, type FROM entities WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    entities.add(new Entity(r.getString(2), r.getString(3), EntityType.valueOf(r.getString(4)),
                            mentions.getOrDefault(r.getLong(1), List.of())));
                }
            }
        }
        List<Quote> quotes = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT q.span_start, q.span_end, q.text, q.direct,"
                + " q.cue, q.cue_start, q.cue_end, q.speaker_name, e.local_id, q.speaker_start, q.speaker_end"
                + " FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.article_id = ? ORDER BY q.id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Speaker speaker = null;
                    if (r.getString(8) != null) {
                        Span s = new Span(r.getInt(10), r.getInt(11));
                        speaker = new Speaker(r.getString(8), r.getString(9), s, s.of(text));
                    }
                    quotes.add(new Quote(new Span(r.getInt(1), r.getInt(2)), r.getString(3), r.getInt(4) == 1,
                            new Span(r.getInt(6), r.getInt(7)), r.getString(5), speaker));
                }
            }
        }
        List<Place> places = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT span_start, span_end, text, name, kind, country,"
                + " admin1, lat, lon, geonames_id, metonymy FROM places WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    places.add(new Place(new Span(r.getInt(1), r.getInt(2)), r.getString(3), r.getString(4),
                            PlaceKind.valueOf(r.getString(5).toUpperCase(Locale.ROOT)), r.getString(6), r.getString(7),
                            doubleOrNull(r, 8), doubleOrNull(r, 9), longOrNull(r, 10), r.getInt(11) == 1));
                }
            }
        }
        List<Amount> amounts = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT span_start, span_end, text, value, unit, total FROM amounts WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    amounts.add(new Amount(new Span(r.getInt(1), r.getInt(2)), r.getString(3), r.getDouble(4),
                            r.getString(5), doubleOrNull(r, 6)));
                }
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT span_start, span_end, text, type, value FROM times WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    times.add(new TimeExpression(new Span(r.getInt(1), r.getInt(2)), r.getString(3),
                            TimeType.valueOf(r.getString(4)), r.getString(5)));
                }
            }
        }
        EventRows rows = new EventRows(connection, json);
        return new ArticleFacts(article, entities, times, amounts, quotes, places, rows.events(id, this::json),
                rows.relations(id, this::json), extraction);
    }

    @Override
    public Optional<ArticleFacts> article(long id) {
        return read("read article " + id, () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(readArticle(id));
        });
    }

    @Override
    public Optional<StoredEvent> event(long id) {
        return read("read incident " + id, () -> Optional.ofNullable(
                new IncidentReads(connection, dialect, this::json).byId(id)));
    }

    @Override
    public void forEachPoint(EventQuery query, Consumer<IncidentPoint> each) {
        read("list incidents", () -> {
            new IncidentReads(connection, dialect, this::json).forEachPoint(query, each);
            return null;
        });
    }

    @Override
    public List<IncidentTally> tally(EventQuery query) {
        return read("count incidents", () -> new IncidentReads(connection, dialect, this::json).tally(query));
    }

    @Override
    public void forEachArticleHeader(Consumer<StoredArticle> each) {
        read("list articles", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, source, title, url, published FROM articles ORDER BY id")) {
                while (r.next()) {
                    each.accept(new StoredArticle(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
            return null;
        });
    }

    @Override
    public void forEachPlace(Consumer<StoredPlace> each) {
        read("list places", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT article_id, text, name, kind, country, admin1, lat, lon,"
                         + " span_start, span_end FROM places WHERE lat IS NOT NULL ORDER BY id")) {
                while (r.next()) {
                    each.accept(new StoredPlace(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getDouble(7), r.getDouble(8), r.getInt(9), r.getInt(10)));
                }
            }
            return null;
        });
    }

    @Override
    public void forEachEvent(EventQuery query, Consumer<StoredEvent> each) {
        read("list events", () -> {
            new IncidentReads(connection, dialect, this::json).forEach(query, each);
            return null;
        });
    }

    @Override
    public Map<String, Long> counts() {
        return read("count rows", () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, count("SELECT COUNT(*) FROM " + table));
            }
            return counts;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(database, "cannot close the database", e);
        }
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs work in one transaction. On a failure it rolls back and keeps the failure's own message: SQLite may
     * have rolled back by itself already (a full disk does), so a failing rollback or end of the transaction is
     * only added to it, never put in its place.
     */
    private <T> T inTransaction(String doing, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(database, "cannot " + doing, e);
        }
    }

    private <T> T read(String doing, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(database, "cannot " + doing, e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException(database, "a stored JSON column does not parse: " + e.getOriginalMessage(), e);
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
