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

class EvalNerCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void missingFileIsBadUsage() {
        Path missing = dir.resolve("eng.testa");
        CliRun run = run("eval", "ner", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("sitrep eval ner: no such file: " + missing + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void fileThatIsNotConllFailsWithTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Kyiv\n");
        CliRun run = run("eval", "ner", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not a CoNLL file: " + file + ": line 1: expected a token and a tag"),
                run.err());
    }

    @Test
    @Tag("models")
    void printsScoresAsJson() throws IOException {
        Path file = Files.writeString(dir.resolve("mini.conll"), "-DOCSTART- -X- O O\n\n"
                + "Russian JJ I-NP I-MISC\nforces NNS I-NP O\nshelled VBD I-VP O\nKharkiv NNP I-NP I-LOC\n. . O O\n\n"
                + "Ukrainian JJ I-NP I-MISC\nPresident NNP I-NP O\nVolodymyr NNP I-NP I-PER\nZelensky NNP I-NP I-PER\n"
                + "thanked VBD I-VP O\nNATO NNP I-NP I-ORG\n. . O O\n");
        CliRun run = run("eval", "ner", "--json", file.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(5, o.get("gold").asInt());
        assertEquals(1, o.get("documents").asInt());
        assertEquals(2, o.get("sentences").asInt());
        assertEquals(12, o.get("tokens").asInt());
        for (String type : new String[]{"PER", "LOC", "ORG", "MISC"}) {
            JsonNode t = o.get("per_type").get(type);
            assertTrue(t.has("precision") && t.has("recall") && t.has("f1") && t.has("gold")
                    && t.has("predicted") && t.has("correct"), type + ": " + t);
        }
        assertEquals(2, o.get("per_type").get("MISC").get("gold").asInt());
        assertTrue(o.get("f1").asDouble() >= 0.8, run.out());
    }
}
