package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.ingest.ArticleStream;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.ArticleFacts;
import org.sitrep.store.EventQuery;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.Store;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code spark-extract} on {@code local[2]} over real articles and a file that is no document, then
 * {@code import-parquet}: the store answers as {@code ingest} over the same files does.
 */
@Tag("models")
class SparkExtractTest {
    private static final Path ARTICLES = Path.of("../core/src/test/resources/articles");
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The inputs: the test articles, the examples, a JSON Lines file and a file that is no document. */
    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path folder : List.of(ARTICLES, EXAMPLES)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, in.resolve(folder.getFileName() + "-" + f.getFileName()));
                }
            }
        }
        Files.writeString(in.resolve("wire.jsonl"), "{\"title\": \"Talks resume\", \"text\": \"GENEVA, May 5 (Reuters)"
                + " - Envoys of the two governments met in Geneva on Monday, a spokesman for the United Nations said."
                + "\"}\n{\"text\": \"\"}\n");
        Files.write(dir.resolve("in/broken.bin"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7, 8});
        return in;
    }

    @Test
    void sparkExtractThenImportAnswersAsIngestDoes() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("tables");
        Run extract = run("spark-extract", "--master", "local[2]", "--out", out.toString(), in.toString());
        assertEquals(1, extract.exit(), "a problem file makes the exit status 1: " + extract.out() + extract.err());
        assertTrue(extract.out().contains("on local[2]"), extract.out());

        long articles;
        SparkSession spark = SparkMain.session("local[1]");
        try {
            articles = spark.read().parquet(out.resolve("articles").toString()).count();
            List<Row> problems = spark.read().parquet(out.resolve("problems").toString()).collectAsList();
            assertTrue(problems.stream().anyMatch(p -> p.getString(0).endsWith("broken.bin")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.getString(0).contains("wire.jsonl")), "the empty JSON line");
            for (String table : ExtractJob.FACT_TABLES) {
                List<String> columns = Arrays.asList(spark.read().parquet(out.resolve(table).toString()).columns());
                assertTrue(columns.contains("article_key"), table + ": " + columns);
            }
            assertTrue(Arrays.asList(spark.read().parquet(out.resolve("quotes").toString()).columns())
                    .containsAll(List.of("text", "start", "end", "speaker")));
            assertTrue(spark.read().parquet(out.resolve("events").toString()).count() > 0);
        } finally {
            spark.stop();
        }
        assertTrue(articles >= 8, "articles: " + articles);
        assertTrue(extract.out().contains(articles + " articles"), extract.out());

        String imported = "jdbc:sqlite:" + dir.resolve("imported.db");
        Run load = run("import-parquet", out.toString(), "--db", imported);
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().startsWith("import-parquet: " + articles + " stored"), load.out());

        String ingested = "jdbc:sqlite:" + dir.resolve("ingested.db");
        List<String> files;
        try (Stream<Path> all = Files.list(in)) {
            files = all.map(p -> p.toAbsolutePath().toString()).sorted().toList();
        }
        try (Store db = Store.open(ingested); Pipeline pipeline = Pipeline.of(2, Duration.ofMinutes(5));
             ArticleStream stream = new ArticleStream(new Ingestor(null), files, System.in)) {
            pipeline.ingest(stream, db, org.sitrep.Sitrep.VERSION, new Pipeline.Listener() {
            });
        }
        assertEquals(answers(ingested), answers(imported));

        Run again = run("spark-extract", "--master", "local[1]", "--out", out.toString(), in.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already exists"), "tables written before are never overwritten: " + again.err());
    }

    /** What the store answers about events, quotes, relations and actors, without ids or sources. */
    private static List<String> answers(String url) {
        List<String> answers = new ArrayList<>();
        try (Store db = Store.open(url)) {
            db.events(EventQuery.ALL).forEach(e -> answers.add("event " + e.subtype() + " " + e.date() + " "
                    + e.country() + " " + e.location() + " " + e.fatalities() + " " + e.actor1() + " " + e.claims().size()));
            db.quotes(null, null, 1000, 10).forEach(q -> answers.add("quote " + q.speaker() + ": " + q.text()));
            db.relations(RelationQuery.ALL).forEach(r -> answers.add("relation " + r.subject() + " " + r.predicate()
                    + " " + r.object()));
            db.actors(1000).forEach(a -> answers.add("actor " + a.name() + " " + a.type() + " " + a.articles()));
        }
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("event ")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("quote ")), answers.toString());
        return answers.stream().sorted().toList();
    }

    @Test
    void factsReadBackIntoTheSameRecords() throws Exception {
        List<ArticleFacts> facts = new ArrayList<>();
        try (Pipeline pipeline = Pipeline.of(1, Duration.ofMinutes(5));
             ArticleStream stream = new ArticleStream(new Ingestor(null), List.of(ARTICLES.resolve("quotes-briefing.txt")
                     .toString(), EXAMPLES.resolve("drone-strike.txt").toString()), System.in)) {
            pipeline.extract(stream, a -> true, new Pipeline.Listener() {
                @Override
                public void extracted(Pipeline.Extracted extracted) {
                    facts.add(extracted.facts());
                }
            });
        }
        assertEquals(2, facts.size());
        for (ArticleFacts f : facts) {
            assertEquals(f, FactsCodec.decode(FactsCodec.encode(f)));
        }
    }
}
