package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireTextSplitterTest {

    private final WireTextSplitter splitter = new WireTextSplitter();

    static String fixture(String name) throws IOException {
        try (InputStream in = WireTextSplitterTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void splitsAtHeadlineFollowedByDateline() throws IOException {
        List<Article> articles = splitter.split("two.txt", fixture("two-wire-stories.txt"), null, List.of());
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("Aid convoy reaches besieged town after weeks of shelling", first.title());
        assertEquals("Khartoum, Sudan", first.dateline().place());
        assertEquals("Reuters", first.dateline().agency());
        assertEquals(LocalDate.of(2024, 6, 3), first.published());
        assertTrue(first.text().startsWith("A United Nations aid convoy"));
        Article second = articles.get(1);
        assertEquals(1, second.index());
        assertEquals("Ceasefire talks stall in Jeddah", second.title());
        assertEquals("JEDDAH", second.dateline().place());
        assertNull(second.published(), "a dateline without a year and no --date gives no date");
        assertTrue(second.text().startsWith("Talks between Sudan's warring parties"),
                "the text after an inline dateline is the first paragraph: " + second.text());
    }

    @Test
    void datelineWithoutYearTakesTheDefaultDatesYear() throws IOException {
        List<Article> articles = splitter.split("two.txt", fixture("two-wire-stories.txt"), LocalDate.of(2024, 6, 4), List.of());
        assertEquals(LocalDate.of(2024, 6, 4), articles.get(1).published());
    }

    @Test
    void dropsBoilerplateAndKeepsHeadingsOutOfTheBody() throws IOException {
        Article first = splitter.split("two.txt", fixture("two-wire-stories.txt"), null, List.of()).get(0);
        for (String chrome : List.of("Advertisement", "Related Links", "Africa News Wire", "Subscribe", "Fighting around")) {
            assertFalse(first.text().contains(chrome), "body still holds '" + chrome + "': " + first.text());
        }
        assertEquals(1, first.headings().size());
        assertEquals("Fighting around the airport", first.headings().get(0).text());
        int at = first.headings().get(0).offset();
        assertTrue(first.text().startsWith("Clashes between the army", at), "heading points at its section");
    }

    @Test
    void textBeforeTheFirstDatelineIsAnArticleWithoutTitle() {
        String text = "\"We will not retreat,\" the commander said.\n"
                + "The town has been shelled daily.\n"
                + "Talks resume in Geneva\n"
                + "Geneva, Switzerland (AFP) Jan 10, 2025 -\n"
                + "Delegations met on Friday.\n";
        List<Article> articles = splitter.split("x", text, null, List.of());
        assertEquals(2, articles.size());
        assertNull(articles.get(0).title());
        assertNull(articles.get(0).dateline());
        assertEquals("\"We will not retreat,\" the commander said.\n\nThe town has been shelled daily.", articles.get(0).text());
        assertEquals("Talks resume in Geneva", articles.get(1).title());
    }

    @Test
    void sentenceEndingLineAboveADatelineIsNotAHeadline() {
        String text = "Fighting went on all day.\nThe offensive stalled.\nKyiv, Ukraine (AFP) Nov 19, 2024 -\n"
                + "Ukraine said Tuesday it would not surrender.";
        List<Article> articles = splitter.split("x", text, null, List.of());
        assertEquals(2, articles.size());
        assertNull(articles.get(1).title());
        assertEquals("Fighting went on all day.\n\nThe offensive stalled.", articles.get(0).text());
    }

    @Test
    void loneLineAboveTheDatelineIsTheHeadlineEvenWithAFullStop() {
        String text = "Police remove candidate from debate site.\n\n"
                + "HEMPSTEAD, N.Y. (UPI) -- The candidate was escorted off the premises on Monday.\n";
        List<Article> articles = splitter.split("x", text, null, List.of());
        assertEquals(1, articles.size());
        assertEquals("Police remove candidate from debate site.", articles.get(0).title());
        assertEquals("HEMPSTEAD, N.Y.", articles.get(0).dateline().place());
        assertEquals("UPI", articles.get(0).dateline().agency());
    }

    @Test
    void handlesCrLfAndEmptyInput() {
        assertTrue(splitter.split("x", "", null, List.of()).isEmpty());
        assertTrue(splitter.split("x", "\r\n\r\n  \r\n", null, List.of()).isEmpty());
        List<Article> crlf = splitter.split("x", "First line.\r\nSecond line.\r\n", null, List.of());
        assertEquals("First line.\n\nSecond line.", crlf.get(0).text());
    }
}
