package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs a crawler really meets, generated here where they are large: each is read to articles or refused
 * with a clear message, within a generous time (a liveness check, not a speed figure).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private final Ingestor ingestor = new Ingestor(null);

    @TempDir
    Path dir;

    private RecordingSink read(String name, String text) {
        RecordingSink sink = new RecordingSink();
        ingestor.read(name, text.getBytes(StandardCharsets.UTF_8), sink);
        return sink;
    }

    @Test
    void fiftyThousandNestedDivsAroundOneSentenceGiveThatSentence() {
        String page = "<html><body>" + "<div>".repeat(50_000) + "<p>Gunmen killed five people in Kabul on Monday.</p>"
                + "</div>".repeat(50_000) + "</body></html>";

        RecordingSink sink = read("nested.html", page);

        assertEquals(1, sink.articles.size());
        assertEquals("Gunmen killed five people in Kabul on Monday.", sink.articles.get(0).text());
    }

    @Test
    void aBodyOverTheLimitIsCutAtAParagraphBreakWithAProblem() {
        String paragraph = "Rebels attacked a village near Goma on Monday, killing five people, officials said.";
        StringBuilder text = new StringBuilder();
        while (text.length() < Ingestor.MAX_ARTICLE_CHARS + 50_000) {
            text.append(paragraph).append("\n\n");
        }

        Article article = read("long.txt", text.toString()).articles.get(0);

        assertTrue(article.text().length() <= Ingestor.MAX_ARTICLE_CHARS, "cut to the limit");
        assertTrue(article.text().length() > Ingestor.MAX_ARTICLE_CHARS - 2 * paragraph.length(), "cut near it");
        assertTrue(article.text().endsWith(paragraph), "cut at a paragraph break");
        assertTrue(article.problems().stream().anyMatch(p -> p.message().contains("cut at a paragraph break")),
                article.problems().toString());
    }

    @Test
    void aFeedWithADoctypeIsRecognisedAsAFeedAndItsEntityIsNotRead() {
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Blast</title>"
                + "<description>A bomb killed three people in Kabul. &xxe;</description></item></channel></rss>";

        IngestException e = assertThrows(IngestException.class, () -> read("doctype.rss", feed));

        assertTrue(e.getMessage().contains("not a valid RSS/Atom feed (its DOCTYPE was ignored"), e.getMessage());
    }

    @Test
    void gzipThatInflatesPastTheLimitIsRefusedWithoutPrintingItsBytes() throws IOException {
        Path bomb = dir.resolve("zeros.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 24; i++) {
                out.write(zeros);
            }
        }

        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(bomb, new RecordingSink()));

        assertTrue(e.getMessage().contains("gzip inflates past the 20 MB limit"), e.getMessage());
        assertFalse(e.getMessage().contains("\u0000"), "no NUL bytes in the message");
    }

    @Test
    void aGzipWarcOfZerosIsRefusedWithAShortPrintableMessage() throws IOException {
        Path bomb = dir.resolve("zeros.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 50000000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
        }

        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(bomb, new RecordingSink()));

        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), e.getMessage());
    }

    @Test
    void aFailureOfTheSinkPassesThroughUnchanged() {
        RecordingSink failing = new RecordingSink() {
            @Override
            public void accept(Article article) {
                throw new IllegalStateException("store is full");
            }
        };

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ingestor.read("a.txt", "Rebels attacked Goma.".getBytes(StandardCharsets.UTF_8), failing));

        assertEquals("store is full", e.getMessage());
    }

    private static final String REPORT = "Russian forces shelled the city of Sumy on Tuesday, killing 12 people, including"
            + " a child, the regional governor said. He said rescue work was continuing and that several buildings had"
            + " been destroyed in the strikes. Ukraine's defence ministry said its troops had repelled an attack near"
            + " Kupiansk overnight.";

    @Test
    void utf16WithoutAByteOrderMarkIsReadWithAProblem() {
        RecordingSink sink = new RecordingSink();
        ingestor.read("utf16.txt", REPORT.getBytes(StandardCharsets.UTF_16LE), sink);

        assertEquals(REPORT, sink.articles.get(0).text());
        assertTrue(sink.articles.get(0).problems().get(0).message().contains("decoded as UTF-16LE"));
    }

    @Test
    void rightToLeftAndOtherLanguagesAreSkippedSayingWhy() {
        RecordingSink arabic = read("rtl.txt", "\u0642\u062a\u0644 12 \u0634\u062e\u0635\u0627 \u0641\u064a"
                + " \u0642\u0635\u0641 \u0631\u0648\u0633\u064a \u0639\u0644\u0649 \u0645\u062f\u064a\u0646\u0629"
                + " \u0633\u0648\u0645\u064a \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.");
        RecordingSink french = read("fr.txt", "Les forces russes ont bombard\u00e9 la ville de Soumy mardi, tuant douze"
                + " personnes, dont un enfant, ont d\u00e9clar\u00e9 les autorit\u00e9s locales. Le gouverneur de la"
                + " r\u00e9gion a affirm\u00e9 que les op\u00e9rations de secours se poursuivaient et que plusieurs"
                + " immeubles avaient \u00e9t\u00e9 d\u00e9truits par les frappes.");

        assertTrue(arabic.articles.isEmpty() && french.articles.isEmpty());
        assertEquals("not English: 100% of its letters are in the Arabic script", arabic.skips.get(0).reason());
        assertTrue(french.skips.get(0).reason().startsWith("not English: 0 of its 45 words are common English words"),
                french.skips.get(0).reason());
        assertEquals("fr.txt article 0", french.skips.get(0).source());
    }

    @Test
    void emojiAndCombiningMarksInNamesStayAsWritten() {
        String text = "Ukrainian commander Zoe\u0308 Kovalenko \uD83C\uDDFA\uD83C\uDDE6 said a drone strike killed"
                + " four soldiers near Bakhmut \uD83D\uDCA5. \"We will hold,\" said Jose\u0301 Rami\u0301rez"
                + " \uD83D\uDC4D\uD83C\uDFFD, a volunteer, on Tuesday.";

        assertEquals(text, read("emoji.txt", text).articles.get(0).text());
    }

    @Test
    void tenThousandOneWordParagraphsAreOneArticle() {
        String[] words = REPORT.split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i == 0 ? "" : "\n\n").append(words[i % words.length]);
        }

        RecordingSink sink = read("words.txt", text.toString());

        assertEquals(1, sink.articles.size(), sink.skips.toString());
        assertEquals(10_000, sink.articles.get(0).text().split("\n\n").length);
    }
}
