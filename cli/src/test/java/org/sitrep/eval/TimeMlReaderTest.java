package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlReaderTest {

    private static final String TML = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW20241119.0001</DOCID>\n"
            + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-11-19T08:30\" temporalFunction=\"false\""
            + " functionInDocument=\"CREATION_TIME\">Nov. 19, 2024</TIMEX3></DCT>\n"
            + "<TITLE>Drones hit Kyiv</TITLE>\n<TEXT>\nKYIV, Ukraine (AP) _\n\nRussian drones <EVENT eid=\"e1\""
            + " class=\"OCCURRENCE\">struck</EVENT> Kyiv <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-11-18\""
            + " functionInDocument=\"NONE\">Monday</TIMEX3>, &amp; the war reached <TIMEX3 tid=\"t2\""
            + " type=\"DURATION\" value=\"P1000D\">1,000 days</TIMEX3>.\n</TEXT>\n</TimeML>\n";

    private static TimeMlDocument read(String tml) {
        return new TimeMlReader().read("test.tml", new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textIsTheTextElementWithTagsStrippedAndEntitiesDecoded() {
        assertEquals("\nKYIV, Ukraine (AP) _\n\nRussian drones struck Kyiv Monday, & the war reached 1,000 days.\n",
                read(TML).text());
    }

    @Test
    void goldSpansPointIntoTheText() {
        TimeMlDocument doc = read(TML);
        assertEquals(2, doc.gold().size());
        for (TimeExpression g : doc.gold()) {
            assertEquals(g.text(), doc.text().substring(g.span().start(), g.span().end()));
        }
        TimeExpression days = doc.gold().get(1);
        assertEquals("1,000 days", days.text());
        assertEquals(TimeType.DURATION, days.type());
        assertEquals("P1000D", days.value());
    }

    @Test
    void creationTimeIsTheArticleDateAndNotGold() {
        TimeMlDocument doc = read(TML);
        assertEquals(LocalDate.of(2024, 11, 19), doc.dct());
        assertTrue(doc.gold().stream().noneMatch(g -> g.text().contains("2024")));
        Article article = doc.toArticle();
        assertEquals(LocalDate.of(2024, 11, 19), article.published());
        assertEquals(doc.text(), article.text());
        assertEquals("test.tml", article.source());
        assertNull(article.title());
    }

    @Test
    void compactCreationDateIsRead() {
        assertEquals(LocalDate.of(1998, 1, 8), read(TML.replace("2024-11-19T08:30", "19980108")).dct());
    }

    @Test
    void fileWithoutCreationTimeIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(TML.replace("CREATION_TIME", "NONE")));
        assertEquals("test.tml: no TIMEX3 with functionInDocument=\"CREATION_TIME\"", e.getMessage());
    }

    @Test
    void fileWithoutTextIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(TML.replace("TEXT>", "BODY>")));
        assertEquals("test.tml: no <TEXT> element", e.getMessage());
    }

    @Test
    void malformedXmlIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(TML.replace("</TEXT>", "")));
        assertTrue(e.getMessage().startsWith("test.tml: not well-formed TimeML: "), e.getMessage());
    }
}
