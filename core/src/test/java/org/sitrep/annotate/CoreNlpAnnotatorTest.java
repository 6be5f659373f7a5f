package org.sitrep.annotate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("models")
class CoreNlpAnnotatorTest {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.forText();
    }

    private static List<String> names(String text) {
        AnnotatedArticle a = annotator.annotate(Article.of("test", text));
        return a.names().stream().map(m -> m.text() + ":" + m.type()).toList();
    }

    @Test
    void warReportingOf2024GetsItsNamesAndTypes() {
        List<String> names = names("KYIV, Ukraine (AP) — Russian forces launched drones at Kharkiv and Odesa"
                + " overnight, Ukrainian President Volodymyr Zelensky said on Tuesday. North Korean troops have been"
                + " sent to the Kursk region, NATO Secretary-General Mark Rutte told reporters in Brussels."
                + " Zelensky urged allies to send more Patriot systems and F-16s. Ships in the Black Sea were not hit.");
        for (String expected : List.of("Russian:NORP", "Kharkiv:GPE", "Odesa:GPE", "Ukrainian:NORP",
                "Volodymyr Zelensky:PERSON", "North Korean:NORP", "NATO:ORG", "Mark Rutte:PERSON", "Brussels:GPE",
                "Zelensky:PERSON", "F-16s:MISC", "Black Sea:LOC")) {
            assertTrue(names.contains(expected), expected + " not in " + names);
        }
    }

    @Test
    void aTextWithoutFullStopsIsCutIntoBoundedSentencesThatCoverIt() {
        String clause = "rebels attacked a village near Goma on Monday killing five people ";
        String text = clause.repeat(300) + "in the morning of 3 March 2024";

        AnnotatedArticle a = annotator.annotate(Article.of("test", text));

        assertTrue(a.sentences().size() >= 300 * 11 / SentenceChunks.MAX_TOKENS, a.sentences().size() + " sentences");
        for (int i = 0; i < a.sentences().size(); i++) {
            var s = a.sentences().get(i);
            assertTrue(s.endToken() - s.firstToken() <= SentenceChunks.MAX_TOKENS, "sentence " + i);
            if (i > 0) {
                assertTrue(s.firstToken() == a.sentences().get(i - 1).endToken(), "no token lost at " + i);
            }
        }
        assertTrue(a.times().stream().anyMatch(t -> "2024-03-03".equals(t.value())), a.times().toString());
    }

    @Test
    void aHundredThousandQuotationMarksAreAnnotatedWithOffsetsIntoTheText() {
        String text = "Police said \"" + "\"".repeat(100_000) + "\" on Monday.";

        AnnotatedArticle a = annotator.annotate(Article.of("test", text));

        assertTrue(a.tokens().size() > 2);
        a.tokens().forEach(t -> assertTrue(t.span().end() <= text.length()));
        assertTrue(a.tokens().stream().anyMatch(t -> t.word().equals("Monday")));
    }
}
