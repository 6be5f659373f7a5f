package org.sitrep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's workers: results in input order at any number of threads, failures reported, models loaded late. */
@Tag("models")
class PipelineTest {
    private static final Duration BUDGET = Duration.ofMinutes(5);
    private static Sitrep sitrep;

    @BeforeAll
    static void load() {
        sitrep = Sitrep.load();
    }

    /** The test articles, each file's articles followed by its end, with a skipped part between two files. */
    private static List<Item> items() throws IOException {
        List<Item> items = new ArrayList<>();
        for (String name : List.of("two-wire-stories.txt", "events-incidents.txt", "quotes-briefing.txt",
                "relations-briefing.txt", "dated-report.txt")) {
            try (InputStream in = PipelineTest.class.getResourceAsStream("/articles/" + name)) {
                SitrepTest.read(name, in.readAllBytes()).forEach(a -> items.add(new Item.Read(a)));
            }
            items.add(new Item.InputDone(name));
            if (name.startsWith("events")) {
                items.add(new Item.Skipped("feed.xml item 2", "not English: Spanish", false));
            }
        }
        return items;
    }

    /** Every report, as text, in the order the listener got them; extracted facts by their full record. */
    private static final class Recorder implements Pipeline.Listener {
        final List<Object> reports = new ArrayList<>();

        @Override
        public void extracted(Pipeline.Extracted extracted) {
            reports.add(extracted.facts());
            reports.add("tokens " + extracted.tokens());
        }

        @Override
        public void unchanged(Article article) {
            reports.add("unchanged " + article.source() + " " + article.index());
        }

        @Override
        public void failed(Article article, String reason) {
            reports.add("failed " + article.source() + " " + article.index() + ": " + reason);
        }

        @Override
        public void skipped(Item.Skipped skipped) {
            reports.add(skipped);
        }

        @Override
        public void inputDone(String input) {
            reports.add("done " + input);
        }
    }

    @Test
    void threeThreadsReportTheSameFactsInTheSameOrderAsOne() throws IOException {
        List<Item> items = items();
        Recorder one = new Recorder();
        Recorder three = new Recorder();
        // every third article counts as stored already: it is reported unchanged, in its place
        try (Pipeline single = new Pipeline(() -> sitrep, 1, BUDGET); Pipeline parallel = new Pipeline(() -> sitrep, 3, BUDGET)) {
            single.extract(items.iterator(), a -> a.index() % 3 != 2, one);
            parallel.extract(items.iterator(), a -> a.index() % 3 != 2, three);
        }
        assertEquals(one.reports, three.reports);
        long articles = items.stream().filter(i -> i instanceof Item.Read).count();
        assertTrue(articles >= 6, "articles: " + articles);
        assertEquals(articles, one.reports.stream().filter(r -> r instanceof org.sitrep.model.ArticleFacts
                || r.toString().startsWith("unchanged")).count());
        assertTrue(one.reports.stream().anyMatch(r -> r.toString().startsWith("unchanged")));
        assertEquals(5, one.reports.stream().filter(r -> r.toString().startsWith("done ")).count());
        assertTrue(one.reports.get(one.reports.size() - 1).equals("done dated-report.txt"));
    }

    @Test
    void anArticleOverItsBudgetIsReportedAndTheRunGoesOn() throws IOException {
        List<Item> items = items();
        Recorder recorder = new Recorder();
        try (Pipeline pipeline = new Pipeline(() -> sitrep, 2, Duration.ofNanos(1))) {
            pipeline.extract(items.iterator(), a -> true, recorder);
        }
        long articles = items.stream().filter(i -> i instanceof Item.Read).count();
        List<Object> failed = recorder.reports.stream().filter(r -> r.toString().startsWith("failed ")).toList();
        assertEquals(articles, failed.size(), recorder.reports.toString());
        assertTrue(failed.get(0).toString().contains("extraction stopped: over the time budget"), failed.get(0).toString());
        assertEquals(items.size(), recorder.reports.size(), "one report per item");
    }

    @Test
    void modelsLoadOnlyWhenAnArticleNeedsThem() throws IOException {
        Recorder recorder = new Recorder();
        try (Pipeline pipeline = new Pipeline(() -> {
            throw new AssertionError("models loaded");
        }, 2, BUDGET)) {
            pipeline.extract(items().iterator(), a -> false, recorder);
            assertEquals(0, pipeline.loadNanos());
        }
        assertTrue(recorder.reports.stream().noneMatch(r -> r instanceof org.sitrep.model.ArticleFacts));
    }
}
