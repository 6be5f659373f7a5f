package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.EventType;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.sitrep.store.Columns.doubleOrNull;
import static org.sitrep.store.Columns.intOrNull;

/**
 * Reads incidents: whole (with every report's claim and evidence), as map points, and as tallies per day, type
 * and region; each under the same {@link IncidentFilter}.
 */
final class IncidentReads {
    private static final String COLUMNS = "i.id, i.type, i.subtype, i.date, i.country, i.admin1, i.location,"
            + " i.lat, i.lon, i.actor1, i.actor2, i.weapon, i.fatalities, i.fatalities_qualifier, i.fatalities_low,"
            + " i.fatalities_high, i.injured, i.confidence";

    private final Connection connection;
    private final Dialect dialect;
    private final Function<String, JsonNode> parse;

    IncidentReads(Connection connection, Dialect dialect, Function<String, JsonNode> parse) {
        this.connection = connection;
        this.dialect = dialect;
        this.parse = parse;
    }

    void forEach(EventQuery q, Consumer<StoredEvent> each) throws SQLException {
        IncidentFilter filter = new IncidentFilter(q, dialect);
        try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM incidents i"
                + filter.where() + filter.orderAndLimit(q))) {
            filter.bind(p);
            readEach(p, each);
        }
    }

    /** One incident by id, or null. */
    StoredEvent byId(long id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM incidents i WHERE i.id = ?")) {
            p.setLong(1, id);
            List<StoredEvent> found = new ArrayList<>();
            readEach(p, found::add);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private void readEach(PreparedStatement p, Consumer<StoredEvent> each) throws SQLException {
        try (PreparedStatement claims = connection.prepareStatement("SELECT e.id, e.article_id, e.local_id, a.source,"
                + " a.url, COALESCE(a.published, a.dateline_date), e.subtype, e.date, e.fatalities,"
                + " e.fatalities_qualifier, e.injured, e.evidence, a.title FROM events e"
                + " JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.id");
             PreparedStatement body = connection.prepareStatement("SELECT text FROM articles WHERE id = ?");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                List<Claim> list = new ArrayList<>();
                claims.setLong(1, id);
                try (ResultSet c = claims.executeQuery()) {
                    while (c.next()) {
                        String cq = c.getString(10);
                        list.add(new Claim(c.getLong(1), c.getLong(2), c.getString(3), c.getString(4),
                                c.getString(5), c.getString(13), c.getString(6), EventSubtype.valueOf(c.getString(7)).label(),
                                c.getString(8), intOrNull(c, 9),
                                cq == null ? null : FatalityQualifier.valueOf(cq).label(), intOrNull(c, 11),
                                clauses(parse.apply(c.getString(12)))));
                    }
                }
                if (list.isEmpty()) {
                    continue; // written by a concurrent writer between the two reads
                }
                body.setLong(1, list.get(0).articleId());
                String text;
                try (ResultSet b = body.executeQuery()) {
                    text = b.next() ? b.getString(1) : "";
                }
                String qualifier = r.getString(14);
                each.accept(new StoredEvent(id, EventType.valueOf(r.getString(2)).label(),
                        EventSubtype.valueOf(r.getString(3)).label(), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), doubleOrNull(r, 8), doubleOrNull(r, 9), r.getString(10), r.getString(11),
                        r.getString(12), intOrNull(r, 13),
                        qualifier == null ? null : FatalityQualifier.valueOf(qualifier).label(), intOrNull(r, 15),
                        intOrNull(r, 16), intOrNull(r, 17), r.getDouble(18), notes(list.get(0).evidence(), text), list));
            }
        }
    }

    /** The incidents with coordinates a query selects, as points. */
    void forEachPoint(EventQuery q, Consumer<IncidentPoint> each) throws SQLException {
        IncidentFilter filter = new IncidentFilter(q, dialect);
        try (PreparedStatement p = connection.prepareStatement("SELECT i.id, i.lat, i.lon, i.subtype, i.date,"
                + " i.location, i.fatalities FROM incidents i" + filter.where()
                + " AND i.lat IS NOT NULL AND i.lon IS NOT NULL" + filter.orderAndLimit(q))) {
            filter.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    EventSubtype subtype = EventSubtype.valueOf(r.getString(4));
                    each.accept(new IncidentPoint(r.getLong(1), r.getDouble(2), r.getDouble(3), subtype.type().label(),
                            subtype.label(), r.getString(5), r.getString(6), intOrNull(r, 7)));
                }
            }
        }
    }

    /** How many incidents, and how many killed in them, per day, sub-type, country and region (limit ignored). */
    List<IncidentTally> tally(EventQuery q) throws SQLException {
        IncidentFilter filter = new IncidentFilter(q.withAfter(null), dialect);
        List<IncidentTally> tallies = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT i.date, i.subtype, i.country, i.admin1,"
                + " COUNT(*), SUM(COALESCE(i.fatalities, 0)) FROM incidents i" + filter.where()
                + " GROUP BY i.date, i.subtype, i.country, i.admin1 ORDER BY i.date, i.subtype, i.country, i.admin1")) {
            filter.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    EventSubtype subtype = EventSubtype.valueOf(r.getString(2));
                    tallies.add(new IncidentTally(r.getString(1), subtype.type().label(), subtype.label(),
                            r.getString(3), r.getString(4), r.getLong(5), r.getLong(6)));
                }
            }
        }
        return tallies;
    }

    /** The clauses an event's mentions stand in, in body order, without repeats. */
    private static List<Span> clauses(JsonNode evidence) {
        Set<Span> clauses = new TreeSet<>();
        for (JsonNode m : evidence.path("mentions")) {
            JsonNode s = m.get("evidence");
            clauses.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        }
        return List.copyOf(clauses);
    }

    /** The text of the clauses, in body order. */
    private static String notes(List<Span> clauses, String text) {
        StringBuilder notes = new StringBuilder();
        for (Span s : clauses) {
            if (s.end() <= text.length()) {
                notes.append(notes.isEmpty() ? "" : " ").append(s.of(text).strip());
            }
        }
        return notes.toString();
    }
}
