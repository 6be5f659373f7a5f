package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolnearReaderTest {
    static final String TEXT = "Title.\n\n\"We will win,\" Rutte said. \"Again,\" he added.\n\nThe Post reports that talks "
            + "failed.";
    static final String ANN = String.join("\n",
            "T1\tSource 23 28\tRutte",
            "T2\tCue 29 33\tsaid",
            "T3\tContent 8 22;35 43\t\"We will win,\" \"Again,\"",
            "T4\tAttribution 29 33\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 64 71\treports",
            "T6\tContent 72 89\tthat talks failed",
            "T7\tAttribution-no-source 64 71\treports",
            "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
            "T8\tDiscard 0 6\tTitle.",
            "");

    @Test
    void readsAttributionsWithFragmentsAndWithoutSource() {
        PolnearDocument doc = new PolnearReader().read("a.txt", TEXT, "a_ef2d.ann", ANN, null);
        assertEquals(2, doc.gold().size());
        GoldAttribution first = doc.gold().get(0);
        assertEquals(List.of(new Span(8, 22), new Span(35, 43)), first.content());
        assertEquals(new Span(8, 43), first.extent());
        assertEquals("Rutte", first.source().get(0).of(TEXT));
        assertEquals("said", first.cue().get(0).of(TEXT));
        GoldAttribution second = doc.gold().get(1);
        assertEquals("that talks failed", second.content().get(0).of(TEXT));
        assertEquals(List.of(), second.source());
        assertNull(doc.toArticle().published());
    }

    @Test
    void spanPastTheTextIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PolnearReader().read("a.txt", "short", "a_ef2d.ann", "T1\tContent 0 40\tx\n", null));
        assertEquals("a_ef2d.ann:1: span end 40 is past the length 5 of a.txt", e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new PolnearReader().read("a.txt", "short", "a_ef2d.ann", "T1\tContent x y\tx\n", null));
        assertTrue(bad.getMessage().contains("bad offsets 'x y'"), bad.getMessage());
    }

    @Test
    void folderGivesOneDocumentPerTextWithTheFirstAnnotatorAndTheMetadataDate(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("polnear-dev");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        Files.writeString(corpus.resolve("text/nyt_2016-09-08_obama.txt"), TEXT);
        Files.writeString(corpus.resolve("attributions/nyt_2016-09-08_obama_4e07.ann"), ANN);
        Files.writeString(corpus.resolve("attributions/nyt_2016-09-08_obama_ef2d.ann"), "");
        Files.writeString(dir.resolve("polnear-metadata.tsv"),
                "compartment\tfilename\tpublication_date\ndev\tnyt_2016-09-08_obama\t2016-09-08\n");
        List<PolnearDocument> docs = new PolnearReader().readFolder(corpus);
        assertEquals(1, docs.size());
        assertEquals(2, docs.get(0).gold().size());
        assertEquals(LocalDate.of(2016, 9, 8), docs.get(0).published());
        assertEquals(TEXT, docs.get(0).toArticle().text());
    }

    @Test
    void folderWithoutTextAndAttributionsIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PolnearReader().readFolder(dir));
        assertTrue(e.getMessage().endsWith("has no text/ and attributions/ folders"), e.getMessage());
    }
}
