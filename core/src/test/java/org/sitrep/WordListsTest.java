package org.sitrep;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word-list loader, on small lists of the test classpath, and every list the rules read. */
class WordListsTest {
    private enum Kind { STRIKE, RAID }


    @Test
    void readsOneWordPerLineSkippingCommentsAndBlankLines() {
        assertEquals(Set.of("alpha", "beta", "n't"), WordLists.set("test-words"));
    }

    @Test
    void readsEachListOnce() {
        assertSame(WordLists.set("test-words"), WordLists.set("test-words"));
    }

    @Test
    void readsAMapOfWordTabValueWithAlignedValues() {
        assertEquals(Map.of("strike", "STRIKE", "raid", "RAID"), WordLists.map("test-kinds"));
        assertEquals(Map.of("strike", Kind.STRIKE, "raid", Kind.RAID), WordLists.map("test-kinds", Kind::valueOf));
    }

    @Test
    void failsNamingTheFileWhenAListIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.set("no-such-list"));
        assertTrue(e.getMessage().contains("words/no-such-list.txt is missing"), e.getMessage());
    }

    @Test
    void failsNamingTheLineOfAWordListedTwice() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.set("test-twice"));
        assertTrue(e.getMessage().contains("test-twice.txt line 4: 'alpha' is listed twice"), e.getMessage());
    }

    @Test
    void failsNamingTheLineOfAMapEntryWithoutValue() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.map("test-no-value"));
        assertTrue(e.getMessage().contains("test-no-value.tsv line 3"), e.getMessage());
    }

    @Test
    void failsNamingTheWordOfAValueTheTypeRejects() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.map("test-bad-kind", Kind::valueOf));
        assertTrue(e.getMessage().contains("bad value 'STROKE' for 'strike'"), e.getMessage());
    }

    @Test
    void everyListOfTheRulesParsesWithAHeaderAndWordsInLowerCase() throws IOException, URISyntaxException {
        Path folder = Path.of(WordLists.class.getResource("words/triggers.tsv").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String file = f.getFileName().toString();
            assertTrue(Files.readAllLines(f).get(0).startsWith("# "), file + " opens with a header comment");
            String name = file.replaceFirst("\\.(txt|tsv)$", "");
            Set<String> words = file.endsWith(".tsv") ? WordLists.map(name).keySet() : WordLists.set(name);
            assertFalse(words.isEmpty(), file);
            for (String w : words) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, file + ": '" + w + "' is in lower case");
            }
        }
    }
}
