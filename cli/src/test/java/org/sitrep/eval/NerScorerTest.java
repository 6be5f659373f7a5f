package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NerScorerTest {

    private final NerScorer scorer = new NerScorer();

    private static List<String> tags(String tags) {
        return List.of(tags.split(" "));
    }

    private NerScore score(String gold, String predicted) {
        return scorer.score(List.of(tags(gold)), List.of(tags(predicted)));
    }

    @Test
    void exactMatchesAreCorrect() {
        NerScore s = score("I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC");
        assertEquals(new EntityCounts(1, 1, 1), s.of("PER"));
        assertEquals(new EntityCounts(1, 1, 1), s.of("LOC"));
        assertEquals(1.0, s.overall().f1());
    }

    @Test
    void wrongBoundaryCountsAsOneMissedAndOneSpuriousEntity() {
        // gold "Greater Milwaukee Open", predicted "Milwaukee Open".
        NerScore s = score("I-MISC I-MISC I-MISC", "O B-MISC I-MISC");
        assertEquals(new EntityCounts(1, 1, 0), s.of("MISC"));
        assertEquals(0.0, s.overall().f1());
    }

    @Test
    void wrongTypeCountsAgainstBothTypes() {
        NerScore s = score("I-ORG O", "B-LOC O");
        assertEquals(new EntityCounts(1, 0, 0), s.of("ORG"));
        assertEquals(new EntityCounts(0, 1, 0), s.of("LOC"));
        assertEquals(new EntityCounts(1, 1, 0), s.overall());
    }

    @Test
    void mergingTwoAdjacentGoldEntitiesGetsNeitherRight() {
        NerScore s = score("I-MISC B-MISC", "B-MISC I-MISC");
        assertEquals(new EntityCounts(2, 1, 0), s.of("MISC"));
    }

    @Test
    void overallFiguresAreMicroAveragedOverTypes() {
        NerScore s = scorer.score(
                List.of(tags("I-PER O I-LOC I-LOC"), tags("I-ORG O I-PER")),
                List.of(tags("B-PER O B-LOC O"), tags("B-ORG O O")));
        // gold 4 (PER 2, LOC 1, ORG 1), predicted 3, correct 2 (PER in sentence 1, ORG).
        assertEquals(new EntityCounts(4, 3, 2), s.overall());
        assertEquals(2.0 / 3, s.overall().precision(), 1e-9);
        assertEquals(0.5, s.overall().recall(), 1e-9);
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.overall().f1(), 1e-9);
        assertEquals(new EntityCounts(2, 1, 1), s.of("PER"));
        assertEquals(new EntityCounts(1, 1, 0), s.of("LOC"));
    }

    @Test
    void nothingPredictedGivesZeroPrecisionNotAnError() {
        NerScore s = score("I-PER O", "O O");
        assertEquals(0.0, s.overall().precision());
        assertEquals(0.0, s.overall().recall());
        assertEquals(0.0, s.overall().f1());
    }

    @Test
    void scoresAddUp() {
        NerScore a = score("I-PER O", "B-PER O");
        NerScore b = score("I-LOC I-PER", "B-LOC O");
        NerScore sum = a.plus(b);
        assertEquals(new EntityCounts(2, 1, 1), sum.of("PER"));
        assertEquals(new EntityCounts(1, 1, 1), sum.of("LOC"));
        assertEquals(List.of("LOC", "PER"), List.copyOf(sum.perType().keySet()));
        assertEquals(new EntityCounts(0, 0, 0), sum.of("ORG"));
        assertEquals(NerScore.EMPTY, NerScore.EMPTY.plus(new NerScore(Map.of())));
    }

    @Test
    void misalignedSentencesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> score("I-PER O", "O"));
        assertThrows(IllegalArgumentException.class,
                () -> scorer.score(List.of(tags("O")), List.of(tags("O"), tags("O"))));
    }

    @Test
    void inconsistentCountsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntityCounts(1, 2, 3));
        assertEquals("counts gold 1, predicted 2, correct 3 are inconsistent", e.getMessage());
    }
}
