package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.store.Store;
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
import java.util.concurrent.Callable;

/**
 * {@code sitrep export}: the database as JSON Lines (one record per article, as {@code extract} prints it) or
 * as GeoJSON (a FeatureCollection of the places with coordinates). Event and relation formats (ACLED CSV,
 * GraphML, JSON-LD) come with events and relations.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the database as JSON Lines (one record per article) or GeoJSON (places).")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, geojson }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or geojson.")
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

    private void write(Store db, Writer out) throws IOException {
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
        db.forEachPlace(p -> {
            try {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(p.lon());
                g.writeNumber(p.lat());
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
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
}
