package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameConsistencyTest {

    private final NameConsistency consistency = new NameConsistency();

    private List<String> apply(String labelled) {
        LabelledText t = LabelledText.of(labelled);
        return t.describe(consistency.apply(t.tokens(), t.sentences(), t.labelledRuns()));
    }

    @Test
    void nameTakesTheClassMostOfItsOccurrencesHave() {
        assertEquals(List.of("Magna:ORG", "Magna:ORG", "Magna:ORG"),
                apply("Magna/NNP/ORGANIZATION rose/VBD || Magna/NNP/LOCATION fell/VBD || Magna/NNP/ORGANIZATION won/VBD"));
    }

    @Test
    void tiedVotesLeaveEachOccurrenceAlone() {
        assertEquals(List.of("Rotor:PERSON", "Rotor:ORG"),
                apply("Rotor/NNP/PERSON lost/VBD || Rotor/NNP/ORGANIZATION won/VBD"));
    }

    @Test
    void surnameAloneIsThePersonNamedInFull() {
        assertEquals(List.of("MaliVai Washington:PERSON", "Washington:PERSON", "Washington:PERSON"),
                apply("MaliVai/NNP/PERSON Washington/NNP/PERSON won/VBD || Washington/NNP/LOCATION served/VBD"
                        + " || Washington/NNP/LOCATION lost/VBD"));
    }

    @Test
    void missedOccurrenceIsLabelledLikeTheOthers() {
        assertEquals(List.of("Comelf:ORG", "Comelf:ORG", "Phil Simmons:PERSON", "Simmons:PERSON"),
                apply("Comelf/NNP/ORGANIZATION exported/VBD || By/IN then/RB Comelf/NNP exported/VBD"
                        + " || Phil/NNP/PERSON Simmons/NNP/PERSON bowled/VBD || then/RB Simmons/NNP batted/VBD"));
    }

    @Test
    void missedOccurrenceInsideALongerNameIsLeft() {
        assertEquals(List.of("Kharkiv:LOCATION"),
                apply("Kharkiv/NNP/LOCATION burns/VBZ || the/DT Kharkiv/NNP Tractor/NNP Plant/NNP closed/VBD"));
    }

    @Test
    void sentenceOpeningWordThatIsAlsoWrittenInLowerCaseIsLeft() {
        assertEquals(List.of("Green:PERSON"),
                apply("Green/NNP/PERSON scored/VBD || Green/JJ shoots/NNS grew/VBD on/IN green/JJ hills/NNS"));
    }

    @Test
    void headlineInCapitalsKeepsItsClassesButGainsMissedNames() {
        assertEquals(List.of("CHICAGO:LOCATION", "Chicago:ORG", "Chicago:ORG"),
                apply("RAIN/NN IN/IN CHICAGO/NNP/LOCATION STOPS/VBZ PLAY/NN || Chicago/NNP/ORGANIZATION won/VBD"
                        + " || Chicago/NNP/ORGANIZATION lost/VBD"));
        assertEquals(List.of("WOODS:PERSON", "Tiger Woods:PERSON"),
                apply("WOODS/NNP MAKES/VBZ PRO/NNP DEBUT/NN || Tiger/NNP/PERSON Woods/NNP/PERSON played/VBD"));
    }

    @Test
    void shortFormOfACompanyNameIsThatCompany() {
        assertEquals(List.of("Magna International Inc:ORG", "Magna:ORG"),
                apply("Magna/NNP/ORGANIZATION International/NNP/ORGANIZATION Inc/NNP/ORGANIZATION bought/VBD it/PRP"
                        + " || Magna/NNP/PERSON rose/VBD"));
    }
}
