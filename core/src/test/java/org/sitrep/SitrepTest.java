package org.sitrep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Amount;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.TimeExpression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole flow, models loaded: ingest, annotate, extract, on real-looking articles. */
@Tag("models")
class SitrepTest {
    private static Sitrep sitrep;

    @BeforeAll
    static void load() {
        sitrep = Sitrep.load();
    }

    static List<Article> read(String source, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        new Ingestor(null).read(source, bytes, new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(String s, String reason) {
                throw new AssertionError(s + ": " + reason);
            }
        });
        return articles;
    }

    /** The articles of a development seed, or the test skipped when the seeds are not on this machine. */
    static List<Article> seed(String name) throws IOException {
        Path seed = Path.of("../../shared/seeds/" + name);
        if (!Files.exists(seed)) {
            seed = Path.of("../shared/seeds/" + name);
        }
        assumeTrue(Files.exists(seed), "the development seeds are not on this machine");
        return read(seed.toString(), Files.readAllBytes(seed));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SitrepTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    static Optional<TimeExpression> time(ArticleFacts facts, String text) {
        return facts.times().stream().filter(t -> t.text().equals(text)).findFirst();
    }

    static Entity entity(ArticleFacts facts, String name) {
        return facts.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + facts.entities()));
    }

    /** Every fact's span lies in the body and covers the text it records. */
    static void assertOffsetsRoundTrip(ArticleFacts facts) {
        String body = facts.article().text();
        for (Entity e : facts.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), m.span().of(body));
            }
        }
        for (TimeExpression t : facts.times()) {
            assertEquals(t.text(), t.span().of(body));
        }
        for (Amount a : facts.amounts()) {
            assertEquals(a.text(), a.span().of(body));
        }
    }

    @Test
    void datedReportNormalisesTimesAgainstTheDateline() throws IOException {
        ArticleFacts facts = sitrep.process(read("dated-report.txt", fixture("dated-report.txt")).get(0));
        assertEquals("2024-11-19", facts.article().published().toString());
        assertEquals("2024-11-19", time(facts, "Tuesday").orElseThrow().value());
        assertEquals("2024-11-18", time(facts, "Monday").orElseThrow().value());
        assertEquals("2024-08", time(facts, "August").orElseThrow().value());
        assertEquals("P1000D", time(facts, "1,000 days").orElseThrow().value());
        assertEquals("2022-02-24", time(facts, "February 24, 2022").orElseThrow().value());
        assertOffsetsRoundTrip(facts);
    }

    @Test
    void mentionsOfOnePersonAreOneEntity() throws IOException {
        ArticleFacts facts = sitrep.process(read("dated-report.txt", fixture("dated-report.txt")).get(0));
        Entity rutte = entity(facts, "Mark Rutte");
        assertEquals(EntityType.PERSON, rutte.type());
        assertEquals(List.of("Mark Rutte", "Rutte"), rutte.mentions().stream().map(Mention::text).toList());
        Entity fedorov = entity(facts, "Ivan Fedorov");
        assertEquals(2, fedorov.mentions().size());
        assertEquals(EntityType.ORG, entity(facts, "NATO").type());
    }

    @Test
    void amountsCarryTheirUnits() throws IOException {
        ArticleFacts facts = sitrep.process(read("dated-report.txt", fixture("dated-report.txt")).get(0));
        List<String> amounts = facts.amounts().stream().map(a -> a.text() + "=" + (long) a.value()).toList();
        assertTrue(amounts.contains("three civilians=3"), amounts.toString());
        assertTrue(amounts.contains("14 drones=14"), amounts.toString());
        assertTrue(amounts.contains("1,200 residents=1200"), amounts.toString());
    }

    @Test
    void oddTextKeepsOffsetsInsideTheBody() {
        for (String text : List.of(" ", "\r\n\r\n", "“Curly” and \"straight\" quotes, Russia’s 'drones'.",
                "A sentence with 😀 outside the BMP, in Kyiv.\n\nAnother paragraph.",
                "unclosed “quote that never ends and Zelensky keeps talking", "x")) {
            ArticleFacts facts = sitrep.process(Article.of("odd", text));
            assertOffsetsRoundTrip(facts);
            assertEquals(facts.entities(), sitrep.process(Article.of("odd", text)).entities(), "runs are deterministic");
        }
    }

    @Test
    void seedArticlesWhenTheSharedFolderIsPresent() throws IOException {
        Path seed = Path.of("../../shared/seeds/002_1ffe506d08a5c17c.txt");
        if (!Files.exists(seed)) {
            seed = Path.of("../shared/seeds/002_1ffe506d08a5c17c.txt");
        }
        assumeTrue(Files.exists(seed), "the development seeds are not on this machine");
        List<Article> articles = read(seed.toString(), Files.readAllBytes(seed));
        assertEquals(2, articles.size());
        ArticleFacts second = sitrep.process(articles.get(1));
        assertEquals("2024-11-19", time(second, "Tuesday").orElseThrow().value());
        assertEquals("2024-11-18", time(second, "Monday").orElseThrow().value());
        assertEquals("2024-08", time(second, "August").orElseThrow().value());
        assertEquals("P1000D", time(second, "1,000 days").orElseThrow().value());
        List<String> amounts = second.amounts().stream().map(Amount::text).toList();
        assertTrue(amounts.containsAll(List.of("87 drones", "50,000 troops")), amounts.toString());
        ArticleFacts first = sitrep.process(articles.get(0));
        assertEquals(List.of("Donald Trump", "Trump"),
                entity(first, "Donald Trump").mentions().stream().map(Mention::text).toList());
        List<String> firstAmounts = first.amounts().stream().map(Amount::text).toList();
        assertTrue(firstAmounts.containsAll(List.of("two percent of gross domestic product", "23 of the 32 NATO members")),
                firstAmounts.toString());
        assertOffsetsRoundTrip(first);
        assertOffsetsRoundTrip(second);
        String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
        assertTrue(text.contains("Related Links"));
        assertTrue(articles.stream().noneMatch(a -> a.text().contains("Related Links") || a.text().contains("Subscribe")
                || a.text().contains("Space War News") || a.text().contains("Deadly dorm strike")));
    }
}
