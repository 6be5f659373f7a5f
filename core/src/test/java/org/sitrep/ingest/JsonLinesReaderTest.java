package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Heading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {
    private final JsonLinesReader reader = new JsonLinesReader();

    private RecordingSink read(String source, String jsonl) {
        RecordingSink sink = new RecordingSink();
        reader.read(source, new BufferedReader(new StringReader(jsonl)), sink);
        return sink;
    }

    @Test
    void readsTextAndHtmlLinesAndSkipsTheBadOne() {
        RecordingSink sink = read("feeds/articles.jsonl", Fixtures.text("articles.jsonl"));

        assertEquals(3, sink.articles.size());
        assertEquals(1, sink.skips.size());
        assertEquals("feeds/articles.jsonl:3", sink.skips.get(0).source());
        assertTrue(sink.skips.get(0).reason().startsWith("invalid JSON"), sink.skips.get(0).reason());
        assertEquals(List.of(0, 1, 2), sink.articles.stream().map(Article::index).toList());
        assertTrue(sink.articles.stream().allMatch(a -> a.source().equals("feeds/articles.jsonl")));
    }

    @Test
    void textLineJoinsWrappedLinesAndKeepsDashedHeadings() {
        Article sudan = read("a.jsonl", Fixtures.text("articles.jsonl")).articles.get(0);

        String first = "KHARTOUM, Sept 26 - The Sudanese army said on Thursday it had retaken a strategic bridge linking"
                + " Omdurman to central Khartoum after three days of fighting with the paramilitary Rapid Support Forces.";
        String third = "Doctors at Al-Nau hospital said they had received at least 45 wounded civilians since Tuesday.";
        assertEquals(first + "\n\nThe RSF did not immediately comment. Residents reported heavy artillery fire near"
                + " the bridge overnight.\n\n" + third, sudan.text());
        assertEquals(List.of(new Heading("Hospitals overwhelmed", sudan.text().indexOf(third))), sudan.headings());
        assertEquals("Sudanese army retakes bridge over the Blue Nile", sudan.title());
        assertEquals(LocalDate.of(2024, 9, 26), sudan.published());
        assertEquals("https://wire.example.org/2024/09/26/sudan-bridge", sudan.url());
        assertEquals("Yusuf Abdelrahman", sudan.byline());
    }

    @Test
    void htmlLineIsCleanedAndJsonFieldsWinOverThePage() {
        Article crimea = read("a.jsonl", Fixtures.text("articles.jsonl")).articles.get(1);

        assertEquals("Ukraine's military intelligence said naval drones had struck a Russian patrol boat near the"
                + " port of Sevastopol.\n\nA video released by the agency showed at least two explosions at the stern.",
                crimea.text());
        assertEquals(List.of(new Heading("Footage released", crimea.text().indexOf("A video"))), crimea.headings());
        assertEquals("Naval drones strike patrol boat off Crimea", crimea.title());
        assertEquals(LocalDate.of(2024, 5, 2), crimea.published());
        assertEquals("https://monitor.example.net/crimea-patrol-boat", crimea.url());
        assertEquals("Irina Koval", crimea.byline());
    }

    @Test
    void textWithoutBlankLinesHasOneParagraphPerLine() {
        Article goma = read("a.jsonl", Fixtures.text("articles.jsonl")).articles.get(2);

        assertEquals("GOMA, DR Congo - M23 rebels advanced to within 20 kilometres of Goma on Monday.\n\n"
                + "Thousands of displaced people streamed towards the city along the lake road.\n\n"
                + "The United Nations mission said its peacekeepers had reinforced positions at Sake.", goma.text());
        assertEquals(LocalDate.of(2024, 2, 5), goma.published());
        assertNull(goma.title());
        assertNull(goma.url());
    }

    @Test
    void linesWithoutArticleAreSkippedWithTheirReason() {
        String jsonl = String.join("\n",
                "{\"title\": \"No body\", \"url\": \"https://example.org/x\"}",
                "{\"text\": \"   \"}",
                "{\"html\": \"<nav><a href='/'>Home</a></nav>\"}",
                "[\"not\", \"an\", \"object\"]",
                "{\"text\": \"- Only a heading -\"}",
                "{\"text\": \"Shelling resumed near Bakhmut.\"} trailing",
                "{\"text\": \"Shelling resumed near Bakhmut.\"}");

        RecordingSink sink = read("s.jsonl", jsonl);

        assertEquals(List.of(
                new RecordingSink.Skip("s.jsonl:1", "neither a \"text\" nor an \"html\" field"),
                new RecordingSink.Skip("s.jsonl:2", "empty text"),
                new RecordingSink.Skip("s.jsonl:3", "no article text found in HTML"),
                new RecordingSink.Skip("s.jsonl:4", "not a JSON object"),
                new RecordingSink.Skip("s.jsonl:5", "no article text (only headings)")), sink.skips.subList(0, 5));
        assertTrue(sink.skips.get(5).source().equals("s.jsonl:6") && sink.skips.get(5).reason().startsWith("invalid JSON"));
        assertEquals(6, sink.skips.size());
        assertEquals(1, sink.articles.size());
        assertEquals(0, sink.articles.get(0).index());
        assertEquals("Shelling resumed near Bakhmut.", sink.articles.get(0).text());
    }

    @Test
    void unreadablePublishedDateIsAProblem() {
        Article article = read("p.jsonl", "{\"text\": \"Talks resumed in Jeddah.\", \"published\": \"last week\"}")
                .articles.get(0);

        assertNull(article.published());
        assertEquals(1, article.problems().size());
        assertTrue(article.problems().get(0).message().contains("'last week'"));
    }

    @Test
    void authorMayBeAListOfPeople() {
        Article article = read("p.jsonl", "\uFEFF{\"text\": \"Clashes in Tripoli.\", \"author\": "
                + "[\"Leila Mansour\", {\"name\": \"Karim Saleh\"}]}").articles.get(0);

        assertEquals("Leila Mansour, Karim Saleh", article.byline());
    }

    @Test
    void readFailureIsAnIngestException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };

        IngestException e = assertThrows(IngestException.class,
                () -> reader.read("f.jsonl", new BufferedReader(failing), new RecordingSink()));

        assertEquals("f.jsonl", e.source());
        assertEquals("f.jsonl: cannot read line 1: disk gone", e.getMessage());
    }
}
