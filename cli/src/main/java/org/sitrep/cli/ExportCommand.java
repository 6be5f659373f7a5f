package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.export.FactsJson;
import org.sitrep.export.GraphmlWriter;
import org.sitrep.export.IncidentExports;
import org.sitrep.store.EventQuery;
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

    private void write(Store db, Writer out) throws IOException {
        if (format == Format.acled_csv) {
            IncidentExports.acledCsv(db, EventQuery.ALL, out);
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
        IncidentExports.geoJson(db, EventQuery.ALL, true, out);
    }
}
