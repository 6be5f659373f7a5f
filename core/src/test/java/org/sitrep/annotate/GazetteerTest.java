package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.load();

    private static Optional<Gazetteer.Kind> find(Gazetteer g, String words, boolean inCapitals) {
        LabelledText t = LabelledText.of(String.join(" ", List.of(words.split(" ")).stream()
                .map(w -> w + "/NNP").toList()));
        return g.find(t.tokens(), 0, t.tokens().size(), inCapitals);
    }

    @Test
    void shippedGazetteerKnowsTheNamesOfCurrentWarReporting() {
        assertEquals(Optional.of(Gazetteer.Kind.COUNTRY), SHIPPED.find("Ukraine"));
        assertEquals(Optional.of(Gazetteer.Kind.CITY), SHIPPED.find("Kyiv"));
        assertEquals(Optional.of(Gazetteer.Kind.CITY), SHIPPED.find("Khan Younis"));
        assertEquals(Optional.of(Gazetteer.Kind.PLACE), SHIPPED.find("Black Sea"));
        assertEquals(Optional.of(Gazetteer.Kind.NATIONALITY), SHIPPED.find("North Korean"));
        assertEquals(Optional.of(Gazetteer.Kind.NATIONALITY), SHIPPED.find("Ukrainians"));
        assertEquals(Optional.of(Gazetteer.Kind.ORG), SHIPPED.find("Hezbollah"));
        assertEquals(Optional.of(Gazetteer.Kind.PERSON), SHIPPED.find("Volodymyr Zelensky"));
        assertEquals(Optional.of(Gazetteer.Kind.MISC), SHIPPED.find("HIMARS"));
        assertEquals(Optional.empty(), SHIPPED.find("Ukraine's"));
    }

    @Test
    void nameSplitAtItsHyphensByTheTokenizerIsStillKnown() {
        LabelledText split = LabelledText.of("al/NNP ~-/HYPH ~Qaeda/NNP struck/VBD Rostov/NNP ~-/HYPH ~on/IN ~-/HYPH ~Don/NNP");
        assertEquals("al-Qaeda", Gazetteer.words(split.tokens(), 0, 3));
        assertEquals(Optional.of(Gazetteer.Kind.ORG), SHIPPED.find(split.tokens(), 0, 3, false));
        assertEquals(Optional.of(Gazetteer.Kind.CITY), SHIPPED.find(split.tokens(), 4, 9, false));
        assertEquals("al-Qaeda struck", Gazetteer.words(split.tokens(), 0, 4));
    }

    @Test
    void ambiguousNamesOnlyFillGaps() {
        assertEquals(Optional.of(Gazetteer.Kind.REGION), SHIPPED.find("Jordan"));
        assertTrue(!SHIPPED.find("Jordan").get().overrules);
        assertTrue(!SHIPPED.find("Kharkiv").get().overrules);
        assertTrue(SHIPPED.find("Scotland").get().overrules);
    }

    @Test
    void capitalsAreMatchedIgnoringCaseExceptAcronyms() {
        assertEquals(Optional.of(Gazetteer.Kind.COUNTRY), find(SHIPPED, "NORTHERN IRELAND", true));
        assertEquals(Optional.empty(), find(SHIPPED, "NORTHERN IRELAND", false));
        // Acronyms match only as written; "NATO" does in a headline, "WHO" and "US" there are words.
        assertEquals(Optional.of(Gazetteer.Kind.ORG), find(SHIPPED, "NATO", true));
        assertEquals(Optional.of(Gazetteer.Kind.ORG), find(SHIPPED, "Nato", false));
        assertEquals(Optional.of(Gazetteer.Kind.ORG), find(SHIPPED, "WHO", false));
        assertEquals(Optional.empty(), find(SHIPPED, "WHO", true));
        assertEquals(Optional.of(Gazetteer.Kind.COUNTRY), find(SHIPPED, "US", false));
        assertEquals(Optional.empty(), find(SHIPPED, "US", true));
        assertEquals(Optional.empty(), find(SHIPPED, "Who", true));
    }

    @Test
    void firstKindGivenANameWins() throws Exception {
        Map<String, Gazetteer.Kind> names = Gazetteer.parse(new BufferedReader(new StringReader(
                "# comment\n[country]\nLuxembourg\n\n[city]\nLuxembourg\nBig  Town\n")));
        Map<String, Gazetteer.Kind> expected = new LinkedHashMap<>();
        expected.put("Luxembourg", Gazetteer.Kind.COUNTRY);
        expected.put("Big Town", Gazetteer.Kind.CITY);
        assertEquals(expected, names);
        Gazetteer g = new Gazetteer(names);
        assertEquals(2, g.maxTokens());
        assertEquals(Optional.of(Gazetteer.Kind.CITY), find(g, "Big Town", false));
    }

    @Test
    void malformedFileSaysTheLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(new BufferedReader(new StringReader("[country]\nChad\n[town]\nX\n"))));
        assertEquals("gazetteer.txt line 3: unknown section [town]", unknown.getMessage());
        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(new BufferedReader(new StringReader("Chad\n"))));
        assertEquals("gazetteer.txt line 1: name 'Chad' before any [section]", orphan.getMessage());
    }
}
