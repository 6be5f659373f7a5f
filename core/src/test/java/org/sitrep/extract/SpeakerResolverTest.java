package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerResolverTest {

    /** A quote's speaker as "words at the cue => name (entity name or -)". */
    private static List<String> speakers(String tagged) {
        AnnotatedArticle doc = Typeset.of(tagged);
        List<Entity> entities = new EntityGrouper().group(doc);
        List<Quote> quotes = new SpeakerResolver().resolve(doc, entities, new QuoteFinder().find(doc));
        return quotes.stream().map(q -> {
            Speaker s = q.speaker();
            if (s == null) {
                return "-";
            }
            String entity = s.findEntity().map(id -> entities.stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow().name()).orElse("-");
            return s.text() + " => " + s.name() + " (" + entity + ")";
        }).toList();
    }

    @Test
    void nameAtTheCueIsItsEntityWithTheFullestName() {
        assertEquals(List.of("Rutte => Mark Rutte (Mark Rutte)"),
                speakers("Mark/NNP/PERSON Rutte/NNP/PERSON arrived/VBD ./. || \"/`` We/PRP will/MD win/VB ,/, "
                        + "\"/'' Rutte/NNP/PERSON said/VBD ./."));
    }

    @Test
    void personNamedWithATitleIsTheSpeaker() {
        assertEquals(List.of("Kremlin spokesman Dmitry Peskov => Dmitry Peskov (Dmitry Peskov)"),
                speakers("\"/`` It/PRP continues/VBZ ,/, \"/'' Kremlin/NNP/ORG spokesman/NN Dmitry/NNP/PERSON "
                        + "Peskov/NNP/PERSON told/VBD reporters/NNS ./."));
    }

    @Test
    void heInTheNextSentenceIsThePersonWhoSpokeLast() {
        assertEquals(List.of("Rutte => Rutte (Rutte)", "he => Rutte (Rutte)"),
                speakers("\"/`` Putin/NNP/PERSON will/MD not/RB get/VB his/PRP$ way/NN ,/, \"/'' Rutte/NNP/PERSON "
                        + "told/VBD reporters/NNS ./. ¶ \"/`` It/PRP is/VBZ a/DT threat/NN ,/, \"/'' he/PRP said/VBD ./."));
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGender() {
        assertEquals(List.of("she => Hillary Clinton (Hillary Clinton)"),
                speakers("Donald/NNP/PERSON Trump/NNP/PERSON met/VBD Hillary/NNP/PERSON Clinton/NNP/PERSON "
                        + "on/IN Monday/NNP ./. || “/`` It/PRP went/VBD well/RB ,/, ”/'' she/PRP said/VBD ./."));
    }

    @Test
    void heIsTheSubjectOfTheSentenceBefore() {
        assertEquals(List.of("He => Keith Kellogg (Keith Kellogg)"),
                speakers("Keith/NNP/PERSON Kellogg/NNP/PERSON met/VBD Zelensky/NNP/PERSON in/IN Kyiv/NNP/GPE ./. "
                        + "|| He/PRP said/VBD the/DT talks/NNS went/VBD well/RB ./."));
    }

    @Test
    void theMinistryIsTheFullestEarlierDescription() {
        assertEquals(List.of("the ministry => foreign ministry (-)"),
                speakers("The/DT foreign/JJ ministry/NN echoed/VBD the/DT comments/NNS ./. || \"/`` Ukraine/NNP/GPE "
                        + "will/MD never/RB submit/VB ,/, \"/'' the/DT ministry/NN said/VBD ./."));
    }

    @Test
    void organisationNamedAtTheCue() {
        assertEquals(List.of("The Kremlin => Kremlin (Kremlin)"),
                speakers("The/DT Kremlin/NNP/ORG says/VBZ the/DT move/NN was/VBD necessary/JJ ./."));
    }

    @Test
    void descriptionResolvesToAnOrganisationWithThatHeadWord() {
        assertEquals(List.of("The committee => House Oversight Committee (House Oversight Committee)"),
                speakers("The/DT House/NNP/ORG Oversight/NNP/ORG Committee/NNP/ORG met/VBD ./. || The/DT "
                        + "committee/NN said/VBD it/PRP would/MD vote/VB ./."));
    }

    @Test
    void roleDescriptionIsThePersonWhoSpokeLast() {
        assertEquals(List.of("Rutte => Rutte (Rutte)", "NATO's new chief => Rutte (Rutte)"),
                speakers("\"/`` It/PRP is/VBZ not/RB enough/JJ ,/, \"/'' Rutte/NNP/PERSON said/VBD ./. ¶ "
                        + "NATO/NNP/ORG 's/POS new/JJ chief/NN has/VBZ said/VBN the/DT alliance/NN will/MD "
                        + "hold/VB ./."));
    }

    @Test
    void roleDescriptionIsThePersonNamedWithThatTitle() {
        assertEquals(List.of("The spokesman => Dmitry Peskov (Dmitry Peskov)"),
                speakers("Kremlin/NNP/ORG spokesman/NN Dmitry/NNP/PERSON Peskov/NNP/PERSON spoke/VBD ./. || "
                        + "Putin/NNP/PERSON left/VBD ./. || The/DT spokesman/NN said/VBD the/DT talks/NNS "
                        + "failed/VBD ./."));
    }

    @Test
    void relativePronounIsTheNameItHangsOn() {
        assertEquals(List.of("who => Josep Borrell (Josep Borrell)"),
                speakers("Josep/NNP/PERSON Borrell/NNP/PERSON ,/, who/WP said/VBD Kyiv/NNP/GPE must/MD win/VB ,/, "
                        + "left/VBD ./."));
    }

    @Test
    void theyIsTheGroupThatSpokeLast() {
        assertEquals(List.of("officials => officials (-)", "They => officials (-)"),
                speakers("Talks/NNS will/MD resume/VB ,/, officials/NNS said/VBD ./. || They/PRP added/VBD "
                        + "that/IN no/DT date/NN was/VBD set/VBN ./."));
    }

    @Test
    void sourcesWithoutAnActorKeepTheirWords() {
        assertEquals(List.of("sources => sources (-)"),
                speakers("Talks/NNS will/MD resume/VB ,/, sources/NNS said/VBD ./."));
    }

    @Test
    void twoSpeakersInOneParagraph() {
        assertEquals(List.of("Rutte => Mark Rutte (Mark Rutte)", "Peskov => Dmitry Peskov (Dmitry Peskov)"),
                speakers("Mark/NNP/PERSON Rutte/NNP/PERSON and/CC Dmitry/NNP/PERSON Peskov/NNP/PERSON spoke/VBD ./. "
                        + "¶ “/`` We/PRP need/VBP more/JJR ,/, ”/'' Rutte/NNP/PERSON said/VBD ,/, while/IN "
                        + "Peskov/NNP/PERSON said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    }

    @Test
    void requireSpeakerNamesTheQuoteWhenThereIsNone() {
        AnnotatedArticle doc = Typeset.of("“/`` It/PRP is/VBZ over/RB ./. ”/'' ¶ “/`` Nothing/NN is/VBZ left/VBN ./. "
                + "”/'' ,/, said/VBD ./.");
        List<Quote> quotes = new SpeakerResolver().resolve(doc, new EntityGrouper().group(doc),
                new QuoteFinder().find(doc));
        for (Quote q : quotes) {
            if (q.findSpeaker().isEmpty()) {
                NoSuchElementException e = assertThrows(NoSuchElementException.class, q::requireSpeaker);
                assertTrue(e.getMessage().contains("cue 'said'"), e.getMessage());
            }
        }
    }
}
