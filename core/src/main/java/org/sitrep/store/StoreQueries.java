package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.sitrep.store.Columns.longOrNull;

/** The store's queries: statements, actors, relations, full-text search. */
final class StoreQueries {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How many of the newest matches of a full-text query SQLite ranks by BM25. */
    static final int RANKED = 2000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+|\\n+");

    private final Db db;
    private final Connection connection;
    private final Dialect dialect;

    StoreQueries(Db db) {
        this.db = db;
        this.connection = db.connection();
        this.dialect = db.dialect();
    }

    public List<StoredQuote> quotes(String speaker, String about, int limit, int sources) {
        return db.read("list quotes", () -> {
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

    public List<ActorSummary> actors(int top) {
        return db.read("list actors", () -> {
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

    public Optional<ActorSummary> actor(long id) {
        return db.read("read actor " + id, () -> {
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

    public void forEachActor(Consumer<ActorSummary> each) {
        db.read("list actors", () -> {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + ACTOR_COLUMNS + " FROM actors ORDER BY id")) {
                while (r.next()) {
                    each.accept(actor(r));
                }
            }
            return null;
        });
    }

    public void forEachRelation(RelationQuery query, Consumer<StoredRelation> each) {
        db.read("list relations", () -> {
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
                        for (JsonNode s : db.json(r.getString(13)).path("evidence")) {
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

    public List<SearchHit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String q = ftsQuery(query, dialect);
        return db.read("search", () -> {
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
}
