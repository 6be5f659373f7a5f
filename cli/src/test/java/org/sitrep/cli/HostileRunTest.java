package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole runs over hostile inputs: each finishes (the timeout is a liveness check, not a speed figure) with its
 * facts pointing at the right characters, or with a clear message.
 */
@Tag("models")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileRunTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void namesWithEmojiAndCombiningMarksAreFoundAtTheirOffsets() throws IOException {
        Path file = write("emoji.txt", "Ukrainian commander Zoe\u0308 Kovalenko \uD83C\uDDFA\uD83C\uDDE6 said on Tuesday"
                + " that a drone strike killed 4 soldiers near Bakhmut \uD83D\uDCA5. \"We will hold,\" said"
                + " Jose\u0301 Mari\u0301a Rami\u0301rez \uD83D\uDC4D\uD83C\uDFFD, a volunteer.\n");

        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", file.toString());

        assertEquals(0, run.exit(), run.err());
        JsonNode article = run.records().get(0);
        String text = article.path("text").asText();
        List<String> names = new ArrayList<>();
        article.path("entities").forEach(e -> names.add(e.path("name").asText()));
        assertTrue(names.contains("Zoe\u0308 Kovalenko") && names.contains("Jose\u0301 Mari\u0301a Rami\u0301rez"),
                names.toString());
        List<JsonNode> spans = new ArrayList<>();
        article.findParents("start").forEach(spans::add);
        assertTrue(spans.size() > 5, spans.toString());
        for (JsonNode span : spans) {
            if (span.has("end") && span.has("text")) {
                assertEquals(span.path("text").asText(), text.substring(span.path("start").asInt(), span.path("end").asInt()));
            }
        }
    }

    @Test
    void tenThousandOneWordParagraphsFinish() throws IOException {
        String[] words = ("Russian forces shelled the city of Sumy on Tuesday, killing 12 people, the regional governor"
                + " said, and he said that rescue work was continuing in the city.").split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(words[i % words.length]).append("\n\n");
        }

        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", write("words.txt", text.toString()).toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.records().size());
    }

    @Test
    void anArticleInAnotherLanguageIsSkippedAndTheRunGoesOn() throws IOException {
        write("a-fr.txt", "PARIS, 19 novembre (Reuters) - Les forces russes ont bombard\u00e9 la ville de Soumy mardi,"
                + " tuant douze personnes, dont un enfant, ont d\u00e9clar\u00e9 les autorit\u00e9s locales. Le gouverneur"
                + " a affirm\u00e9 que les op\u00e9rations de secours se poursuivaient.\n");
        write("b-en.txt", "KYIV, Nov 19 (Reuters) - Russian forces shelled the city of Sumy on Tuesday, killing 12"
                + " people, officials said.\n");

        CliRun run = CliRun.of("ingest", dir.toString(), "--db", "jdbc:sqlite:" + dir.resolve("s.db"));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("a-fr.txt article 0: not English: "), run.err());
        assertTrue(run.out().contains("ingest: 1 articles: 1 stored"), run.out());
    }

    @Test
    void anArticleOverItsTimeBudgetIsStoppedAndReportedAndTheRunGoesOn() throws IOException {
        String sentence = "Rebels attacked a village near Goma on Monday, killing five people, officials said. ";
        write("a-long.txt", sentence.repeat(4000));
        write("b-short.txt", sentence);

        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--budget", "5", dir.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("a-long.txt article 0: extraction stopped: over the time budget of 5 s for one"
                + " article"), run.err());
        assertEquals(1, run.records().size(), run.err());
        assertTrue(run.records().get(0).path("source").asText().endsWith("b-short.txt"));
    }

    /** A child reads standard input: a gigabyte without a line break is refused at the limit, not read whole. */
    @Test
    void aGigabyteLineOnStandardInputIsRefusedAtTheLimit() throws Exception {
        Process child = ChildRun.start(dir.resolve("child.log"), List.of("-Xmx1g"), "extract", "-");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        long written = 0;
        try (OutputStream in = child.getOutputStream()) {
            for (; written < 1024L * chunk.length; written += chunk.length) {
                in.write(chunk);
            }
        } catch (IOException closedByTheChild) {
            // the child stopped reading at its limit and ended
        }
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child did not end");
        String log = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
        assertEquals(1, child.exitValue(), log);
        assertTrue(log.contains("sitrep: -: input is over the 20 MB limit"), log);
        assertTrue(written < 100L * chunk.length, "the child read " + written / chunk.length + " MB");
    }
}
