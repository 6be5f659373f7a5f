package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseCueTest {

    private static Direction direction(String tagged, String covered) {
        TaggedSentence s = TaggedSentence.of(tagged);
        int[] r = s.range(covered);
        return TenseCue.of(s.tokens(), r[0], r[1]);
    }

    @Test
    void pastTenseBeforeTheExpressionPointsBack() {
        assertEquals(Direction.PAST, direction("Russian/JJ drones/NNS struck/VBD/strike Kyiv/NNP on/IN Monday/NNP"
                + " ./.", "Monday"));
    }

    @Test
    void willPointsAhead() {
        assertEquals(Direction.FUTURE, direction("Talks/NNS will/MD resume/VB on/IN Monday/NNP ,/, officials/NNS"
                + " said/VBD/say ./.", "Monday"));
    }

    @Test
    void theVerbAfterIsReadWhenNoneComesBefore() {
        assertEquals(Direction.PAST, direction("On/IN Monday/NNP ,/, the/DT bombs/NNS exploded/VBD/explode ./.",
                "Monday"));
    }

    @Test
    void planningPointsAheadEvenInThePast() {
        assertEquals(Direction.FUTURE, direction("Protesters/NNS planned/VBD/plan a/DT rally/NN on/IN Saturday/NNP"
                + " ./.", "Saturday"));
        assertEquals(Direction.FUTURE, direction("The/DT talks/NNS are/VBP/be set/VBN/set to/TO resume/VB"
                + " Monday/NNP ./.", "Monday"));
    }

    @Test
    void presentPerfectPointsBack() {
        assertEquals(Direction.PAST, direction("Ukraine/NNP has/VBZ/have received/VBN/receive the/DT jets/NNS"
                + " since/IN August/NNP ./.", "August"));
        assertEquals(Direction.PAST, direction("Kyiv/NNP has/VBZ/have reported/VBN/report strikes/NNS on/IN"
                + " Tuesday/NNP ./.", "Tuesday"));
    }

    @Test
    void modalBeforeBePassiveSaysNothing() {
        assertEquals(Direction.UNKNOWN, direction("He/PRP could/MD not/RB be/VB located/VBN/locate"
                + " Wednesday/NNP ./.", "Wednesday"));
        assertEquals(Direction.FUTURE, direction("He/PRP could/MD come/VB as/RB early/RB as/IN Tuesday/NNP ./.",
                "Tuesday"));
    }

    @Test
    void possessiveWeekdayPointsBack() {
        assertEquals(Direction.PAST, direction("Relatives/NNS will/MD appeal/VB Wednesday/NNP 's/POS ruling/NN"
                + " ./.", "Wednesday"));
    }

    @Test
    void untilPointsAheadUnlessInThePastPerfect() {
        assertEquals(Direction.FUTURE, direction("Officials/NNS postponed/VBD/postpone the/DT vote/NN until/IN"
                + " Tuesday/NNP ./.", "Tuesday"));
        assertEquals(Direction.PAST, direction("They/PRP had/VBD/have not/RB named/VBN/name him/PRP until/IN"
                + " Thursday/NNP ./.", "Thursday"));
    }

    @Test
    void sentenceWithoutVerbSaysNothing() {
        assertEquals(Direction.UNKNOWN, direction("Kyiv/NNP ,/, Tuesday/NNP", "Tuesday"));
    }

    @Test
    void pastParticipleRightBeforeTheExpressionPointsBackWhenNoFiniteVerbPrecedes() {
        assertEquals(Direction.PAST, direction("But/CC under/IN the/DT agreement/NN ,/, announced/VBN/announce"
                + " Friday/NNP ,/, holders/NNS would/MD receive/VB cash/NN ./.", "Friday"));
    }

    @Test
    void planningParticipleJustBeforeTheExpressionPointsAhead() {
        assertEquals(Direction.FUTURE, direction("The/DT bomb/NN appeared/VBD/appear to/TO undermine/VB the/DT"
                + " process/NN ,/, set/VBN/set to/TO resume/VB Monday/NNP ./.", "Monday"));
    }

    @Test
    void contractedPresentPerfectPointsBack() {
        assertEquals(Direction.PAST, direction("On/IN Thursday/NNP we/PRP 've/VBP/have been/VBN/be"
                + " attacked/VBN/attack ./.", "Thursday"));
    }
}
