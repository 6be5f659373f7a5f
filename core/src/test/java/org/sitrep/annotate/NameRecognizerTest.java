package org.sitrep.annotate;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameRecognizerTest {

    private static final NameRecognizer RECOGNIZER = new NameRecognizer();

    private static List<NamedMention> recognize(LabelledText t) {
        return RECOGNIZER.recognize(t.text(), t.tokens(), t.sentences());
    }

    private static List<String> typed(String labelled) {
        return recognize(LabelledText.of(labelled)).stream().map(m -> m.text() + ":" + m.type()).toList();
    }

    @Test
    void placesWithAGovernmentAreGpeAndOthersLoc() {
        assertEquals(List.of("Ukraine:GPE", "Kharkiv:GPE", "Black Sea:LOC", "Donbas:LOC", "Crimea:LOC"),
                typed("Ukraine/NNP/LOCATION said/VBD Kharkiv/NNP/LOCATION ,/, the/DT Black/NNP/LOCATION"
                        + " Sea/NNP/LOCATION ,/, Donbas/NNP/LOCATION and/CC Crimea/NNP/LOCATION were/VBD hit/VBN"));
    }

    @Test
    void nationalitiesAndGroupsAreNorp() {
        assertEquals(List.of("Russian:NORP", "North Korean:NORP", "Ukrainian:NORP", "Houthis:NORP", "HIMARS:MISC"),
                typed("Russian/JJ/MISC and/CC North/NNP/MISC Korean/NNP/MISC troops/NNS fought/VBD"
                        + " Ukrainian/JJ/MISC units/NNS || the/DT Houthis/NNPS/MISC fear/VBP HIMARS/NNP/MISC"));
    }

    @Test
    void recogniserMistakesOnKnownNamesAreMended() {
        // The CRF of 1996 knows neither Zelensky nor Avdiivka.
        assertEquals(List.of("Zelensky:PERSON", "Avdiivka:GPE", "Volodymyr Zelensky:PERSON"),
                typed("Zelensky/NNP/ORGANIZATION visited/VBD Avdiivka/NNP ./. || President/NNP"
                        + " Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD"));
    }

    @Test
    void surnameThatIsAlsoAPlaceNamesThePersonInTheArticleThatNamesHim() {
        assertEquals(List.of("MaliVai Washington:PERSON", "Washington:PERSON", "Kyiv:GPE"),
                typed("MaliVai/NNP/PERSON Washington/NNP/PERSON won/VBD || Washington/NNP/PERSON served/VBD"
                        + " || Kyiv/NNP/PERSON said/VBD"));
    }

    @Test
    void typesComeFromTheNameWhenTheGazetteerDoesNotKnowIt() {
        assertEquals(List.of("Dnipro River:LOC", "Oblast Council:ORG", "Bavarians:NORP"),
                typed("the/DT Dnipro/NNP/LOCATION River/NNP/LOCATION and/CC Oblast/NNP/ORGANIZATION"
                        + " Council/NNP/ORGANIZATION and/CC Bavarians/NNPS/MISC"));
    }

    @Test
    void mentionsPointIntoTheBodyInOrderAndTheSameTwice() {
        LabelledText t = LabelledText.of("KYIV/NNP ,/, Ukraine/NNP/LOCATION (/-LRB- AP/NNP/ORGANIZATION )/-RRB- --/:"
                + " Russian/JJ/MISC drones/NNS struck/VBD Odesa/NNP/LOCATION ,/, Oleh/NNP/PERSON Kiper/NNP/PERSON said/VBD"
                + " || Kiper/NNP/ORGANIZATION added/VBD that/IN \"/`` Shahed/NNP \"/'' drones/NNS hit/VBD"
                + " || \"/`` We/PRP will/MD rebuild/VB \"/'' ,/, said/VBD the/DT mayor/NN ./.");
        List<NamedMention> mentions = recognize(t);
        assertEquals(mentions, recognize(t));
        int lastEnd = 0;
        for (NamedMention m : mentions) {
            assertTrue(m.span().start() >= lastEnd, "mentions overlap or are out of order: " + mentions);
            assertTrue(m.span().end() <= t.text().length());
            assertEquals(t.text().substring(m.span().start(), m.span().end()), m.text());
            assertEquals(t.tokens().get(m.firstToken()).span().start(), m.span().start());
            assertEquals(t.tokens().get(m.endToken() - 1).span().end(), m.span().end());
            lastEnd = m.span().end();
        }
        assertEquals(List.of("KYIV:GPE", "Ukraine:GPE", "AP:ORG", "Russian:NORP", "Odesa:GPE", "Oleh Kiper:PERSON",
                "Kiper:PERSON", "Shahed:MISC"), mentions.stream().map(m -> m.text() + ":" + m.type()).toList());
    }

    @Test
    void emptyAndBlankBodiesHaveNoNames() {
        assertEquals(List.of(), RECOGNIZER.recognize("", List.of(), List.of()));
        assertEquals(List.of(), typed("./."));
    }
}
