package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameBoundariesTest {

    private final NameBoundaries boundaries = new NameBoundaries();

    private List<String> mend(String labelled) {
        LabelledText t = LabelledText.of(labelled);
        return t.describe(boundaries.apply(t.text(), t.tokens(), t.sentences(), t.labelledRuns()));
    }

    @Test
    void namesJoinedByAndAreSplitWhenEachStandsAloneElsewhere() {
        assertEquals(List.of("Mercantile:ORG", "Commerce:ORG", "Mercantile:ORG"),
                mend("Mercantile/NNP/ORGANIZATION and/CC/ORGANIZATION Commerce/NNP/ORGANIZATION did/VBD not/RB"
                        + " || Mercantile/NNP/ORGANIZATION rose/VBD"));
    }

    @Test
    void conjunctionInsideANameStays() {
        assertEquals(List.of("Organisation for Security and Cooperation in Europe:ORG"),
                mend("the/DT Organisation/NNP/ORGANIZATION for/IN/ORGANIZATION Security/NNP/ORGANIZATION"
                        + " and/CC/ORGANIZATION Cooperation/NNP/ORGANIZATION in/IN/ORGANIZATION Europe/NNP/ORGANIZATION"));
    }

    @Test
    void bracketOpenedInsideANameSplitsIt() {
        assertEquals(List.of("Hizbollah:ORG", "Party of God:ORG"),
                mend("Hizbollah/NNP/ORGANIZATION (/-LRB-/ORGANIZATION Party/NNP/ORGANIZATION of/IN/ORGANIZATION"
                        + " God/NNP/ORGANIZATION )/-RRB- gunmen/NNS"));
    }

    @Test
    void matchedBracketsInsideANameStay() {
        assertEquals(List.of("Proleter ( Z ):ORG"),
                mend("Proleter/NNP/ORGANIZATION (/-LRB-/ORGANIZATION Z/NNP/ORGANIZATION )/-RRB-/ORGANIZATION 4/CD"));
    }

    @Test
    void lowerCaseWordsAndPunctuationAtTheEndsAreDropped() {
        assertEquals(List.of("El Al:MISC"),
                mend("an/DT El/NNP/MISC Al/NNP/MISC freighter/NN/MISC crashed/VBD"));
        assertEquals(List.of("Cultural Revolution:MISC"),
                mend("the/DT chaotic/JJ/MISC Cultural/NNP/MISC Revolution/NNP/MISC ,/,/MISC ended/VBD"));
        assertEquals(List.of(), mend("pakistan/NN/LOCATION"));
    }

    @Test
    void particlesThatOpenNamesStay() {
        assertEquals(List.of("de Silva:PERSON", "al-Aqsa:LOCATION"),
                mend("de/FW/PERSON Silva/NNP/PERSON prayed/VBD at/IN al-Aqsa/NNP/LOCATION"));
    }

    @Test
    void placeAdjectiveBeforeANameIsANameOfItsOwn() {
        assertEquals(List.of("Minneapolis-based:MISC", "First Bank System Inc.:ORG"),
                mend("Minneapolis-based/JJ/ORGANIZATION First/NNP/ORGANIZATION Bank/NNP/ORGANIZATION"
                        + " System/NNP/ORGANIZATION Inc./NNP/ORGANIZATION"));
    }

    @Test
    void organisationBrokenAtForOrOfIsJoined() {
        assertEquals(List.of("Organisation for the Prohibition of Chemical Weapons:ORG"),
                mend("the/DT Organisation/NNP/ORGANIZATION for/IN the/DT Prohibition/NNP/ORGANIZATION"
                        + " of/IN/ORGANIZATION Chemical/NNP/ORGANIZATION Weapons/NNPS/ORGANIZATION said/VBD"));
        // Two organisations side by side stay two.
        assertEquals(List.of("NATO:ORG", "EU:ORG"), mend("NATO/NNP/ORGANIZATION for/IN the/DT EU/NNP/ORGANIZATION"));
    }

    @Test
    void nameRunningOverALineBreakIsSplit() {
        assertEquals(List.of("Related Links:ORG", "Defence News Daily:ORG"),
                mend("Related/JJ/ORGANIZATION Links/NNS/ORGANIZATION ^Defence/NNP/ORGANIZATION"
                        + " News/NNP/ORGANIZATION Daily/NNP/ORGANIZATION"));
    }

    @Test
    void regnalNumberJoinsThePersonItFollows() {
        assertEquals(List.of("Charles III:PERSON"), mend("King/NNP Charles/NNP/PERSON III/NNP spoke/VBD"));
        assertEquals(List.of("Elizabeth I:PERSON"), mend("Queen/NNP Elizabeth/NNP/PERSON I/PRP was/VBD"));
        // Without a royal title, "I" is the pronoun.
        assertEquals(List.of("Zelensky:PERSON"), mend("when/WRB Zelensky/NNP/PERSON I/PRP said/VBD"));
        // Never across a sentence break.
        assertEquals(List.of("Charles:PERSON"), mend("met/VBD Charles/NNP/PERSON || II/NNP ./."));
    }
}
