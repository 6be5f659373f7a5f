package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.Claim;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep export}: the database as JSON Lines (one record per article, as {@code extract} prints it), as
 * GeoJSON (a FeatureCollection of the incidents, then the places, with coordinates), its incidents as ACLED-style
 * CSV, its actors and relations as GraphML, or all of it as JSON-LD with schema.org types. Every format is
 * written as it is read, never held whole in memory (JSON-LD's statements excepted, which are capped).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the database as JSON Lines (one record per article), GeoJSON (incidents and places),"
                + " ACLED-style CSV (incidents), GraphML (actors and relations) or JSON-LD (schema.org).")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        jsonl, geojson, acled_csv, graphml, jsonld;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    /** At most this many statements go into a JSON-LD export. */
    static final int JSONLD_STATEMENTS = 100_000;

    /** ACLED's column names, for the fields an extracted event has. */
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "notes",
            "source");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "jsonl, geojson, acled-csv, graphml or jsonld.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Store db = store.openExisting()) {
            if (file == null) {
                write(db, spec.commandLine().getOut());
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                    write(db, w);
                }
            }
        } catch (StoreException e) {
            err.println("sitrep: database " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("sitrep: cannot write " + (file == null ? "standard output" : file) + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Reads a format by its name, with "acled-csv" for the enum constant acled_csv. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.toString().equals(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected jsonl, geojson, acled-csv, graphml or"
                    + " jsonld, not '"
                    + value + "'");
        }
    }

    /** One CSV field as RFC 4180 has it: quoted (inner quotes doubled) when it holds a comma, quote or line break. */
    static String csv(String field) {
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

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private void writeAcled(Store db, Writer out) throws IOException {
        csvLine(out, ACLED_COLUMNS);
        db.forEachEvent(EventQuery.ALL, (StoredEvent e) -> {
            try {
                csvLine(out, java.util.Arrays.asList((e.country() == null ? "XX" : e.country()) + e.id(), e.date(),
                        e.type(), e.subtype(), e.actor1(), e.actor2(), e.country(), e.admin1(), e.location(),
                        string(e.lat()), string(e.lon()), string(e.fatalities()), notes(e), e.sources()));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        out.flush();
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

    private void write(Store db, Writer out) throws IOException {
        if (format == Format.acled_csv) {
            writeAcled(db, out);
            return;
        }
        if (format == Format.graphml) {
            new GraphmlWriter().write(db, out);
            out.flush();
            return;
        }
        if (format == Format.jsonld) {
            new JsonLdWriter(JSONLD_STATEMENTS).write(db, out);
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        if (format == Format.jsonl) {
            FactsJson json = new FactsJson(mapper);
            db.forEachArticle(facts -> {
                try {
                    out.write(mapper.writeValueAsString(json.toJson(facts)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return;
        }
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        db.forEachEvent(EventQuery.ALL, e -> {
            if (e.lat() == null || e.lon() == null) {
                return;
            }
            try {
                startPointFeature(g, e.lon(), e.lat());
                g.writeFieldName("properties");
                ObjectNode properties = EventsCommand.json(mapper, e);
                properties.put("layer", "incident");
                properties.put("claim_count", e.claims().size());
                mapper.writeTree(g, properties);
                g.writeEndObject();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
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
