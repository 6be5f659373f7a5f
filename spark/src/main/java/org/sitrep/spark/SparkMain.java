package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;
import org.sitrep.Sitrep;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Sitrep's Spark commands, in their own artifact so that the command line's jar holds no Spark:
 * {@code spark-extract}, {@code import-parquet} and {@code spark-bench}. The same main class runs under
 * {@code spark-submit}, where the cluster manager gives the master.
 */
@Command(name = "sitrep", subcommands = {SparkMain.Extract.class, SparkMain.Import.class, SparkMain.Bench.class},
        mixinStandardHelpOptions = true, description = "Sitrep on Apache Spark.")
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A Spark session: on {@code master} when given, else on the master {@code spark-submit} set, else on every
     * local core. The web UI is off unless asked for.
     */
    static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("sitrep")
                .config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"))
                .config("spark.sql.shuffle.partitions", "8");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    @Command(name = "spark-extract", mixinStandardHelpOptions = true,
            description = "Extracts the facts of text, HTML, feed, JSON Lines and WARC files on any Hadoop filesystem"
                    + " path into Parquet tables (articles, entities, quotes, events, relations, places, problems).")
    static final class Extract implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[2], spark://HOST:7077,"
                + " yarn); default: the one spark-submit gives, else local[*].")
        String master;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the tables (must not"
                + " hold them already).")
        String out;

        @Option(names = "--partitions", paramLabel = "N", description = "Least number of partitions of the input"
                + " (default: four per core of the default parallelism, to even out long articles).")
        int partitions;

        @Option(names = "--budget", paramLabel = "SECONDS", description = "Seconds one article may take (default:"
                + " ${DEFAULT-VALUE}).")
        double budget = 300;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for sources that give none.")
        LocalDate date;

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively), local or"
                + " on any Hadoop filesystem (hdfs://, s3a://).")
        List<String> inputs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!(budget > 0)) {
                err.println("sitrep spark-extract: --budget must be a positive number of seconds");
                return 2;
            }
            long start = System.nanoTime();
            SparkSession spark = session(master);
            try {
                int n = partitions > 0 ? partitions : ExtractJob.defaultPartitions(spark);
                ExtractJob.Result result = ExtractJob.run(spark, inputs, this.out, n,
                        Duration.ofMillis((long) (budget * 1000)), date);
                double seconds = (System.nanoTime() - start) / 1e9;
                StringBuilder tables = new StringBuilder();
                result.rows().forEach((t, rows) -> tables.append(tables.isEmpty() ? "" : ", ").append(rows).append(' ').append(t));
                out.printf(Locale.ROOT, "spark-extract: %s written to %s on %s in %.1f s (extraction %.1f s in %d"
                                + " partitions, %.2f articles/s)%n", tables, this.out, spark.sparkContext().master(), seconds,
                        result.extraction().toMillis() / 1e3, result.partitions(), result.articlesPerSecond());
                return result.rows().get("problems") > 0 ? 1 : 0;
            } catch (RuntimeException e) {
                err.println("sitrep spark-extract: " + message(e));
                return 1;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "import-parquet", mixinStandardHelpOptions = true,
            description = "Stores the articles of a spark-extract output with their facts, then fuses, as ingest does.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--db", paramLabel = "URL", description = "The database: a JDBC URL or a SQLite file"
                + " (default: ${DEFAULT-VALUE}).")
        String db = Store.DEFAULT_URL;

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder spark-extract wrote.")
        String dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String url = db.regionMatches(true, 0, "jdbc:", 0, 5) ? db : "jdbc:sqlite:" + db;
            SparkSession spark = session("local[1]");
            try (Store store = Store.open(url)) {
                ParquetImport.Result r = ParquetImport.run(spark, dir, store, Sitrep.VERSION);
                out.printf(Locale.ROOT, "import-parquet: %d stored, %d unchanged, %d replaced; fused: %d actors,"
                                + " %d statements, %d incidents%n", r.outcomes().getOrDefault(Ingested.STORED, 0),
                        r.outcomes().getOrDefault(Ingested.UNCHANGED, 0), r.outcomes().getOrDefault(Ingested.REPLACED, 0),
                        r.fusion().actors(), r.fusion().statements(), r.fusion().incidents());
                return 0;
            } catch (StoreException e) {
                err.println("sitrep: database " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                err.println("sitrep import-parquet: " + message(e));
                return 1;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "spark-bench", mixinStandardHelpOptions = true,
            description = "Articles/s of spark-extract at each of several local masters over the same corpus, models warm.")
    static final class Bench implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--masters", split = ",", description = "Masters to time (default: ${DEFAULT-VALUE}).")
        List<String> masters = List.of("local[1]", "local[2]");

        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path scratch = Files.createTempDirectory("sitrep-spark-bench");
            List<String> runs = new ArrayList<>();
            for (int i = -1; i < masters.size(); i++) {
                String master = masters.get(Math.max(i, 0));
                SparkSession spark = session(master);
                try {
                    long start = System.nanoTime();
                    ExtractJob.Result result = ExtractJob.run(spark, inputs, scratch.resolve("run" + (i + 1)).toString(),
                            ExtractJob.defaultPartitions(spark), Duration.ofMinutes(5), null);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (i >= 0) { // the first run loads the models and warms the JIT
                        runs.add(String.format(Locale.ROOT, "\"%s\": {\"articles\": %d, \"seconds\": %.1f,"
                                        + " \"extraction_s\": %.1f, \"partitions\": %d, \"articles_per_s\": %.3f}", master,
                                result.articles(), seconds, result.extraction().toMillis() / 1e3, result.partitions(),
                                result.articlesPerSecond()));
                    }
                } finally {
                    spark.stop();
                }
            }
            out.println("{" + String.join(", ", runs) + "}");
            return 0;
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
