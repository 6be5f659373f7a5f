package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.export.FactsJson;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.sitrep.Sitrep;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep extract}: articles in, one JSON record per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads news files (text, HTML, JSON Lines, WARC, RSS/Atom) and prints one JSON record per article.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for sources that give none.")
    LocalDate date;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Mixin
    Extraction extraction;

    private Sitrep sitrep;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
        FactsJson json = new FactsJson(mapper);
        Ingestor ingestor = new Ingestor(date);
        boolean failed = false;
        for (String input : Inputs.expand(paths)) {
            Outcome outcome = new Outcome(out, err, writer, json);
            try {
                if (input.equals(Inputs.STDIN)) {
                    ingestor.read(Inputs.STDIN, System.in.readNBytes((int) Ingestor.MAX_DOCUMENT_BYTES + 1), outcome);
                } else {
                    ingestor.read(Path.of(input), outcome);
                }
            } catch (IngestException e) {
                err.println("sitrep: " + e.getMessage());
                failed = true;
            } catch (IOException e) {
                err.println("sitrep: " + input + ": cannot read: " + e.getMessage());
                failed = true;
            }
            failed |= outcome.failed;
            out.flush();
            err.flush();
        }
        return failed ? 1 : 0;
    }

    private Sitrep sitrep() {
        if (sitrep == null) {
            sitrep = Sitrep.load();
        }
        return sitrep;
    }

    /** Prints each article's facts as it is read; reports problems and skips on stderr. */
    private final class Outcome implements ArticleSink {
        private final PrintWriter out;
        private final PrintWriter err;
        private final ObjectWriter writer;
        private final FactsJson json;
        boolean failed;

        Outcome(PrintWriter out, PrintWriter err, ObjectWriter writer, FactsJson json) {
            this.out = out;
            this.err = err;
            this.writer = writer;
            this.json = json;
        }

        @Override
        public void accept(Article article) {
            for (Problem p : article.problems()) {
                err.println("sitrep: warning: " + article.source() + " article " + article.index() + ": " + p.message());
            }
            Extraction.Outcome outcome = extraction.of(sitrep(), article);
            if (outcome.failure() != null) {
                err.println("sitrep: " + article.source() + " article " + article.index() + ": " + outcome.failure());
                failed = true;
                return;
            }
            try {
                out.println(writer.writeValueAsString(json.toJson(outcome.facts())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void skipped(String source, String reason) {
            err.println("sitrep: skipped " + source + ": " + reason);
        }
    }
}
