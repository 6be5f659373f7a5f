package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Amount;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AmountFinderTest {
    private final AmountFinder finder = new AmountFinder();

    private List<Amount> find(String tagged, TimeExpression... times) {
        return finder.find(HandAnnotated.of(tagged, times));
    }

    @Test
    void figureWithPluralNoun() {
        Amount a = find("Russia/NNP launched/VBD 87/CD drones/NNS overnight/RB ./.").get(0);
        assertEquals("87 drones", a.text());
        assertEquals(87, a.value());
        assertEquals("drones", a.unit());
    }

    @Test
    void figureWithThousandsSeparatorAndAdjective() {
        Amount a = find("some/DT 50,000/CD North/JJ Korean/JJ troops/NNS ./.").get(0);
        assertEquals(50000, a.value());
        assertEquals("North Korean troops", a.unit());
    }

    @Test
    void numberWordsAndPercentOfSomething() {
        Amount a = find("spending/VBG two/CD percent/NN of/IN gross/JJ domestic/JJ product/NN on/IN defence/NN").get(0);
        assertEquals("two percent of gross domestic product", a.text());
        assertEquals(2, a.value());
        assertEquals("percent of gross domestic product", a.unit());
    }

    @Test
    void partOfAWhole() {
        Amount a = find("now/RB 23/CD of/IN the/DT 32/CD NATO/NNP members/NNS reach/VBP it/PRP").get(0);
        assertEquals("23 of the 32 NATO members", a.text());
        assertEquals(23, a.value());
        assertEquals(32.0, a.total());
        assertEquals("NATO members", a.unit());
    }

    @Test
    void casualtyAdjectivesAreUnits() {
        List<Amount> amounts = find("left/VBD 10/CD dead/JJ and/CC 55/CD wounded/VBN ./.");
        assertEquals(List.of("10 dead", "55 wounded"), amounts.stream().map(Amount::text).toList());
    }

    @Test
    void compoundNumberWords() {
        assertEquals(2.5, find("two/CD and/CC a/DT half/NN years/NNS later/RB").get(0).value());
        assertEquals(1_500_000, find("1.5/CD million/CD people/NNS fled/VBD").get(0).value());
        assertEquals(250, find("two/CD hundred/CD and/CC fifty/CD soldiers/NNS").get(0).value());
        assertEquals(12, find("dozens/NNS of/IN civilians/NNS").get(0).value());
        assertEquals(23, find("twenty-three/CD soldiers/NNS").get(0).value());
    }

    @Test
    void numbersInsideDatesAreNotAmounts() {
        TimeExpression date = new TimeExpression(new Span(12, 30), "February 24 , 2022", TimeType.DATE, "2022-02-24");
        List<Amount> amounts = find("launched/VBN on/IN February/NNP 24/CD ,/, 2022/CD ./.", date);
        assertEquals(List.of(), amounts);
    }

    @Test
    void timeExpressionEndsTheUnit() {
        // "wounded seven others early Tuesday": offsets of "early Tuesday" are 22..35
        TimeExpression early = new TimeExpression(new Span(22, 35), "early Tuesday", TimeType.DATE, "2025-03-04");
        Amount a = find("wounded/VBN seven/CD others/NNS early/JJ Tuesday/NNP ./.", early).get(0);
        assertEquals("seven others", a.text());
    }

    @Test
    void numberWithoutNounHasNoUnit() {
        Amount a = find("51/CD were/VBD shot/VBN down/RP").get(0);
        assertEquals(51, a.value());
        assertNull(a.unit());
        assertEquals("51", a.text());
    }
}
