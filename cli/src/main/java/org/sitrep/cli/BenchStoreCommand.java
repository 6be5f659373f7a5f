package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Fusion;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code sitrep bench-store}: the store alone at scale. Takes the articles of an ingested database as templates,
 * writes {@code --articles} copies of them into a fresh SQLite database (each copy another URL, another date and
 * a unique line appended to its text, so every copy is a new article; one transaction per article, as ingest
 * does), fuses, then times each query command's query. No model is loaded: extraction's own rate comes from
 * {@code sitrep ingest}'s summary or {@code sitrep bench}.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Store benchmark: writes N copies of an ingested database's articles into a new SQLite file;"
                + " reports articles/s, bytes per article, fusion time and query latencies (p50, p99).")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DB", description = "An ingested database (URL or SQLite file) whose articles are the templates.")
    String from;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The new SQLite file to write (must not exist).")
    Path target;

    @Option(names = "--articles", description = "How many articles to write (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--queries", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
    int queries = 200;

    @Option(names = "--then", split = ",", paramLabel = "N", description = "After the first fusion, add N more"
            + " copies and time the fusion again, for each N given (\"1,100\": the cost of fusing one new article, then"
            + " a hundred, into the large database).")
    List<Integer> then = List.of();

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(target) && articles > 0) {
            err.println("sitrep bench-store: " + target + " exists; give a new file (or --articles 0 to time its queries)");
            return 2;
        }
        StoreOption source = new StoreOption();
        source.db = from;
        List<ArticleFacts> templates = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try (Store db = source.openExisting()) {
            db.forEachArticle(templates::add);
        } catch (StoreException e) {
            err.println("sitrep: database " + e.getMessage());
            return 1;
        }
        if (templates.isEmpty()) {
            err.println("sitrep bench-store: no articles in " + from);
            return 1;
        }
        List<String> actors = new ArrayList<>();
        for (ArticleFacts t : templates) {
            t.relations().forEach(r -> actors.add(r.subject().name()));
            t.quotes().stream().map(Quote::speaker).filter(s -> s != null).forEach(s -> speakers.add(s.name()));
            for (String w : t.article().text().split("[^\\p{L}]+")) {
                if (w.length() > 5) {
                    words.add(w);
                }
            }
        }
        ObjectNode figures = new ObjectMapper().createObjectNode();
        figures.put("templates", templates.size());
        figures.put("articles", articles);
        Random random = new Random(1);
        try (Store db = Store.open("jdbc:sqlite:" + target)) {
            long start = System.nanoTime();
            long last = start;
            for (int i = 0; i < articles; i++) {
                db.put(copy(templates.get(i % templates.size()), i), "bench");
                if (System.nanoTime() - last > 10_000_000_000L) {
                    last = System.nanoTime();
                    err.printf(Locale.ROOT, "sitrep bench-store: %d articles, %.0f articles/s%n", i + 1,
                            (i + 1) / ((last - start) / 1e9));
                    err.flush();
                }
            }
            if (articles > 0) {
                double putSeconds = (System.nanoTime() - start) / 1e9;
                figures.put("store_seconds", putSeconds);
                figures.put("store_articles_per_second", articles / putSeconds);
                err.printf(Locale.ROOT, "sitrep bench-store: stored in %.1f s; fusing%n", putSeconds);
                err.flush();
                long fuseStart = System.nanoTime();
                Fusion fusion = db.resolve();
                double fuseSeconds = (System.nanoTime() - fuseStart) / 1e9;
                figures.put("fusion_seconds", fuseSeconds);
                figures.put("actors", fusion.actors());
                figures.put("statements", fusion.statements());
                figures.put("incidents", db.counts().get("incidents"));
                figures.put("events", db.counts().get("events"));
                err.printf(Locale.ROOT, "sitrep bench-store: fused in %.1f s%n", fuseSeconds);
                err.flush();
            }
            int next = Math.toIntExact(db.counts().get("articles")); // with --articles 0, adds to the file given
            for (int added : then) {
                for (int i = 0; i < added; i++, next++) {
                    db.put(copy(templates.get(next % templates.size()), next), "bench");
                }
                long addStart = System.nanoTime();
                db.resolve();
                double addSeconds = (System.nanoTime() - addStart) / 1e9;
                figures.put("fusion_after_" + added + "_seconds", addSeconds);
                err.printf(Locale.ROOT, "sitrep bench-store: %d more articles fused in %.2f s%n", added, addSeconds);
                err.flush();
            }
            long stored = db.counts().get("articles");
            figures.put("articles_in_database", stored);
            latency(figures, "quotes_speaker", () -> db.quotes(pick(speakers, random, "Rutte"), null, 50, 10));
            latency(figures, "quotes_about", () -> db.quotes(null, pick(words, random, "strike"), 50, 10));
            latency(figures, "actors_top20", () -> db.actors(20));
            latency(figures, "search", () -> db.search(pick(words, random, "strike") + " " + pick(words, random, "Kyiv"), 20));
            latency(figures, "events_newest50", () -> db.events(EventQuery.NEWEST.withLimit(50)));
            latency(figures, "events_country_from", () -> db.events(EventQuery.NEWEST.withCountry("UA")
                    .withDates("2025-06-01", null).withLimit(50)));
            latency(figures, "relations_actor", () -> db.relations(new RelationQuery(pick(actors, random, "Russia"),
                    null, 50)));
        }
        long bytes = Files.size(target);
        Path wal = Path.of(target + "-wal");
        if (Files.exists(wal)) {
            bytes += Files.size(wal);
        }
        figures.put("database_bytes", bytes);
        figures.put("bytes_per_article", bytes / Math.max(1, figures.get("articles_in_database").asLong()));
        if (json) {
            out.println(figures.toPrettyString());
        } else {
            figures.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-28s %s%n", e.getKey(),
                    e.getValue().isDouble() ? String.format(Locale.ROOT, "%.3f", e.getValue().asDouble()) : e.getValue()));
        }
        out.flush();
        return 0;
    }

    private void latency(ObjectNode figures, String name, Supplier<List<?>> query) {
        for (int i = 0; i < Math.min(20, queries); i++) {
            query.get();
        }
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        figures.put(name + "_p50_ms", ms[(int) (0.50 * (queries - 1))]);
        figures.put(name + "_p99_ms", ms[(int) Math.ceil(0.99 * (queries - 1))]);
    }

    private static String pick(List<String> options, Random random, String fallback) {
        return options.isEmpty() ? fallback : options.get(random.nextInt(options.size()));
    }

    /**
     * Copy {@code n} of a template: another URL and date (its events' dates moved by as many days), and a line
     * appended to the text so its hash differs. Copies of one template {@code lcm(templates, 365)} apart tell of the
     * same incidents, so incidents are fused from several reports, as in a real month of wire copy.
     */
    static ArticleFacts copy(ArticleFacts t, int n) {
        Article a = t.article();
        Article c = new Article("bench-" + n, 0, a.title(),
                a.published() == null ? null : a.published().plusDays(n % 365), a.dateline(), a.headings(),
                a.text() + "\n\n(copy " + n + ")", "bench://" + n, a.byline(), a.problems());
        List<Entity> entities = t.entities();
        List<Event> events = t.events().stream().map(e -> e.date() == null || e.date().length() != 10 ? e
                : new Event(e.id(), e.subtype(), LocalDate.parse(e.date()).plusDays(n % 365).toString(), e.precision(),
                e.location(), e.actor1(), e.actor2(), e.weapon(), e.casualties(), e.civilianTargeting(), e.figures(),
                e.mentions(), e.confidence())).toList();
        return new ArticleFacts(c, entities, t.times(), t.amounts(), t.quotes(), t.places(), events,
                t.relations(), t.problems());
    }
}
