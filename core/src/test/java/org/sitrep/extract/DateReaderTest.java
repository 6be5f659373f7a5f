package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The date of a report, from the time expressions of hand-tagged clauses. */
class DateReaderTest {
    private static final String STRUCK = "Russia/NNP struck/VBD Kyiv/NNP on/IN Monday/NNP ./.";

    /** The report over all of {@code tagged}, with {@code words} tagged as a date of {@code value}. */
    private static IncidentReport dated(String tagged, String words, String value) {
        String text = HandAnnotated.of(tagged).text();
        int at = text.indexOf(words);
        AnnotatedArticle doc = HandAnnotated.of(tagged,
                new TimeExpression(new Span(at, at + words.length()), words, TimeType.DATE, value));
        IncidentReport r = new IncidentReport();
        r.from = 0;
        r.to = doc.tokens().size();
        DateReader.read(doc, r, 0, doc.tokens().size());
        return r;
    }

    @Test
    void aDayAWeekAMonthAndAYear() {
        IncidentReport day = dated(STRUCK, "Monday", "2025-03-03");
        assertEquals("2025-03-03", day.date);
        assertEquals(DatePrecision.DAY, day.precision);
        assertEquals(DatePrecision.WEEK, dated(STRUCK, "Monday", "2025-W10").precision);
        assertEquals("2025-W10", dated(STRUCK, "Monday", "2025-W10").date);
        assertEquals(DatePrecision.MONTH, dated(STRUCK, "Monday", "2025-03").precision);
        assertEquals(DatePrecision.YEAR, dated(STRUCK, "Monday", "2025").precision);
    }

    @Test
    void aValueWithoutAYearGivesNoDate() {
        IncidentReport r = dated(STRUCK, "Monday", "XXXX-WXX-1");
        assertNull(r.date);
        assertNull(r.precision);
    }

    @Test
    void daysAfterGivesTheWeekBeforeTheArticle() {
        IncidentReport r = dated("the/DT strike/NN came/VBD days/NNS after/IN talks/NNS ./.", "talks", "PRESENT_REF");
        assertNull(r.date);
        assertEquals(DatePrecision.WEEK, r.precision);
    }
}
