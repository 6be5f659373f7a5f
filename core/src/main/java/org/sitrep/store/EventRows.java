package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.sitrep.store.Columns.doubleOrNull;
import static org.sitrep.store.Columns.intOrNull;
import static org.sitrep.store.Columns.setDouble;
import static org.sitrep.store.Columns.setInt;

/**
 * The rows of the events and relations tables (schema version 3). The columns hold what queries filter on; the
 * spans behind them (mentions, toll figures, actors as written) go to the {@code evidence} JSON column, so that an
 * event or relation reads back exactly as it was extracted.
 */
final class EventRows {
    private final Connection connection;
    private final ObjectMapper json;

    EventRows(Connection connection, ObjectMapper json) {
        this.connection = connection;
        this.json = json;
    }

    // ---- write ----

    void insert(long articleId, List<Event> events, List<Relation> relations, Map<String, Long> entityIds)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (article_id, local_id, type,"
                + " subtype, date, date_precision, location_text, location_name, country, admin1, lat, lon,"
                + " location_start, location_end, actor1_name, actor1_entity_id, actor2_name, actor2_entity_id, weapon,"
                + " fatalities, fatalities_qualifier, injured, launched, intercepted, civilian_targeting, confidence,"
                + " evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                int i = 0;
                p.setLong(++i, articleId);
                p.setString(++i, e.id());
                p.setString(++i, e.type().name());
                p.setString(++i, e.subtype().name());
                p.setString(++i, e.date());
                p.setString(++i, e.precision() == null ? null : e.precision().name());
                Location l = e.location();
                p.setString(++i, l == null ? null : l.text());
                p.setString(++i, l == null ? null : l.name());
                p.setString(++i, l == null ? null : l.country());
                p.setString(++i, l == null ? null : l.admin1());
                setDouble(p, ++i, l == null ? null : l.lat());
                setDouble(p, ++i, l == null ? null : l.lon());
                setInt(p, ++i, l == null ? null : l.span().start());
                setInt(p, ++i, l == null ? null : l.span().end());
                i = bindActor(p, i, e.actor1(), entityIds);
                i = bindActor(p, i, e.actor2(), entityIds);
                p.setString(++i, e.weapon() == null ? null : e.weapon().text());
                Casualties c = e.casualties();
                setInt(p, ++i, c.fatalities());
                p.setString(++i, c.qualifier() == null ? null : c.qualifier().name());
                setInt(p, ++i, c.injured());
                setInt(p, ++i, c.launched());
                setInt(p, ++i, c.intercepted());
                p.setInt(++i, e.civilianTargeting() ? 1 : 0);
                p.setDouble(++i, e.confidence());
                p.setString(++i, evidence(e).toString());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO relations (article_id, subject_name,"
                + " subject_entity_id, predicate, object_name, object_entity_id, what, date, trigger_start, trigger_end,"
                + " evidence, claimed_by_name, claimed_by_entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Relation r : relations) {
                int i = 0;
                p.setLong(++i, articleId);
                i = bindActor(p, i, r.subject(), entityIds);
                p.setString(++i, r.predicate().name());
                i = bindActor(p, i, r.object(), entityIds);
                p.setString(++i, r.what());
                p.setString(++i, r.date());
                p.setInt(++i, r.trigger().start());
                p.setInt(++i, r.trigger().end());
                ObjectNode o = json.createObjectNode();
                ArrayNode spans = o.putArray("evidence");
                r.evidence().forEach(s -> spans.add(span(s)));
                o.set("subject", actor(r.subject()));
                o.set("object", actor(r.object()));
                o.set("claimed_by", actor(r.claimedBy()));
                p.setString(++i, o.toString());
                i = bindActor(p, i, r.claimedBy(), entityIds);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static int bindActor(PreparedStatement p, int i, Actor a, Map<String, Long> entityIds) throws SQLException {
        p.setString(i + 1, a == null ? null : a.name());
        Long entity = a == null || a.entity() == null ? null : entityIds.get(a.entity());
        if (entity == null) {
            p.setNull(i + 2, Types.BIGINT);
        } else {
            p.setLong(i + 2, entity);
        }
        return i + 2;
    }

    private ObjectNode evidence(Event e) {
        ObjectNode o = json.createObjectNode();
        o.set("actor1", actor(e.actor1()));
        o.set("actor2", actor(e.actor2()));
        o.set("weapon", mention(e.weapon()));
        ArrayNode figures = o.putArray("figures");
        for (TollFigure f : e.figures()) {
            figures.addObject().put("start", f.span().start()).put("end", f.span().end()).put("count", f.count().name())
                    .put("value", f.value()).put("qualifier", f.qualifier().name());
        }
        ArrayNode mentions = o.putArray("mentions");
        for (EventMention m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            n.set("evidence", span(m.evidence()));
            ArrayNode triggers = n.putArray("triggers");
            m.triggers().forEach(t -> triggers.add(span(t)));
            n.set("actor1", actor(m.actor1()));
            n.set("actor2", actor(m.actor2()));
            n.set("location", location(m.location()));
            n.set("weapon", mention(m.weapon()));
        }
        return o;
    }

    private ArrayNode span(Span s) {
        return json.createArrayNode().add(s.start()).add(s.end());
    }

    private JsonNode actor(Actor a) {
        if (a == null) {
            return json.nullNode();
        }
        ObjectNode o = json.createObjectNode().put("name", a.name()).put("entity", a.entity());
        o.set("span", a.span() == null ? json.nullNode() : span(a.span()));
        return o;
    }

    private JsonNode mention(Mention m) {
        if (m == null) {
            return json.nullNode();
        }
        ObjectNode o = json.createObjectNode().put("text", m.text());
        o.set("span", span(m.span()));
        return o;
    }

    private JsonNode location(Location l) {
        if (l == null) {
            return json.nullNode();
        }
        ObjectNode o = json.createObjectNode().put("text", l.text()).put("name", l.name()).put("country", l.country())
                .put("admin1", l.admin1()).put("lat", l.lat()).put("lon", l.lon());
        o.set("span", span(l.span()));
        return o;
    }

    // ---- read ----

    List<Event> events(long articleId, Function<String, JsonNode> parse) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT local_id, subtype, date, date_precision,"
                + " location_text, location_name, country, admin1, lat, lon, location_start, location_end,"
                + " fatalities, fatalities_qualifier, injured, launched, intercepted, civilian_targeting, confidence,"
                + " evidence FROM events WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Location location = null;
                    if (r.getString(5) != null) {
                        location = new Location(new Span(r.getInt(11), r.getInt(12)), r.getString(5), r.getString(6),
                                r.getString(7), r.getString(8), doubleOrNull(r, 9), doubleOrNull(r, 10));
                    }
                    String qualifier = r.getString(14);
                    Casualties casualties = new Casualties(intOrNull(r, 13),
                            qualifier == null ? null : FatalityQualifier.valueOf(qualifier), intOrNull(r, 15),
                            intOrNull(r, 16), intOrNull(r, 17));
                    JsonNode ev = parse.apply(r.getString(20));
                    List<TollFigure> figures = new ArrayList<>();
                    for (JsonNode f : ev.path("figures")) {
                        figures.add(new TollFigure(new Span(f.get("start").asInt(), f.get("end").asInt()),
                                TollFigure.Count.valueOf(f.get("count").asText()), f.get("value").asInt(),
                                FatalityQualifier.valueOf(f.get("qualifier").asText())));
                    }
                    List<EventMention> mentions = new ArrayList<>();
                    for (JsonNode m : ev.path("mentions")) {
                        List<Span> triggers = new ArrayList<>();
                        m.path("triggers").forEach(t -> triggers.add(span(t)));
                        mentions.add(new EventMention(span(m.get("evidence")), triggers, actor(m.get("actor1")),
                                actor(m.get("actor2")), location(m.get("location")), mention(m.get("weapon"))));
                    }
                    String precision = r.getString(4);
                    events.add(new Event(r.getString(1), EventSubtype.valueOf(r.getString(2)), r.getString(3),
                            precision == null ? null : DatePrecision.valueOf(precision), location,
                            actor(ev.get("actor1")), actor(ev.get("actor2")), mention(ev.get("weapon")), casualties,
                            r.getInt(18) == 1, figures, mentions, r.getDouble(19)));
                }
            }
        }
        return events;
    }

    List<Relation> relations(long articleId, Function<String, JsonNode> parse) throws SQLException {
        List<Relation> relations = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT predicate, what, date, trigger_start,"
                + " trigger_end, evidence FROM relations WHERE article_id = ? ORDER BY id")) {
            p.setLong(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    JsonNode ev = parse.apply(r.getString(6));
                    List<Span> evidence = new ArrayList<>();
                    ev.path("evidence").forEach(s -> evidence.add(span(s)));
                    relations.add(new Relation(actor(ev.get("subject")), RelationPredicate.valueOf(r.getString(1)),
                            actor(ev.get("object")), r.getString(2), r.getString(3),
                            new Span(r.getInt(4), r.getInt(5)), evidence, actor(ev.get("claimed_by"))));
                }
            }
        }
        return relations;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static Span span(JsonNode n) {
        return new Span(n.get(0).asInt(), n.get(1).asInt());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.asText();
    }

    private static Actor actor(JsonNode n) {
        if (absent(n)) {
            return null;
        }
        return new Actor(n.get("name").asText(), text(n, "entity"), absent(n.get("span")) ? null : span(n.get("span")));
    }

    private static Mention mention(JsonNode n) {
        return absent(n) ? null : new Mention(span(n.get("span")), n.get("text").asText());
    }

    private static Location location(JsonNode n) {
        if (absent(n)) {
            return null;
        }
        Double lat = absent(n.get("lat")) ? null : n.get("lat").asDouble();
        Double lon = absent(n.get("lon")) ? null : n.get("lon").asDouble();
        return new Location(span(n.get("span")), n.get("text").asText(), text(n, "name"), text(n, "country"),
                text(n, "admin1"), lat, lon);
    }
}
