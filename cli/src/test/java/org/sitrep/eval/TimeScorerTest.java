package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeScorerTest {

    /** "Russian drones struck Kyiv on Monday, 1,000 days after the invasion of February 24, 2022." */
    private static final String BODY = "Russian drones struck Kyiv on Monday, 1,000 days after the invasion of "
            + "February 24, 2022.";

    private final TimeScorer scorer = new TimeScorer();

    private static TimeExpression time(String covered, TimeType type, String value) {
        int start = BODY.indexOf(covered);
        return new TimeExpression(new Span(start, start + covered.length()), covered, type, value);
    }

    private static final TimeExpression MONDAY = time("Monday", TimeType.DATE, "2024-11-18");
    private static final TimeExpression DAYS = time("1,000 days", TimeType.DURATION, "P1000D");
    private static final TimeExpression INVASION = time("February 24, 2022", TimeType.DATE, "2022-02-24");

    @Test
    void identicalSpansMatchStrictlyAndRelaxed() {
        TimeScore s = scorer.align(List.of(MONDAY, DAYS), List.of(MONDAY, DAYS)).score();
        assertEquals(new TimeScore(1, 2, 2, 2, 2, 2, 2, 2, 2), s);
        assertEquals(1.0, s.strictF1());
        assertEquals(1.0, s.valueF1());
    }

    @Test
    void overlappingSpanMatchesRelaxedOnly() {
        TimeExpression onMonday = time("on Monday", TimeType.DATE, "2024-11-18");
        TimeScore s = scorer.align(List.of(MONDAY), List.of(onMonday)).score();
        assertEquals(0, s.goldStrict());
        assertEquals(0, s.predictedStrict());
        assertEquals(1, s.goldRelaxed());
        assertEquals(1, s.predictedRelaxed());
        assertEquals(1, s.valueCorrect());
        assertEquals(0.0, s.strictF1());
        assertEquals(1.0, s.relaxedF1());
    }

    @Test
    void everyPredictionInsideAGoldExpressionIsRightAndTheLargestOverlapIsItsPartner() {
        TimeExpression february = time("February 24", TimeType.DATE, "2022-02-24");
        TimeExpression year = time("2022", TimeType.DATE, "2022");
        TimeAlignment a = scorer.align(List.of(INVASION), List.of(february, year));
        assertEquals(1, a.pairs().size());
        assertEquals(february, a.pairs().get(0).predicted(), "the larger overlap is the partner");
        assertEquals(List.of(), a.spurious(), "both predictions overlap the gold expression");
        assertEquals(List.of(), a.missed());
        TimeScore s = a.score();
        assertEquals(1.0, s.relaxedPrecision());
        assertEquals(1.0, s.relaxedRecall());
        assertEquals(1, s.valueCorrect());
    }

    @Test
    void onePredictionOverlappingTwoGoldExpressionsFindsBoth() {
        TimeExpression mondayAndDays = new TimeExpression(new Span(MONDAY.span().start(), DAYS.span().end()),
                BODY.substring(MONDAY.span().start(), DAYS.span().end()), TimeType.DATE, "2024-11-18");
        TimeScore s = scorer.align(List.of(MONDAY, DAYS), List.of(mondayAndDays)).score();
        assertEquals(new TimeScore(1, 2, 1, 0, 2, 0, 1, 1, 1), s);
        assertEquals(1.0, s.relaxedF1());
        assertEquals(0.5, s.valueAccuracy());
    }

    @Test
    void identicalSpanWinsOverALargerOverlap() {
        TimeExpression mondayAndDays = new TimeExpression(new Span(MONDAY.span().start(), DAYS.span().end()),
                BODY.substring(MONDAY.span().start(), DAYS.span().end()), TimeType.DATE, "2024-11-18");
        TimeAlignment a = scorer.align(List.of(MONDAY, DAYS), List.of(mondayAndDays, DAYS));
        assertEquals(2, a.pairs().size());
        assertEquals(mondayAndDays, a.pairs().get(0).predicted());
        assertEquals(DAYS, a.pairs().get(1).predicted());
        assertEquals(new TimeScore(1, 2, 2, 1, 2, 1, 2, 2, 2), a.score());
    }

    @Test
    void typeAndValueAreScoredOnFoundGoldExpressions() {
        TimeExpression wrongValue = time("Monday", TimeType.DATE, "2024-11-25");
        TimeExpression wrongType = time("1,000 days", TimeType.DATE, "P1000D");
        TimeScore s = scorer.align(List.of(MONDAY, DAYS, INVASION), List.of(wrongValue, wrongType)).score();
        assertEquals(3, s.gold());
        assertEquals(2, s.predicted());
        assertEquals(2, s.goldRelaxed());
        assertEquals(1, s.typeCorrect());
        assertEquals(1, s.valueCorrect());
        assertEquals(0.5, s.typeAccuracy());
        assertEquals(0.5, s.valueAccuracy());
    }

    @Test
    void valueF1IsValueAccuracyTimesRelaxedF1() {
        // 4 gold all found, 5 predicted of which 4 overlap gold, 3 found gold expressions have the gold value
        TimeScore s = new TimeScore(1, 4, 5, 4, 4, 4, 4, 4, 3);
        double precision = 4 / 5.0;
        double recall = 4 / 4.0;
        double relaxedF1 = 2 * precision * recall / (precision + recall);
        assertEquals(relaxedF1, s.relaxedF1(), 1e-12);
        assertEquals(0.75, s.valueAccuracy(), 1e-12);
        assertEquals(0.75 * precision, s.valuePrecision(), 1e-12);
        assertEquals(0.75 * recall, s.valueRecall(), 1e-12);
        assertEquals(0.75 * relaxedF1, s.valueF1(), 1e-12);
    }

    @Test
    void goldWithoutValueIsMatchedOnlyByAPredictionWithoutValue() {
        TimeExpression unvalued = time("Monday", TimeType.DATE, null);
        assertEquals(1, scorer.align(List.of(unvalued), List.of(unvalued)).score().valueCorrect());
        assertEquals(0, scorer.align(List.of(unvalued), List.of(MONDAY)).score().valueCorrect());
    }

    @Test
    void nothingToScoreGivesZeroesNotNaN() {
        TimeScore s = scorer.align(List.of(), List.of()).score();
        assertEquals(0.0, s.strictF1());
        assertEquals(0.0, s.valueAccuracy());
        assertEquals(0.0, s.valueF1());
    }

    @Test
    void missedAndSpuriousAreListed() {
        TimeAlignment a = scorer.align(List.of(MONDAY, INVASION), List.of(DAYS));
        assertEquals(List.of(MONDAY, INVASION), a.missed());
        assertEquals(List.of(DAYS), a.spurious());
        assertEquals(new TimeScore(1, 2, 1, 0, 0, 0, 0, 0, 0), a.score());
    }

    @Test
    void scoresOfDocumentsAddUp() {
        TimeScore a = new TimeScore(1, 4, 5, 3, 4, 3, 4, 4, 3);
        TimeScore b = new TimeScore(1, 2, 1, 1, 1, 1, 1, 1, 0);
        assertEquals(new TimeScore(2, 6, 6, 4, 5, 4, 5, 5, 3), a.plus(b));
        assertEquals(a, TimeScore.ZERO.plus(a));
    }

    @Test
    void inconsistentCountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeScore(1, 2, 3, 0, 3, 0, 0, 0, 0));
        assertEquals("inconsistent counts (documents 1, gold 2, predicted 3, gold strict 0, gold relaxed 3, "
                + "predicted strict 0, predicted relaxed 0, type 0, value 0)", e.getMessage());
    }
}
