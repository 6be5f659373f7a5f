package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalQuotesCommandTest {

    @TempDir
    Path dir;

    @Test
    void missingFolderIsBadUsage() {
        Path missing = dir.resolve("polnear-dev");
        CliRun run = CliRun.of("eval", "quotes", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("sitrep eval quotes: " + missing + " is not a folder" + System.lineSeparator(), run.err());
    }

    @Test
    void limitBelowOneIsBadUsage() {
        CliRun run = CliRun.of("eval", "quotes", "--limit", "0", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--limit must be at least 1, not 0"), run.err());
    }

    @Test
    void folderThatIsNotPolnearFails() {
        CliRun run = CliRun.of("eval", "quotes", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("has no text/ and attributions/ folders"), run.err());
    }

    @Test
    @Tag("models")
    void printsFiguresAsJsonForDirectAndIndirectQuotes() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "\"We will win,\" Rutte told reporters. Peskov said that the talks had failed.";
        Files.writeString(dir.resolve("text/wire_2024-11-19_a.txt"), text);
        Files.writeString(dir.resolve("attributions/wire_2024-11-19_a_ef2d.ann"), String.join("\n",
                "T1\tContent 0 14\t\"We will win,\"", "T2\tSource 15 20\tRutte", "T3\tCue 21 25\ttold",
                "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
                "T4\tSource 37 43\tPeskov", "T5\tCue 44 48\tsaid", "T6\tContent 49 74\tthat the talks had failed",
                "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4", ""));
        CliRun run = CliRun.of("eval", "quotes", "--json", "--limit", "1", dir.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        for (JsonNode n : new JsonNode[]{o, o.get("direct"), o.get("indirect")}) {
            assertTrue(n.has("content_overlap_f1") && n.has("content_exact_f1") && n.has("speaker_accuracy"), n.toString());
        }
        assertEquals(1.0, o.get("content_overlap_f1").asDouble(), run.out());
        assertEquals(1.0, o.get("content_exact_f1").asDouble(), run.out());
        assertEquals(1.0, o.get("speaker_accuracy").asDouble(), run.out());
        assertEquals(1, o.get("direct").get("gold").asInt());
        assertEquals(1, o.get("indirect").get("gold").asInt());
    }
}
