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

class EvalTimeCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void missingFolderIsBadUsage() {
        Path missing = dir.resolve("tbaq");
        CliRun run = run("eval", "time", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("sitrep eval time: no such folder: " + missing + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void folderWithoutTimeMlIsBadUsage() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "Kyiv\n");
        CliRun run = run("eval", "time", dir.toString());
        assertEquals(2, run.exit());
        assertEquals("sitrep eval time: no .tml files in " + dir + System.lineSeparator(), run.err());
    }

    @Test
    void limitBelowOneIsBadUsage() {
        CliRun run = run("eval", "time", dir.toString(), "--limit", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--limit must be at least 1"), run.err());
    }

    @Test
    @Tag("models")
    void printsScoresAsJsonAndSkipsUnreadableFiles() throws IOException {
        Files.writeString(dir.resolve("a.tml"), "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\""
                + " type=\"DATE\" value=\"2024-11-19\" functionInDocument=\"CREATION_TIME\">20241119</TIMEX3></DCT>\n"
                + "<TEXT>\nRussian drones struck Kyiv on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-11-18\">Monday"
                + "</TIMEX3>, officials said.\n</TEXT>\n</TimeML>\n");
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");
        CliRun run = run("eval", "time", dir.toString(), "--json");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("no TIMEX3 with functionInDocument"), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(1, o.get("files").asInt());
        assertEquals(1, o.get("gold").asInt());
        assertEquals(1.0, o.get("value_f1").asDouble());
        for (String field : new String[]{"strict_f1", "relaxed_f1", "type_accuracy", "value_accuracy",
                "strict_precision", "strict_recall", "relaxed_precision", "relaxed_recall", "value_precision",
                "value_recall", "predicted", "gold_strict", "gold_relaxed", "predicted_strict", "predicted_relaxed",
                "type_correct", "value_correct"}) {
            assertTrue(o.has(field), field + " missing from " + o);
        }
    }
}
