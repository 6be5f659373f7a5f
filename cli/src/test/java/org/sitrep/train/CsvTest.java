package org.sitrep.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void quotedFieldsHoldCommasQuotesAndNewlines() {
        List<List<String>> rows = Csv.rows("a,b,c\r\n\"x, y\",\"he said \"\"no\"\"\",\"line one\nline two\"\nlast,,\n");
        assertEquals(List.of("a", "b", "c"), rows.get(0));
        assertEquals(List.of("x, y", "he said \"no\"", "line one\nline two"), rows.get(1));
        assertEquals(List.of("last", "", ""), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void detokenizedSentencesReadAsText() {
        assertEquals("Troops (about 200) entered Kobani, officials said.",
                Detokenizer.join(List.of("Troops", "(", "about", "200", ")", "entered", "Kobani", ",", "officials",
                        "said", ".")));
    }
}
