package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Span;
import org.sitrep.store.Claim;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The store's incidents in the shapes Sitrep hands out: one incident as JSON (as {@code events --json} and the
 * web API give it), the incidents a query selects as ACLED-style CSV (RFC 4180) and as GeoJSON. Each is written
 * as it is read, never held whole in memory.
 */
public final class IncidentExports {
    /** ACLED's column names, for the fields an extracted event has. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "event_type",
            "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
            "fatalities", "notes", "source");

    private IncidentExports() {
    }

    /** An incident as JSON, with its claims and each claim's evidence spans in its article's text. */
    public static ObjectNode json(ObjectMapper mapper, StoredEvent e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id()).put("type", e.type()).put("subtype", e.subtype()).put("date", e.date())
                .put("country", e.country()).put("admin1", e.admin1()).put("location", e.location())
                .put("lat", e.lat()).put("lon", e.lon()).put("actor1", e.actor1()).put("actor2", e.actor2())
                .put("weapon", e.weapon()).put("fatalities", e.fatalities()).put("fatalities_qualifier", e.qualifier())
                .put("fatalities_low", e.fatalitiesLow()).put("fatalities_high", e.fatalitiesHigh())
                .put("disputed", e.disputed()).put("injured", e.injured()).put("confidence", e.confidence())
                .put("notes", e.notes());
        ArrayNode claims = o.putArray("claims");
        for (Claim c : e.claims()) {
            ObjectNode claim = claims.addObject().put("event", c.eventId()).put("article", c.articleId())
                    .put("local_id", c.localId()).put("source", c.source()).put("url", c.url())
                    .put("title", c.title()).put("published", c.published()).put("subtype", c.subtype())
                    .put("date", c.date()).put("fatalities", c.fatalities()).put("fatalities_qualifier", c.qualifier())
                    .put("injured", c.injured());
            ArrayNode evidence = claim.putArray("evidence");
            for (Span s : c.evidence()) {
                evidence.addArray().add(s.start()).add(s.end());
            }
        }
        return o;
    }

    /** One CSV field as RFC 4180 has it: quoted (inner quotes doubled) when it holds a comma, quote or line break. */
    public static String csv(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static void csvLine(Writer out, List<String> fields) throws IOException {
        List<String> quoted = new ArrayList<>();
        fields.forEach(f -> quoted.add(csv(f)));
        out.write(String.join(",", quoted));
        out.write("\r\n");
    }

    /** The incidents a query selects as ACLED-style CSV, with a header line. */
    public static void acledCsv(Store db, EventQuery query, Writer out) throws IOException {
        csvLine(out, ACLED_COLUMNS);
        db.forEachEvent(query, e -> {
            try {
                csvLine(out, Arrays.asList((e.country() == null ? "XX" : e.country()) + e.id(), e.date(),
                        e.type(), e.subtype(), e.actor1(), e.actor2(), e.country(), e.admin1(), e.location(),
                        string(e.lat()), string(e.lon()), string(e.fatalities()), notes(e), e.sources()));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        out.flush();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    /** The incident's notes, and when its reports disagree on the toll, each report's figure (as ACLED notes do). */
    static String notes(StoredEvent e) {
        if (!e.disputed()) {
            return e.notes();
        }
        List<String> tolls = new ArrayList<>();
        for (Claim c : e.claims()) {
            if (c.fatalities() != null) {
                tolls.add(c.fatalities() + " (" + c.source() + (c.published() == null ? "" : ", " + c.published()) + ")");
            }
        }
        return e.notes() + " [Reported fatalities: " + String.join("; ", tolls) + ".]";
    }

    /**
     * A GeoJSON FeatureCollection of the incidents a query selects that have coordinates (layer "incident"), then,
     * when asked, of every stored place with coordinates (layer "place").
     */
    public static void geoJson(Store db, EventQuery query, boolean places, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        db.forEachEvent(query, e -> {
            if (e.lat() == null || e.lon() == null) {
                return;
            }
            try {
                startPointFeature(g, e.lon(), e.lat());
                g.writeFieldName("properties");
                ObjectNode properties = json(mapper, e);
                properties.put("layer", "incident");
                properties.put("claim_count", e.claims().size());
                mapper.writeTree(g, properties);
                g.writeEndObject();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        if (places) {
            db.forEachPlace(p -> {
                try {
                    startPointFeature(g, p.lon(), p.lat());
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("layer", "place");
                    g.writeStringField("name", p.name());
                    g.writeStringField("text", p.text());
                    g.writeStringField("kind", p.kind());
                    g.writeStringField("country", p.country());
                    g.writeStringField("admin1", p.admin1());
                    g.writeNumberField("article", p.articleId());
                    g.writeNumberField("start", p.start());
                    g.writeNumberField("end", p.end());
                    g.writeEndObject();
                    g.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** Opens a GeoJSON Feature and writes its Point geometry; the caller writes the properties and closes it. */
    private static void startPointFeature(JsonGenerator g, double lon, double lat) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
        g.writeEndObject();
    }
}
