package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTsvWithHeader() throws IOException {
        Path tsv = dir.resolve("case.tsv");
        Files.writeString(tsv, "id\tEventSnippet\tSubType\n1\tOn 3 May, rebels attacked a village.\tATTACK\n\n"
                + "2\tA cyclone hit the coast.\tNATURAL_DISASTER\n");
        List<CaseSnippet> snippets = new CaseReader().read(tsv);
        assertEquals(List.of(new CaseSnippet("1", "On 3 May, rebels attacked a village.", "ATTACK"),
                new CaseSnippet("2", "A cyclone hit the coast.", "NATURAL_DISASTER")), snippets);
    }

    @Test
    void readsSamplePairByTheInputPath() throws IOException {
        Path input = dir.resolve("case2021-task2-sample-input.txt");
        Files.writeString(input, "1\tTwo factions clashed.\n2\tStudents vandalized a room.\n");
        Files.writeString(dir.resolve("case2021-task2-sample-output.txt"), "2\tVIOL_DEMONSTR\n1\tMOB_VIOL\n");
        List<CaseSnippet> snippets = new CaseReader().read(input);
        assertEquals("MOB_VIOL", snippets.get(0).label());
        assertEquals("VIOL_DEMONSTR", snippets.get(1).label());
        assertEquals("Students vandalized a room.", snippets.get(1).text());
    }

    @Test
    void fileInNeitherLayoutIsRefusedWithTheReason() throws IOException {
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "1\tsomething\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseReader().read(other));
        assertTrue(e.getMessage().contains("no id/EventSnippet/SubType header"), e.getMessage());
    }

    @Test
    void snippetWithoutLabelIsRefused() throws IOException {
        Path input = dir.resolve("x-input.txt");
        Files.writeString(input, "1\tTwo factions clashed.\n");
        Files.writeString(dir.resolve("x-output.txt"), "7\tMOB_VIOL\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CaseReader().read(input));
        assertTrue(e.getMessage().contains("snippet 1"), e.getMessage());
    }
}
