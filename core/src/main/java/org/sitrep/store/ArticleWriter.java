package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Amount;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.resolve.Description;
import org.sitrep.resolve.DescriptionFinder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static org.sitrep.store.Columns.setDouble;
import static org.sitrep.store.Columns.setInt;
import static org.sitrep.store.Columns.setLong;

/** Writes an article with all its facts (one transaction, the caller's), replacing the facts of an older version. */
final class ArticleWriter {
    private final int haltBeforeCommit = Integer.getInteger("sitrep.store.haltBeforeCommit", 0);
    private int written;
    private final Db db;
    private final Connection connection;
    private final Dialect dialect;
    private final ObjectMapper json;

    ArticleWriter(Db db) {
        this.db = db;
        this.connection = db.connection();
        this.dialect = db.dialect();
        this.json = db.mapper();
    }

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

    public boolean isCurrent(Article article, String extractorVersion) {
        String hash = textHash(article.text());
        return db.read("look up an article", () -> {
            Existing e = find(article.url(), hash);
            return e != null && e.hash.equals(hash) && e.version.equals(extractorVersion);
        });
    }

    public Ingested put(ArticleFacts facts, String extractorVersion) {
        Article a = facts.article();
        String hash = textHash(a.text());
        return db.inTransaction("store " + a.source() + " article " + a.index(), () -> {
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

    static final String ARTICLE_COLUMNS = "source, source_index, url, title, published, byline,"
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
}
