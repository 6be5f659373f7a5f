package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ArticleStreamTest {
    private static final String STORY = "KYIV, March 3 (Reuters) - Ukrainian officials said on Monday that the talks"
            + " would resume next week in Geneva, after a pause of two months.\n\nThe foreign ministry gave no details.\n";

    @TempDir
    Path dir;

    private static String line(Item item) {
        if (item instanceof Item.Read read) {
            return "article " + read.article().source() + " " + read.article().index();
        }
        if (item instanceof Item.Skipped skipped) {
            return "skipped " + skipped.source() + " " + skipped.failure() + ": " + skipped.reason();
        }
        return "done " + ((Item.InputDone) item).input();
    }

    @Test
    void inputsComeInOrderAndOneThatCannotBeReadIsAFailureItem() throws Exception {
        Path story = Files.writeString(dir.resolve("a.txt"), STORY);
        Path empty = Files.writeString(dir.resolve("b.txt"), "");
        Path lines = Files.writeString(dir.resolve("c.jsonl"),
                "{\"text\": " + quoted(STORY) + "}\nnot json\n{\"text\": " + quoted(STORY.replace("Geneva", "Vienna")) + "}\n");
        String missing = dir.resolve("missing.txt").toString();
        List<String> got = new ArrayList<>();
        try (ArticleStream stream = new ArticleStream(new Ingestor(null),
                List.of(story.toString(), empty.toString(), missing, lines.toString(), ArticleStream.STDIN),
                new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)))) {
            stream.forEachRemaining(item -> got.add(line(item)));
            assertFalse(stream.hasNext());
            assertThrows(NoSuchElementException.class, stream::next);
        }
        assertEquals("article " + story + " 0", got.get(0));
        assertEquals("done " + story, got.get(1));
        assertEquals("skipped " + empty + " true: empty file", got.get(2));
        assertEquals("done " + empty, got.get(3));
        assertEquals("skipped " + missing + " true: no such file", got.get(4));
        assertEquals("done " + missing, got.get(5));
        assertEquals("article " + lines + " 0", got.get(6));
        assertTrue(got.get(7).startsWith("skipped " + lines + ":2 false: "), got.get(7));
        assertEquals("article " + lines + " 1", got.get(8));
        assertEquals("done " + lines, got.get(9));
        assertEquals("article - 0", got.get(10));
        assertEquals("done -", got.get(11));
        assertEquals(12, got.size(), got.toString());
    }

    @Test
    void closingEarlyStopsTheReader() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append("{\"text\": ").append(quoted(STORY.replace("two months", i + " days"))).append("}\n");
        }
        Path lines = Files.writeString(dir.resolve("many.jsonl"), many);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            ArticleStream stream = new ArticleStream(new Ingestor(null), List.of(lines.toString()), System.in);
            assertTrue(stream.next() instanceof Item.Read);
            stream.close();
            Thread.sleep(200);
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("sitrep-reader")
                    && t.isAlive()), "the reader thread stopped");
        });
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
