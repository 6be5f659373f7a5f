package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.sitrep.Pipeline;
import org.sitrep.export.FactsJson;
import org.sitrep.ingest.ArticleStream;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep extract}: articles in, one JSON record per article out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads news files (text, HTML, JSON Lines, WARC, RSS/Atom) and prints one JSON record per article.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        Printer printer = new Printer(spec.commandLine().getOut(), spec.commandLine().getErr(), pretty);
        try (Pipeline pipeline = options.pipeline(); ArticleStream articles = options.articles(paths)) {
            pipeline.extract(articles, article -> true, printer);
        }
        return printer.failed ? 1 : 0;
    }

    /** Prints each article's facts; reports problems and skips on stderr. */
    private static final class Printer implements Pipeline.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final ObjectWriter writer;
        private final FactsJson json;
        boolean failed;

        Printer(PrintWriter out, PrintWriter err, boolean pretty) {
            this.out = out;
            this.err = err;
            ObjectMapper mapper = new ObjectMapper();
            this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
            this.json = new FactsJson(mapper);
        }

        @Override
        public void extracted(Pipeline.Extracted extracted) {
            Article article = extracted.facts().article();
            for (Problem p : article.problems()) {
                err.println("sitrep: warning: " + article.source() + " article " + article.index() + ": " + p.message());
            }
            try {
                out.println(writer.writeValueAsString(json.toJson(extracted.facts())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void failed(Article article, String reason) {
            err.println("sitrep: " + article.source() + " article " + article.index() + ": " + reason);
            failed = true;
        }

        @Override
        public void skipped(Item.Skipped skipped) {
            if (skipped.failure()) {
                err.println("sitrep: " + skipped.source() + ": " + skipped.reason());
                failed = true;
            } else {
                err.println("sitrep: skipped " + skipped.source() + ": " + skipped.reason());
            }
        }

        @Override
        public void inputDone(String input) {
            out.flush();
            err.flush();
        }
    }
}
