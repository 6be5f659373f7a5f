package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.CaseLabels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalEventsCommandTest {

    @TempDir
    Path dir;

    @Test
    void missingPathIsBadUsage() {
        Path missing = dir.resolve("case.tsv");
        CliRun run = CliRun.of("eval", "events", missing.toString());
        assertEquals(2, run.exit());
        assertEquals("sitrep eval events: " + missing + " does not exist" + System.lineSeparator(), run.err());
    }

    @Test
    void folderWithoutCorpusFilesIsBadUsage() {
        CliRun run = CliRun.of("eval", "events", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no CASE, WikiEvents or RAMS file"), run.err());
    }

    @Test
    void fileInNoLayoutFails() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "just some text\n");
        CliRun run = CliRun.of("eval", "events", notes.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no id/EventSnippet/SubType header"), run.err());
    }

    @Test
    @Tag("models")
    void scoresCaseSnippetsAsJson() throws IOException {
        Path tsv = dir.resolve("case.tsv");
        Files.writeString(tsv, "id\tEventSnippet\tSubType\n"
                + "1\tOn 2 March 2021, a drone strike by unidentified forces hit a car near Marib, killing two people.\tAIR_STRIKE\n"
                + "2\tOn 4 March 2021, police arrested five opposition activists in Dhaka.\tARREST\n"
                + "3\tOn 5 March 2021, heavy floods displaced thousands of families in Sylhet.\tNATURAL_DISASTER\n");
        CliRun run = CliRun.of("eval", "events", "--json", tsv.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        for (String key : new String[]{"trigger_f1", "argument_f1", "type_accuracy", "type_macro_f1", "other_accuracy",
                "fatalities_exact"}) {
            assertTrue(o.has(key), key + " in " + o);
        }
        assertEquals(1.0, o.get("type_accuracy").asDouble(), run.out());
        assertEquals(1.0, o.get("other_accuracy").asDouble(), run.out());
        assertTrue(o.get("trigger_f1").isNull());
    }

    /**
     * ACLED-style notes written for this project (not gold data: a check that the rules reach beyond the five
     * CASE sample snippets they were first tuned on), one or two per sub-type, plus two non-ACLED notes.
     */
    @Test
    @Tag("models")
    void ownAcledStyleNotesAreTypedAtLeastNineTimesInTen() throws Exception {
        Path notes = Path.of(EvalEventsCommandTest.class.getResource("/case-notes.tsv").toURI());
        Set<String> labels = Files.readAllLines(notes).stream().skip(1).map(l -> l.substring(l.lastIndexOf('\t') + 1))
                .collect(Collectors.toSet());
        assertTrue(labels.containsAll(CaseLabels.ACLED), "every sub-type has notes; missing: "
                + CaseLabels.ACLED.stream().filter(l -> !labels.contains(l)).toList());
        CliRun run = CliRun.of("eval", "events", "--json", notes.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertTrue(o.get("type_accuracy").asDouble() >= 0.9, run.out());
        assertTrue(o.get("type_macro_f1").asDouble() >= 0.9, run.out());
        assertEquals(1.0, o.get("other_accuracy").asDouble(), run.out());
    }
}
