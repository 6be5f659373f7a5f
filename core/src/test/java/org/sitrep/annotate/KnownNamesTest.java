package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KnownNamesTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(Map.of(
            "Scotland", Gazetteer.Kind.COUNTRY,
            "Northern Ireland", Gazetteer.Kind.COUNTRY,
            "Kyiv", Gazetteer.Kind.CITY,
            "Washington", Gazetteer.Kind.CITY,
            "Black Sea", Gazetteer.Kind.PLACE,
            "Russian", Gazetteer.Kind.NATIONALITY,
            "NATO", Gazetteer.Kind.ORG,
            "Zelensky", Gazetteer.Kind.PERSON));

    private final KnownNames known = new KnownNames(GAZETTEER);

    private List<String> apply(String labelled) {
        LabelledText t = LabelledText.of(labelled);
        return t.describe(known.apply(t.tokens(), t.sentences(), t.labelledRuns()));
    }

    @Test
    void unambiguousNameOverrulesTheRecogniser() {
        assertEquals(List.of("Scotland:LOCATION", "Zelensky:PERSON"),
                apply("England/NNP play/VBP Scotland/NNP/ORGANIZATION || Zelensky/NNP/ORGANIZATION spoke/VBD"));
    }

    @Test
    void cityCalledAnOrganisationStaysOne() {
        // A club or a government may be named after its city.
        assertEquals(List.of("Washington:ORG"), apply("said/VBD Washington/NNP/ORGANIZATION ./."));
    }

    @Test
    void knownPlaceIsNeverAPerson() {
        assertEquals(List.of("Kyiv:LOCATION"), apply("Kyiv/NNP/PERSON said/VBD ./."));
    }

    @Test
    void knownNameLeftUnlabelledIsAdded() {
        assertEquals(List.of("Russian:MISC", "Kyiv:LOCATION", "Black Sea:LOCATION"),
                apply("Russian/JJ drones/NNS hit/VBD Kyiv/NNP and/CC the/DT Black/NNP Sea/NNP coast/NN"));
    }

    @Test
    void knownNameInsideALongerUnlabelledNameIsNotAdded() {
        assertEquals(List.of(), apply("the/DT Kyiv/NNP School/NNP of/IN Economics/NNP said/VBD"));
        assertEquals(List.of(), apply("a/DT report/NN by/IN Radio/NNP Kyiv/NNP said/VBD"));
    }

    @Test
    void nameGrowsIntoALongerKnownName() {
        assertEquals(List.of("NORTHERN IRELAND:LOCATION"),
                apply("UKRAINE/NNP BEAT/VBD NORTHERN/NNP IRELAND/NNP/LOCATION IN/IN CUP/NNP"));
        // "UKRAINE" is not in this gazetteer and stays unlabelled.
    }

    @Test
    void headlineInCapitalsMatchesIgnoringCaseButNotAcronymsAsWords() {
        assertEquals(List.of("SCOTLAND:LOCATION"), apply("RAIN/NN HITS/VBZ SCOTLAND/NNP/PERSON AS/IN FANS/NNS WAIT/VBP"));
        // Acronyms stay acronyms: "NATO" in a headline in capitals is still found exactly.
        assertEquals(List.of("NATO:ORG"), apply("NATO/NNP MEETS/VBZ IN/IN BRUSSELS/NNP"));
    }
}
