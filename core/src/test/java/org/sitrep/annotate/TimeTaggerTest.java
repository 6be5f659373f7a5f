package org.sitrep.annotate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times in war reporting, through CoreNLP and SUTime. */
@Tag("models")
class TimeTaggerTest {

    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 19);
    private static final String BODY = "KYIV, Ukraine (AP) — Russia launched 87 drones at Ukraine overnight, the air"
            + " force said Tuesday. A missile struck a dormitory in Sumy on Monday, killing 11 people.\n\n"
            + "Ukrainian troops crossed into the Kursk region in August. The war, which began on February 24, 2022,"
            + " has now lasted 1,000 days.\n\nTalks will resume on Friday, officials said.";

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.forText();
    }

    private static List<TimeExpression> times(String body) {
        Article article = new Article("test", 0, null, PUBLISHED, null, List.of(), body, null, null, List.of());
        return annotator.annotate(article).times();
    }

    private static TimeExpression find(List<TimeExpression> times, String covered) {
        return times.stream().filter(t -> t.text().contains(covered)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression covers '" + covered + "' in " + times));
    }

    @Test
    void weekdaysAreTheOnesTheReportingMeans() {
        List<TimeExpression> times = times(BODY);
        assertEquals("2024-11-19", find(times, "Tuesday").value(), "the article's own day");
        assertEquals("2024-11-18", find(times, "Monday").value(), "the Monday before, in past-tense reporting");
        assertEquals("2024-11-22", find(times, "Friday").value(), "the coming Friday, in the future tense");
    }

    @Test
    void monthsDatesAndDurations() {
        List<TimeExpression> times = times(BODY);
        assertEquals("2024-08", find(times, "August").value());
        TimeExpression invasion = find(times, "February 24, 2022");
        assertEquals(TimeType.DATE, invasion.type());
        assertEquals("2022-02-24", invasion.value());
        TimeExpression days = find(times, "1,000 days");
        assertEquals(TimeType.DURATION, days.type());
        assertEquals("P1000D", days.value());
        assertEquals("PRESENT_REF", find(times, "now").value());
    }

    @Test
    void spansPointIntoTheBodyInOrderAndRunsRepeat() {
        List<TimeExpression> times = times(BODY);
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            assertEquals(BODY.substring(t.span().start(), t.span().end()), t.text());
            if (i > 0) {
                assertTrue(times.get(i - 1).span().compareTo(t.span()) <= 0, "out of order: " + times);
            }
        }
        assertEquals(times, times(BODY));
    }

    @Test
    void awkwardTextGivesNoTimesAndNoErrors() {
        for (String body : List.of("", "   ", "\r\n\r\n", "\u201cNo,\u201d he said. \"Never.\"", "Emoji \uD83D\uDE80 only")) {
            AnnotatedArticle a = annotator.annotate(new Article("test", 0, null, PUBLISHED, null, List.of(), body,
                    null, null, List.of()));
            assertEquals(List.of(), a.times(), body);
        }
    }

    @Test
    void articleWithoutDateKeepsSutimesValues() {
        List<TimeExpression> times = annotator.annotate(Article.of("test",
                "The offensive began on February 24, 2022.")).times();
        assertEquals("2022-02-24", find(times, "February 24, 2022").value());
    }
}
