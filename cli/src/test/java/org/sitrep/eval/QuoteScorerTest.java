package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteScorerTest {
    private static final String TEXT = PolnearReaderTest.TEXT;
    private final QuoteScorer scorer = new QuoteScorer();
    private final List<GoldAttribution> gold =
            new PolnearReader().read("a.txt", TEXT, "a.ann", PolnearReaderTest.ANN, null).gold();

    private static Quote quote(int start, int end, boolean direct, Speaker speaker) {
        return new Quote(new Span(start, end), TEXT.substring(start, end), direct, new Span(29, 33), "said", speaker);
    }

    private static Speaker speaker(int start, int end, String entity) {
        return new Speaker(TEXT.substring(start, end), entity, new Span(start, end), TEXT.substring(start, end));
    }

    @Test
    void goldIsDirectWhenMostOfItsLettersAreQuoted() {
        assertTrue(QuoteScorer.isDirect(TEXT, gold.get(0)));
        assertFalse(QuoteScorer.isDirect(TEXT, gold.get(1)));
        String archive = "''It is over,'' he said that ''maybe'' it was.";
        assertTrue(QuoteScorer.isDirect(archive, new GoldAttribution(List.of(new Span(0, 16)), List.of(), List.of())));
        Span reported = new Span(archive.indexOf("that"), archive.length() - 1);
        assertFalse(QuoteScorer.isDirect(archive, new GoldAttribution(List.of(reported), List.of(), List.of())));
    }

    @Test
    void quotesMatchByOverlapAndExactlyByAFragmentOrTheExtent() {
        QuoteAlignment a = scorer.align(TEXT, gold, List.of(
                quote(8, 22, true, speaker(23, 28, null)),          // the first fragment exactly
                quote(35, 43, true, speaker(44, 46, null)),         // the second fragment, speaker "he" misses "Rutte"
                quote(77, 89, false, null),                         // inside "that talks failed", no source in gold
                quote(0, 6, false, null)), List.of());              // the title: spurious
        QuoteScore s = a.score();
        assertEquals(new QuoteCounts(1, 2, 1, 2, 1, 2, 2, 1), s.direct());
        assertEquals(new QuoteCounts(1, 2, 1, 1, 0, 0, 0, 0), s.indirect());
        QuoteCounts all = s.overall();
        assertEquals(0.75, all.overlapPrecision());
        assertEquals(1.0, all.overlapRecall());
        assertEquals(0.5, all.exactPrecision());
        assertEquals(0.5, all.exactRecall());
        assertEquals(0.5, all.speakerAccuracy());
        assertEquals(List.of(), a.missed());
    }

    @Test
    void speakerCountsThroughTheMentionsOfItsEntity() {
        Entity rutte = new Entity("E1", "Mark Rutte", EntityType.PERSON, List.of(new Mention(new Span(23, 28), "Rutte")));
        QuoteAlignment a = scorer.align(TEXT, gold, List.of(quote(35, 43, true, speaker(44, 46, "E1"))),
                List.of(rutte));
        assertEquals(Boolean.TRUE, a.judged().get(0).speaker());
        assertEquals(1, a.score().direct().speakerCorrect());
    }

    @Test
    void exactMatchIgnoresWhiteSpaceAndTrailingPunctuation() {
        QuoteAlignment a = scorer.align(TEXT, gold, List.of(quote(72, 90, false, null)), List.of());
        assertTrue(a.judged().get(0).exact(), "\"that talks failed.\" matches \"that talks failed\"");
        assertEquals(1, a.missed().size());
    }

    @Test
    void noPredictionsGiveZeroesNotErrors() {
        QuoteScore s = scorer.align(TEXT, gold, List.of(), List.of()).score();
        assertEquals(0.0, s.overall().overlapF1());
        assertEquals(0.0, s.overall().speakerAccuracy());
        assertEquals(2, s.overall().gold());
        assertEquals(s, QuoteScore.ZERO.plus(s));
    }
}
