package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.export.GraphmlWriter;
import org.sitrep.export.IncidentExports;
import org.sitrep.model.Span;
import org.sitrep.store.Claim;
import org.sitrep.store.EventQuery;
import org.sitrep.store.IncidentTally;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The incident routes: the filtered list, one incident, the map's points, the timeline, changes and exports. */
final class IncidentApi {
    /** The most points the map is sent. */
    static final int MAX_POINTS = 50_000;

    private final StorePool stores;
    private final ObjectMapper mapper;

    IncidentApi(StorePool stores, ObjectMapper mapper) {
        this.stores = stores;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        List<Param> page = with(IncidentFilters.PARAMS, Param.integer("limit", "at most this many (1.."
                + IncidentFilters.MAX_LIMIT + ", default 100)"), Param.string("cursor", "the next page: the"
                + " 'next' value of the previous answer"));
        return List.of(
                new ApiRoute("/api/incidents", "Incidents, newest first, each with its claims (every report with"
                        + " its source article, figures and evidence spans), the toll's range, place and actors",
                        page, "application/json", this::incidents),
                new ApiRoute("/api/incidents/{id}", "One incident with its claims and the text of each claim's"
                        + " evidence sentences", List.of(), "application/json", this::incident),
                new ApiRoute("/api/points", "The filtered incidents that have coordinates, as map points (at most "
                        + MAX_POINTS + ")", IncidentFilters.PARAMS, "application/json", this::points),
                new ApiRoute("/api/timeline", "Incidents and fatalities per day and event type under the filters",
                        IncidentFilters.PARAMS, "application/json", this::timeline),
                new ApiRoute("/api/changes", "Regions whose incident or fatality counts in the last week depart from"
                        + " their previous four weeks (the week ends at 'to', else at the newest incident)",
                        IncidentFilters.PARAMS, "application/json", this::changes),
                new ApiRoute("/api/export/acled-csv", "The filtered incidents as ACLED-style CSV",
                        IncidentFilters.PARAMS, "text/csv", this::acledCsv),
                new ApiRoute("/api/export/geojson", "The filtered incidents as a GeoJSON FeatureCollection",
                        IncidentFilters.PARAMS, "application/geo+json", this::geoJson),
                new ApiRoute("/api/export/graphml", "Actors and relations as GraphML (the actor filter applies)",
                        IncidentFilters.PARAMS, "application/graphml+xml", this::graphml));
    }

    static List<Param> with(List<Param> params, Param... more) {
        List<Param> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    private Object incidents(Context ctx, Query q) {
        int limit = q.integer("limit", 1, IncidentFilters.MAX_LIMIT, 100);
        EventQuery query = IncidentFilters.read(q).withAfter(IncidentFilters.cursor(q)).withLimit(limit + 1);
        List<StoredEvent> events = stores.read(db -> db.events(query));
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("incidents");
        events.stream().limit(limit).forEach(e -> list.add(IncidentExports.json(mapper, e)));
        StoredEvent last = events.size() > limit ? events.get(limit - 1) : null;
        o.put("next", last == null ? null : IncidentFilters.cursor(last.date(), last.id()));
        return o;
    }

    private Object incident(Context ctx, Query q) {
        long id = WebServer.id(ctx);
        StoredEvent e = stores.read(db -> db.event(id)).orElseThrow(() -> new NotFound("no incident " + id));
        ObjectNode o = IncidentExports.json(mapper, e);
        ArrayNode claims = (ArrayNode) o.get("claims");
        Map<Long, String> texts = new HashMap<>(); // an article may report the incident in several claims
        for (int i = 0; i < e.claims().size(); i++) {
            Claim c = e.claims().get(i);
            String text = texts.computeIfAbsent(c.articleId(), article -> stores.read(db -> db.article(article))
                    .map(a -> a.article().text()).orElse(""));
            ArrayNode sentences = ((ObjectNode) claims.get(i)).putArray("sentences");
            for (Span s : c.evidence()) {
                if (s.end() <= text.length()) {
                    sentences.addObject().put("start", s.start()).put("end", s.end()).put("text", s.of(text));
                }
            }
        }
        return o;
    }

    private Object points(Context ctx, Query q) {
        EventQuery query = IncidentFilters.read(q).withLimit(MAX_POINTS + 1);
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("points");
        stores.read(db -> {
            db.forEachPoint(query, p -> {
                if (list.size() < MAX_POINTS) {
                    list.addObject().put("id", p.id()).put("lat", p.lat()).put("lon", p.lon()).put("type", p.type())
                            .put("subtype", p.subtype()).put("date", p.date()).put("location", p.location())
                            .put("fatalities", p.fatalities());
                } else {
                    o.put("truncated", true);
                }
            });
            return null;
        });
        if (!o.has("truncated")) {
            o.put("truncated", false);
        }
        return o;
    }

    private Object timeline(Context ctx, Query q) {
        List<IncidentTally> tallies = stores.read(db -> db.tally(IncidentFilters.read(q)));
        Map<String, long[]> byDayAndType = new TreeMap<>();
        long undated = 0;
        for (IncidentTally t : tallies) {
            if (t.date() == null || t.date().length() < 10) {
                undated += t.incidents();
                continue;
            }
            long[] n = byDayAndType.computeIfAbsent(t.date() + "\t" + t.type(), k -> new long[2]);
            n[0] += t.incidents();
            n[1] += t.fatalities();
        }
        ObjectNode o = mapper.createObjectNode();
        ArrayNode days = o.putArray("days");
        byDayAndType.forEach((key, n) -> {
            String[] parts = key.split("\t");
            days.addObject().put("date", parts[0]).put("type", parts[1]).put("incidents", n[0]).put("fatalities", n[1]);
        });
        o.put("undated", undated);
        return o;
    }

    private Object changes(Context ctx, Query q) {
        EventQuery query = IncidentFilters.read(q);
        return RegionChanges.json(mapper, RegionChanges.of(stores.read(db -> db.tally(query)), query.to()));
    }

    private Object acledCsv(Context ctx, Query q) throws IOException {
        EventQuery query = IncidentFilters.read(q);
        return download(ctx, "text/csv; charset=utf-8", "sitrep-incidents.csv",
                (db, w) -> IncidentExports.acledCsv(db, query, w));
    }

    private Object geoJson(Context ctx, Query q) throws IOException {
        EventQuery query = IncidentFilters.read(q);
        return download(ctx, "application/geo+json", "sitrep-incidents.geojson",
                (db, w) -> IncidentExports.geoJson(db, query, false, w));
    }

    private Object graphml(Context ctx, Query q) throws IOException {
        RelationQuery query = new RelationQuery(IncidentFilters.read(q).actor(), null, 0);
        return download(ctx, "application/graphml+xml", "sitrep-network.graphml",
                (db, w) -> new GraphmlWriter().write(db, query, w));
    }

    /** Writes a store's export into a writer. */
    private interface Export {
        void write(Store db, Writer out) throws IOException;
    }

    /** Streams an export to the response as a file to save; null, since the answer is written. */
    private Object download(Context ctx, String type, String file, Export export) throws IOException {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try (Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            stores.read(db -> {
                try {
                    export.write(db, w);
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
        return null;
    }
}
