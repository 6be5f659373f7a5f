package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("models")
class ExtractCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> records, String err) {
    }

    static Run run(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        List<JsonNode> records = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                records.add(mapper.readTree(line));
            }
        }
        return new Run(run.exit(), records, run.err());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static final String REPORT = "Shelling hits Kharkiv\n"
            + "Kharkiv, Ukraine (AFP) Nov 19, 2024 -\n"
            + "Russian shelling killed two people in Kharkiv on Monday, governor Oleg Synegubov said.\n";

    @Test
    void badInputsAreReportedAndTheRunGoesOn() throws IOException {
        Path good = write("a-good.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Path empty = write("b-empty.txt", new byte[0]);
        Path binary = write("c-binary.txt", new byte[]{0x7F, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Path big = write("d-huge.txt", huge);
        Path latin = write("e-latin.txt", REPORT.replace("Oleg", "Olég").getBytes(Charset.forName("windows-1252")));
        Path html = write("f-broken.html", ("<html><body><div><p>Russian drones struck Odesa on Tuesday, the"
                + " regional governor said.<p>Two people were wounded.</div></spa></body").getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("g-missing.txt");

        Run run = run("extract", good.toString(), empty.toString(), binary.toString(), big.toString(),
                latin.toString(), html.toString(), missing.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(empty + ": empty file"), run.err());
        assertTrue(run.err().contains(binary + ": not text: NUL byte"), run.err());
        assertTrue(run.err().contains(big + ": file is 50.0 MB, over the 20 MB limit"), run.err());
        assertTrue(run.err().contains(latin + " article 0: not valid UTF-8"), run.err());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
        assertEquals(3, run.records().size(), "the good, the Latin-1 and the broken HTML file each give an article");
        assertEquals("Shelling hits Kharkiv", run.records().get(0).get("title").asText());
        assertTrue(run.records().get(1).get("text").asText().contains("Olég Synegubov"));
        assertTrue(run.records().get(2).get("text").asText().contains("Russian drones struck Odesa"));
    }

    @Test
    void recordsCarryTheDocumentedFieldsAndOffsetsRoundTrip() throws IOException {
        Path good = write("report.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Run run = run("extract", good.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode r = run.records().get(0);
        assertEquals(good.toString(), r.get("source").asText());
        assertEquals(0, r.get("article").asInt());
        assertEquals("2024-11-19", r.get("published").asText());
        assertEquals("Kharkiv, Ukraine", r.get("dateline").get("place").asText());
        assertEquals("AFP", r.get("dateline").get("agency").asText());
        String text = r.get("text").asText();
        int checked = 0;
        for (String kind : List.of("times", "amounts")) {
            for (JsonNode f : r.get(kind)) {
                assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()));
                checked++;
            }
        }
        for (JsonNode e : r.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
                checked++;
            }
        }
        assertTrue(checked >= 5, "expected entities, times and amounts in " + r);
    }

    @Test
    void dateOptionDatesUndatedSources() throws IOException {
        Path plain = write("undated.txt", "Russian shelling killed two people in Kharkiv on Monday.".getBytes(StandardCharsets.UTF_8));
        Run run = run("extract", "--date", "2024-11-19", plain.toString());
        JsonNode r = run.records().get(0);
        assertEquals("2024-11-19", r.get("published").asText());
        assertEquals("2024-11-18", r.get("times").get(0).get("value").asText());
    }

    @Test
    void foldersAreReadRecursively() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        write("in/one.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        write("in/sub/two.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Run run = run("extract", dir.resolve("in").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.records().size());
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        assertEquals(2, run("extract").exit());
        assertEquals(2, run("extract", "--date", "19/11/2024", "x.txt").exit());
    }
}
