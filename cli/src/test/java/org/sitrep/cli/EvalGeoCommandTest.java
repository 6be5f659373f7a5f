package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalGeoCommandTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsBadUsage() {
        Path missing = dir.resolve("GeoWebNews.xml");
        CliRun run = CliRun.of("eval", "geo", missing.toString(), "--json");
        assertEquals(2, run.exit());
        assertEquals("sitrep eval geo: no such file: " + missing + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void folderIsBadUsage() {
        CliRun run = CliRun.of("eval", "geo", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("sitrep eval geo: no such file: "), run.err());
    }

    @Test
    void limitBelowOneIsBadUsage() throws IOException {
        Path gold = copy("lgl-excerpt.xml");
        CliRun run = CliRun.of("eval", "geo", gold.toString(), "--limit", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--limit must be at least 1"), run.err());
    }

    @Test
    void unreadableGoldFailsNamingTheFile() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<articles><article docid=\"1\"><text>Kyiv</text><toponyms><toponym><start>x</start>"
                + "<end>4</end><phrase>Kyiv</phrase></toponym></toponyms></article></articles>");
        CliRun run = CliRun.of("eval", "geo", bad.toString());
        assertEquals(1, run.exit());
        assertEquals("sitrep eval geo: cannot read gold: " + bad + ": article 1, toponym 1: <start> 'x' is not a "
                + "whole number" + System.lineSeparator(), run.err());
    }

    @Test
    @Tag("models")
    void placesTheExcerptsToponymsAndPrintsTheFiguresAsJson() throws IOException {
        Path gold = copy("geowebnews-excerpt.xml");
        CliRun run = CliRun.of("eval", "geo", gold.toString(), "--gold-spans", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode figures = new ObjectMapper().readTree(run.out());
        for (String key : List.of("recognition_f1", "acc161", "acc161_gold_spans", "median_error_km")) {
            assertTrue(figures.get(key).isNumber(), key + " in " + run.out());
        }
        // Damascus, Lebanon, Turkey and Douma are in any gazetteer: most gold toponyms are placed near enough.
        assertTrue(figures.get("acc161_gold_spans").asDouble() >= 0.5, run.out());
        assertTrue(figures.get("recognition_f1").asDouble() > 0.5, run.out());
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/eval/geo/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
