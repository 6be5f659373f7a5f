package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL condition an {@link EventQuery} stands for over {@code incidents i}, with its values bound in order, and
 * the order and limit it asks for. One place for the filters, so that a list, a tally and a map of the same query
 * always select the same incidents.
 */
final class IncidentFilter {
    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> values = new ArrayList<>();

    IncidentFilter(EventQuery q, Dialect dialect) {
        if (q.country() != null) {
            add(" AND UPPER(i.country) = ?", q.country().strip().toUpperCase(Locale.ROOT));
        }
        if (q.admin1() != null) {
            add(" AND LOWER(i.admin1) = ?", q.admin1().strip().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            add(" AND i.date >= ?", q.from());
        }
        if (q.to() != null) {
            add(" AND i.date <= ?", q.to());
        }
        if (q.type() != null) {
            String name = EventQuery.enumName(q.type());
            add(" AND (i.type = ? OR i.subtype = ?)", name, name);
        }
        if (q.subtype() != null) {
            add(" AND i.subtype = ?", EventQuery.enumName(q.subtype()));
        }
        if (q.actor() != null) {
            String like = StoreQueries.like(q.actor());
            add(" AND EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND"
                    + " (LOWER(e.actor1_name) LIKE ? ESCAPE '\\' OR LOWER(e.actor2_name) LIKE ? ESCAPE '\\'))", like, like);
        }
        if (q.text() != null) {
            String words = StoreQueries.ftsQuery(q.text(), dialect);
            if (words == null) {
                sql.append(" AND 1 = 0");
            } else {
                String articles = dialect == Dialect.SQLITE
                        ? "SELECT rowid FROM article_search WHERE article_search MATCH ?"
                        : "SELECT a.id FROM articles a WHERE " + StoreQueries.ARTICLE_DOCUMENT
                        + " @@ websearch_to_tsquery('english', ?)";
                add(" AND EXISTS (SELECT 1 FROM events e WHERE e.incident_id = i.id AND e.article_id IN (" + articles
                        + "))", words);
            }
        }
        if (q.box() != null) {
            EventQuery.Box b = q.box();
            add(" AND i.lat BETWEEN ? AND ?", b.south(), b.north());
            if (b.west() <= b.east()) {
                add(" AND i.lon BETWEEN ? AND ?", b.west(), b.east());
            } else {
                add(" AND (i.lon >= ? OR i.lon <= ?)", b.west(), b.east());
            }
        }
        if (q.minFatalities() > 0) {
            add(" AND i.fatalities >= ?", q.minFatalities());
        }
        EventQuery.Cursor after = q.after();
        if (after != null && !q.newestFirst()) {
            add(" AND i.id > ?", after.id());
        } else if (after != null && after.date() != null) {
            add(" AND (i.date < ? OR (i.date = ? AND i.id < ?) OR i.date IS NULL)", after.date(), after.date(), after.id());
        } else if (after != null) {
            add(" AND i.date IS NULL AND i.id < ?", after.id());
        }
    }

    private void add(String condition, Object... bound) {
        sql.append(condition);
        values.addAll(List.of(bound));
    }

    /** The condition, from {@code WHERE} on. */
    String where() {
        return sql.toString();
    }

    /** The query's order and limit (the limit bound after the condition's values). */
    String orderAndLimit(EventQuery q) {
        // Newest first walks the date index backwards (undated last; on one day the latest fused first).
        String order = q.newestFirst() ? " ORDER BY i.date DESC NULLS LAST, i.id DESC" : " ORDER BY i.id";
        return order + (q.limit() > 0 ? " LIMIT " + q.limit() : "");
    }

    /** Binds the condition's values to a statement, from its first parameter on. */
    void bind(PreparedStatement p) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                p.setLong(i + 1, n);
            } else if (v instanceof Double d) {
                p.setDouble(i + 1, d);
            } else {
                p.setString(i + 1, (String) v);
            }
        }
    }
}
