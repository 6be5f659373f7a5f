package org.sitrep.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.model.Article;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz targets for the readers. Under {@code mvn verify} each replays its stored inputs (in
 * {@code src/test/resources/org/sitrep/ingest/IngestFuzzTestInputs/<target>/}) as a regression test; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see the README). A reader may refuse an input with an
 * {@link IngestException}; anything else it throws, or an article whose parts lie outside its body, is a bug.
 */
class IngestFuzzTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 4);

    @FuzzTest(maxDuration = "10m")
    void anyInput(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        readAll(sink -> new Ingestor(DATE).read("fuzz", bytes, sink));
    }

    @FuzzTest(maxDuration = "10m")
    void htmlPage(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        try {
            wellFormed(new HtmlArticleReader().read("fuzz", 0, html, null));
        } catch (IngestException refused) {
            // a page without article text
        }
    }

    @FuzzTest(maxDuration = "10m")
    void feed(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        readAll(sink -> new FeedReader().read("fuzz", bytes, sink));
    }

    @FuzzTest(maxDuration = "10m")
    void warc(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        readAll(sink -> new WarcReader().read("fuzz", new ByteArrayInputStream(bytes), sink));
    }

    @FuzzTest(maxDuration = "10m")
    void jsonLines(FuzzedDataProvider data) {
        String lines = data.consumeRemainingAsString();
        readAll(sink -> new JsonLinesReader().read("fuzz", new BufferedReader(new StringReader(lines)), sink));
    }

    @FuzzTest(maxDuration = "10m")
    void wireTextAndDatelines(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        new WireTextSplitter().split("fuzz", text, DATE, List.of()).forEach(IngestFuzzTest::wellFormed);
        new DatelineParser().find(text, DATE).ifPresent(found ->
                assertTrue(found.end() >= 0 && found.end() <= text.length(), "dateline end " + found.end()));
    }

    /** Runs a reading into a sink; a refusal is fine, every article it gives must be well formed. */
    private static void readAll(Consumer<ArticleSink> reading) {
        RecordingSink sink = new RecordingSink();
        try {
            reading.accept(sink);
        } catch (IngestException refused) {
            return;
        }
        sink.articles.forEach(IngestFuzzTest::wellFormed);
    }

    private static void wellFormed(Article article) {
        article.headings().forEach(h -> assertTrue(h.offset() <= article.text().length(), "heading " + h));
        article.problems().forEach(p -> assertTrue(p.message().chars().noneMatch(c -> c == 0), "NUL in " + p));
    }
}
