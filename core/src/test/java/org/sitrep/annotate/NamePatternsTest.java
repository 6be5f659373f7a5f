package org.sitrep.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamePatternsTest {

    private final NamePatterns patterns = new NamePatterns(new Gazetteer(Map.of(
            "United Nations", Gazetteer.Kind.ORG)));

    private List<String> apply(String labelled) {
        LabelledText t = LabelledText.of(labelled);
        return t.describe(patterns.apply(t.tokens(), t.sentences(), t.labelledRuns()));
    }

    @Test
    void datelineOpensWithAPlace() {
        assertEquals(List.of("CARDIFF:LOCATION"), apply("CARDIFF/NNP/ORGANIZATION 1996-08-31/CD"));
        assertEquals(List.of("THE HAGUE:LOCATION"), apply("THE/DT HAGUE/NNP/LOCATION 1996-08-30/CD"));
        assertEquals(List.of("KYIV:LOCATION", "Ukraine:LOCATION"),
                apply("KYIV/NNP/PERSON ,/, Ukraine/NNP/LOCATION (/-LRB- AP/NNP )/-RRB- --/: Russian/JJ drones/NNS"));
        assertEquals(List.of("KHARKIV:LOCATION"), apply("KHARKIV/NNP ,/, Nov/NNP 19/CD (/-LRB- Reuters/NNP )/-RRB- -/:"));
    }

    @Test
    void topicSlugBeforeADashIsNoDateline() {
        assertEquals(List.of("PANAMA:ORG"), apply("SOCCER/NN -/: PANAMA/NNP/ORGANIZATION WIN/VBP"));
        assertEquals(List.of(), apply("NOTE/NN -/: results/NNS follow/VBP"));
    }

    @Test
    void organisationKnownAsSuchIsNoDatelinePlace() {
        assertEquals(List.of("UNITED NATIONS:ORG"), apply("UNITED/NNP/ORGANIZATION NATIONS/NNP/ORGANIZATION 1996-08-29/CD"));
    }

    @Test
    void companySuffixMakesAnOrganisation() {
        assertEquals(List.of("Apic Yamada Corp:ORG", "Defence Ministry:ORG"),
                apply("Apic/NNP/PERSON Yamada/NNP/PERSON Corp/NNP/PERSON is/VBZ big/JJ"
                        + " || the/DT Defence/NNP/MISC Ministry/NNP/MISC said/VBD"));
    }

    @Test
    void weaponDesignationsAndPlaceAdjectivesAreOtherNames() {
        assertEquals(List.of("F-16s:MISC", "Su-34:MISC", "London-based:MISC"),
                apply("F-16s/NNS and/CC a/DT Su-34/NN met/VBD a/DT London-based/JJ analyst/NN"));
        assertEquals(List.of(), apply("the/DT COVID-19/NN wave/NN and/CC G-7/NNP talks/NNS"));
    }

    @Test
    void designationSplitAtItsHyphenByTheTokenizerIsOneName() {
        assertEquals(List.of("F-16s:MISC", "MiG-29:MISC"),
                apply("send/VB F/NN ~-/HYPH ~16s/NNS ,/, not/RB MiG/NNP ~-/HYPH ~29/CD ~./."));
        assertEquals(List.of(), apply("anti/JJ ~-/HYPH ~F/NN ~-/HYPH ~16/CD"));
    }

    @Test
    void capitalisedWordsAloneInQuotesAreATitle() {
        assertEquals(List.of("The Crying Game:MISC"),
                apply("film/NN \"/`` The/DT Crying/NNP/MISC Game/NNP/MISC \"/'' won/VBD"));
        assertEquals(List.of("On the Waterfront:MISC"),
                apply("and/CC \"/`` On/IN the/DT Waterfront/NNP/LOCATION \"/'' ./."));
    }

    @Test
    void quotedSpeechAndWholeQuotedNamesAreNoTitles() {
        assertEquals(List.of(), apply("\"/`` We/PRP will/MD win/VB \"/'' ,/, he/PRP said/VBD"));
        assertEquals(List.of("Islamic State:ORG"),
                apply("the/DT so-called/JJ \"/`` Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION \"/'' group/NN"));
    }
}
