package org.sitrep.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.Sitrep;
import org.sitrep.annotate.StockPipeline;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Does Sitrep's annotation and extraction run faster than CoreNLP's stock pipeline on one news article? Both
 * load their models in {@link #setUp()}, so only per-article work is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AnnotationBenchmark {

    /** Article length: one report, or the same report four times over. */
    @Param({"1", "4"})
    int copies;

    private Article article;
    private Sitrep sitrep;
    private StockPipeline stock;

    @Setup
    public void setUp() throws IOException {
        String text;
        try (InputStream in = AnnotationBenchmark.class.getResourceAsStream("/report.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        article = Article.of("bench", (text.strip() + "\n\n").repeat(copies).strip());
        sitrep = Sitrep.load();
        stock = new StockPipeline();
    }

    @Benchmark
    public ArticleFacts sitrep() {
        return sitrep.process(article);
    }

    @Benchmark
    public int stockCoreNlp() {
        return stock.annotate(article.text());
    }
}
