package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.EventType;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Span;
import org.sitrep.resolve.IncidentMatcher;
import org.sitrep.resolve.IncidentReport;
import org.sitrep.resolve.Toll;
import org.sitrep.resolve.TollClaim;
import org.sitrep.resolve.TollRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.sitrep.store.Columns.doubleOrNull;
import static org.sitrep.store.Columns.intOrNull;
import static org.sitrep.store.Columns.setDouble;
import static org.sitrep.store.Columns.setInt;

/**
 * The incidents table (schema version 4): fuses an article's events into incidents as the article is stored, and
 * reads incidents back with their claims. Fusion is incremental: a new article's events are compared only with
 * the reports of the same type dated within the matcher's window (an index lookup), and only the incidents they
 * join are recomputed.
 */
final class IncidentRows {
    private static final String REPORT_COLUMNS = "id, article_id, type, date, country, admin1, lat, lon, actor1_name,"
            + " actor2_name, incident_id";

    private final Connection connection;
    private final IncidentMatcher matcher = new IncidentMatcher();
    private final TollRule rule = new TollRule();

    IncidentRows(Connection connection) {
        this.connection = connection;
    }

    // ---- fuse ----

    /** The incidents an article's events belong to (to refresh after its events are deleted). */
    Set<Long> incidentsOf(long articleId) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT incident_id FROM events WHERE article_id = ? AND incident_id IS NOT NULL")) {
            p.setLong(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Fuses the article's events that belong to no incident yet, and recomputes the incidents they join. */
    void fuse(long articleId) throws SQLException {
        List<IncidentReport> reports = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + REPORT_COLUMNS
                + " FROM events WHERE article_id = ? AND incident_id IS NULL ORDER BY id")) {
            p.setLong(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reports.add(report(r));
                }
            }
        }
        if (reports.isEmpty()) {
            return;
        }
        Set<Long> touched = new LinkedHashSet<>(incidentsOf(articleId));
        try (PreparedStatement candidates = connection.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM events"
                + " WHERE type = ? AND date >= ? AND date <= ? AND incident_id IS NOT NULL ORDER BY id");
             PreparedStatement join = connection.prepareStatement("UPDATE events SET incident_id = ? WHERE id = ?")) {
            for (IncidentReport report : reports) {
                Map<Long, List<IncidentReport>> near = new LinkedHashMap<>();
                if (report.date() != null && report.date().length() == 10) {
                    LocalDate day = LocalDate.parse(report.date());
                    candidates.setString(1, report.type().name());
                    candidates.setString(2, day.minusDays(matcher.maxDays()).toString());
                    candidates.setString(3, day.plusDays(matcher.maxDays()).toString());
                    try (ResultSet r = candidates.executeQuery()) {
                        while (r.next()) {
                            near.computeIfAbsent(r.getLong(11), k -> new ArrayList<>()).add(report(r));
                        }
                    }
                }
                // Every touched incident holds one of this article's reports, and so is never joined again.
                near.keySet().removeAll(touched);
                long incident = matcher.match(report, near).orElse(-1L);
                if (incident < 0) {
                    incident = insert(report);
                }
                join.setLong(1, incident);
                join.setLong(2, report.id());
                join.executeUpdate();
                touched.add(incident);
            }
        }
        refresh(touched);
    }

    private static IncidentReport report(ResultSet r) throws SQLException {
        return new IncidentReport(r.getLong(1), r.getLong(2), EventType.valueOf(r.getString(3)), r.getString(4),
                r.getString(5), r.getString(6), doubleOrNull(r, 7), doubleOrNull(r, 8), r.getString(9), r.getString(10));
    }

    private long insert(IncidentReport report) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO incidents (type, subtype, confidence,"
                + " claim_count, first_event_id) SELECT type, subtype, confidence, 1, id FROM events WHERE id = ?"
                + " RETURNING id")) {
            p.setLong(1, report.id());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Recomputes incidents from their claims; one left without claims is deleted. */
    void refresh(Collection<Long> incidents) throws SQLException {
        try (PreparedStatement claims = connection.prepareStatement("SELECT e.id, e.type, e.subtype, e.date,"
                + " e.country, e.admin1, e.location_name, e.location_text, e.lat, e.lon, e.actor1_name, e.actor2_name,"
                + " e.weapon, e.fatalities, e.fatalities_qualifier, e.injured, e.confidence,"
                + " COALESCE(a.published, a.dateline_date)"
                + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.id");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM incidents WHERE id = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE incidents SET type = ?, subtype = ?,"
                     + " date = ?, country = ?, admin1 = ?, location = ?, lat = ?, lon = ?, actor1 = ?, actor2 = ?,"
                     + " weapon = ?, fatalities = ?, fatalities_qualifier = ?, fatalities_low = ?, fatalities_high = ?,"
                     + " injured = ?, confidence = ?, claim_count = ?, first_event_id = ? WHERE id = ?")) {
            for (long incident : incidents) {
                claims.setLong(1, incident);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet r = claims.executeQuery()) {
                    while (r.next()) {
                        String q = r.getString(15);
                        rows.add(new Object[]{r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7) != null ? r.getString(7) : r.getString(8),
                                doubleOrNull(r, 9), doubleOrNull(r, 10), r.getString(11), r.getString(12),
                                r.getString(13), intOrNull(r, 14), q == null ? null : FatalityQualifier.valueOf(q),
                                intOrNull(r, 16), r.getDouble(17), r.getString(18)});
                    }
                }
                if (rows.isEmpty()) {
                    delete.setLong(1, incident);
                    delete.executeUpdate();
                    continue;
                }
                Object[] first = rows.get(0);
                String date = null;
                for (Object[] row : rows) {
                    String d = (String) row[3];
                    if (d != null && (date == null || d.length() > date.length()
                            || d.length() == date.length() && d.compareTo(date) < 0)) {
                        date = d;
                    }
                }
                Object[] place = firstWith(rows, 6);
                Toll killed = rule.consolidate(rows.stream()
                        .map(row -> new TollClaim((String) row[16], (Integer) row[12], (FatalityQualifier) row[13]))
                        .toList());
                Toll injured = rule.consolidate(rows.stream()
                        .map(row -> new TollClaim((String) row[16], (Integer) row[14], null)).toList());
                int i = 0;
                update.setString(++i, (String) first[1]);
                update.setString(++i, (String) first[2]);
                update.setString(++i, date);
                update.setString(++i, place == null ? null : (String) place[4]);
                update.setString(++i, place == null ? null : (String) place[5]);
                update.setString(++i, place == null ? null : (String) place[6]);
                setDouble(update, ++i, place == null ? null : (Double) place[7]);
                setDouble(update, ++i, place == null ? null : (Double) place[8]);
                update.setString(++i, value(rows, 9));
                update.setString(++i, value(rows, 10));
                update.setString(++i, value(rows, 11));
                setInt(update, ++i, killed.figure());
                update.setString(++i, killed.qualifier() == null ? null : killed.qualifier().name());
                setInt(update, ++i, killed.low());
                setInt(update, ++i, killed.high());
                setInt(update, ++i, injured.figure());
                update.setDouble(++i, rows.stream().mapToDouble(row -> (Double) row[15]).max().orElse(0));
                update.setInt(++i, rows.size());
                update.setLong(++i, (Long) first[0]);
                update.setLong(++i, incident);
                update.executeUpdate();
            }
        }
    }

    private static Object[] firstWith(List<Object[]> rows, int column) {
        return rows.stream().filter(row -> row[column] != null).findFirst().orElse(null);
    }

    private static String value(List<Object[]> rows, int column) {
        Object[] row = firstWith(rows, column);
        return row == null ? null : (String) row[column];
    }

    /** Fuses every event that belongs to no incident (the events of a database migrated from version 3). */
    void fuseUnfused() throws SQLException {
        List<Long> articles = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT article_id FROM events WHERE incident_id IS NULL ORDER BY article_id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                articles.add(r.getLong(1));
            }
        }
        for (long article : articles) {
            fuse(article);
        }
    }
}
