package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Amount;
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
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import static org.sitrep.store.Columns.doubleOrNull;
import static org.sitrep.store.Columns.longOrNull;

/** Reads stored articles back: whole with their facts, as headers, and their places. */
final class ArticleReads {
    private final Db db;
    private final Connection connection;
    private final ObjectMapper json;

    ArticleReads(Db db) {
        this.db = db;
        this.connection = db.connection();
        this.json = db.mapper();
    }

    public void forEachArticle(Consumer<ArticleFacts> each) {
        List<Long> ids = db.read("list articles", () -> {
            List<Long> all = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM articles ORDER BY id")) {
                while (r.next()) {
                    all.add(r.getLong(1));
                }
            }
            return all;
        });
        for (long id : ids) {
            each.accept(db.read("read article " + id, () -> readArticle(id)));
        }
    }

    private ArticleFacts readArticle(long id) throws SQLException {
        Article article;
        List<Problem> extraction = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + ArticleWriter.ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                Dateline dateline = null;
                if (r.getString(7) != null || r.getString(8) != null || r.getString(9) != null) {
                    dateline = new Dateline(r.getString(7), r.getString(8), date(r.getString(9)));
                }
                List<Heading> headings = new ArrayList<>();
                for (JsonNode h : db.json(r.getString(10))) {
                    headings.add(new Heading(h.get("text").asText(), h.get("offset").asInt()));
                }
                JsonNode problems = db.json(r.getString(14));
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
        return new ArticleFacts(article, entities, times, amounts, quotes, places, rows.events(id, db::json),
                rows.relations(id, db::json), extraction);
    }

    public Optional<ArticleFacts> article(long id) {
        return db.read("read article " + id, () -> {
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

    public void forEachArticleHeader(Consumer<StoredArticle> each) {
        db.read("list articles", () -> {
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

    public void forEachPlace(Consumer<StoredPlace> each) {
        db.read("list places", () -> {
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

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
