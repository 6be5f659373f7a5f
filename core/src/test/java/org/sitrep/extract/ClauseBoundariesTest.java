package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a sentence's clauses end, on hand-tagged sentences. */
class ClauseBoundariesTest {

    private static List<Integer> ends(String tagged, int sentence) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        return ClauseBoundaries.ends(doc, doc.sentences().get(sentence));
    }

    @Test
    void aClauseOpensAtWhichOrWhereAfterAComma() {
        // 0 Russia 1 struck 2 Kharkiv 3 , 4 which 5 left 6 five 7 dead 8 .
        assertEquals(List.of(4, 9), ends("Russia/NNP struck/VBD Kharkiv/NNP ,/, which/WDT left/VBD five/CD dead/JJ ./.", 0));
        assertEquals(List.of(4, 8), ends("Troops/NNS reached/VBD Kupiansk/NNP ,/, where/WRB fighting/NN continued/VBD ./.", 0));
    }

    @Test
    void aRelativeWordWithoutACommaOpensNoClause() {
        assertEquals(List.of(6), ends("the/DT drones/NNS which/WDT Russia/NNP launched/VBD ./.", 0));
    }

    @Test
    void semicolonsAndDashesEndClauses() {
        // 0 Shelling 1 hit 2 Sumy 3 ; 4 two 5 died 6 -- 7 officials 8 said 9 — 10 late 11 .
        assertEquals(List.of(3, 6, 9, 12),
                ends("Shelling/NN hit/VBD Sumy/NNP ;/: two/CD died/VBD --/: officials/NNS said/VBD —/: late/RB ./.", 0));
    }

    @Test
    void aSentenceWithoutBoundariesIsOneClause() {
        assertEquals(List.of(4), ends("Gunmen/NNS attacked/VBD police/NNS ./.", 0));
    }

    @Test
    void endsAreTokenIndicesOfTheArticle() {
        // the second sentence opens at token 4
        assertEquals(List.of(7, 11), ends("Gunmen/NNS attacked/VBD police/NNS ./. || Troops/NNS left/VBD ,/, while/IN "
                + "others/NNS stayed/VBD ./.", 1));
    }
}
