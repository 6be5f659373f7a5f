package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * The Spark job behind {@code spark-extract}: reads text, HTML, feed, JSON Lines and WARC files from any Hadoop
 * filesystem path, runs the pipeline in the executors, and writes Parquet tables under the output folder:
 * {@code articles} (with the lossless {@code facts} that {@code import-parquet} reads), one table per fact kind
 * ({@code entities}, {@code quotes}, {@code events}, {@code relations}, {@code places}; the fields of
 * {@code sitrep extract}'s JSON, keyed by {@code article_key}) and {@code problems}.
 */
final class ExtractJob {
    /** The fact kinds written as tables of their own. */
    static final List<String> FACT_TABLES = List.of("entities", "quotes", "events", "relations", "places");
    private static final StructType PROBLEMS = new StructType()
            .add("source", DataTypes.StringType).add("article", DataTypes.LongType).add("reason", DataTypes.StringType);

    private ExtractJob() {
    }

    /**
     * What a run wrote: rows per table (in the order written), the time the extraction itself took (reading and
     * extracting every article, before any table is written) and the partitions it ran in.
     */
    record Result(Map<String, Long> rows, Duration extraction, int partitions) {
        long articles() {
            return rows.get("articles");
        }

        double articlesPerSecond() {
            return articles() / (extraction.toNanos() / 1e9);
        }
    }

    /** Four partitions per core of the default parallelism, so that long articles even out across the cores. */
    static int defaultPartitions(SparkSession spark) {
        return 4 * spark.sparkContext().defaultParallelism();
    }

    /** Runs the job. Refuses an output folder that holds tables already. */
    static Result run(SparkSession spark, List<String> inputs, String out, int partitions, Duration budget,
                      LocalDate defaultDate) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", inputs), partitions);
        if (files.getNumPartitions() < partitions) {
            // Hadoop packs small files into one split whatever the hint; spread them (only paths move, not bytes)
            files = files.repartition(partitions);
        }
        JavaRDD<Line> lines = files.mapPartitions(new ExtractPartition(budget, defaultDate))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long start = System.nanoTime();
            lines.count();
            Duration extraction = Duration.ofNanos(System.nanoTime() - start);
            Dataset<String> articleLines = spark.createDataset(
                    lines.filter(l -> l.kind().equals(Line.ARTICLE)).map(Line::json).rdd(), Encoders.STRING());
            Dataset<String> problemLines = spark.createDataset(
                    lines.filter(l -> l.kind().equals(Line.PROBLEM)).map(Line::json).rdd(), Encoders.STRING());
            Dataset<Row> articles = articleLines.isEmpty()
                    ? spark.createDataFrame(List.of(), new StructType().add("article_key", DataTypes.StringType))
                    : spark.read().json(articleLines);
            Map<String, Long> written = new LinkedHashMap<>();
            List<String> columns = Arrays.asList(articles.columns());
            write(articles.drop(FACT_TABLES.stream().filter(columns::contains).toArray(String[]::new)),
                    out, "articles", written);
            for (String kind : FACT_TABLES) {
                write(table(articles, kind), out, kind, written);
            }
            write(spark.read().schema(PROBLEMS).json(problemLines), out, "problems", written);
            return new Result(written, extraction, lines.getNumPartitions());
        } finally {
            lines.unpersist(false);
        }
    }

    /** One row per fact of a kind, its fields as columns, with the article's key. */
    private static Dataset<Row> table(Dataset<Row> articles, String kind) {
        if (!Arrays.asList(articles.columns()).contains(kind)) {
            return articles.select(col("article_key")).limit(0);
        }
        Dataset<Row> exploded = articles.select(col("article_key"), explode(col(kind)).as("fact"));
        DataType element = ((ArrayType) articles.schema().apply(kind).dataType()).elementType();
        return element instanceof StructType
                ? exploded.select(col("article_key"), col("fact.*"))
                : exploded.select(col("article_key"), col("fact").as("value"));
    }

    private static void write(Dataset<Row> table, String out, String name, Map<String, Long> written) {
        String path = out.replaceAll("/+$", "") + "/" + name;
        table.write().mode(SaveMode.ErrorIfExists).parquet(path);
        written.put(name, table.count());
    }
}
