package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attributions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    /** A statement as text: content, cue and source ("-" for none), and "D" or "I" for direct or not. */
    private record Seen(String content, String cue, String source, String kind) {
    }

    private static List<Seen> find(String tagged) {
        AnnotatedArticle doc = Typeset.of(tagged);
        return seen(doc, new QuoteFinder().find(doc));
    }

    private static List<Seen> seen(AnnotatedArticle doc, Attributions found) {
        String text = doc.text();
        return found.attributions().stream().map(a -> new Seen(a.content().of(text), a.cue().of(text),
                a.source() == null ? "-" : a.source().of(text), a.direct() ? "D" : "I")).toList();
    }

    @Test
    void quoteBeforeSaidBelongsToTheNameBeforeTheCue() {
        assertEquals(List.of(new Seen("“We will win,”", "said", "Rutte", "D")),
                find("“/`` We/PRP will/MD win/VB ,/, ”/'' Rutte/NNP/PERSON said/VBD ./."));
    }

    @Test
    void invertedCueTakesTheNameAfterIt() {
        assertEquals(List.of(new Seen("\"The operation continues,\"", "said", "Kremlin spokesman Dmitry Peskov", "D")),
                find("\"/`` The/DT operation/NN continues/VBZ ,/, \"/'' said/VBD Kremlin/NNP/ORG spokesman/NN "
                        + "Dmitry/NNP/PERSON Peskov/NNP/PERSON ./."));
    }

    @Test
    void cueWithAddresseeAndPlaceBeforeTheSentenceEnd() {
        assertEquals(List.of(new Seen("\"It is a direct threat,\"", "told", "Rutte", "D")),
                find("\"/`` It/PRP is/VBZ a/DT direct/JJ threat/NN ,/, \"/'' Rutte/NNP/PERSON told/VBD "
                        + "reporters/NNS in/IN Brussels/NNP/GPE ./."));
    }

    @Test
    void cueWithColonOpensTheQuote() {
        assertEquals(List.of(new Seen("“We have a strong relationship.”", "said", "Rutte", "D")),
                find("Rutte/NNP/PERSON said/VBD :/: “/`` We/PRP have/VBP a/DT strong/JJ relationship/NN ./. ”/''"));
    }

    @Test
    void reportedSpeechAfterSaidThatRunsToTheSentenceEnd() {
        assertEquals(List.of(new Seen("that a peace deal would empower China", "said", "Rutte", "I")),
                find("Rutte/NNP/PERSON said/VBD that/IN a/DT peace/NN deal/NN would/MD empower/VB "
                        + "China/NNP/GPE ./."));
    }

    @Test
    void reportedSpeechWithoutThat() {
        assertEquals(List.of(new Seen("he relayed these points to Trump", "said", "Rutte", "I")),
                find("Rutte/NNP/PERSON said/VBD he/PRP relayed/VBD these/DT points/NNS to/TO Trump/NNP/PERSON ./."));
    }

    @Test
    void timeAndPlaceAfterTheCueAreSkipped() {
        assertEquals(List.of(new Seen("that its forces would never surrender", "said", "Ukraine", "I")),
                find("Ukraine/NNP/GPE said/VBD in/IN a/DT statement/NN that/IN its/PRP$ forces/NNS would/MD "
                        + "never/RB surrender/VB ./."));
    }

    @Test
    void partialQuoteStaysInsideTheReportedClause() {
        List<Seen> seen = find("Rutte/NNP/PERSON said/VBD ministers/NNS would/MD \"/`` discuss/VB how/WRB we/PRP "
                + "can/MD help/VB Ukraine/NNP/GPE to/TO prevail/VB \"/'' ./.");
        assertEquals(List.of(new Seen("ministers would \"discuss how we can help Ukraine to prevail\"", "said",
                "Rutte", "D")), seen);
    }

    @Test
    void partialQuoteAfterCallOnKeepsTheAddressee() {
        assertEquals(List.of(new Seen("Kyiv's allies to \"force\" the Kremlin into peace", "called on", "Zelensky",
                        "I")),
                find("Zelensky/NNP/PERSON called/VBD on/IN Kyiv/NNP/GPE 's/POS allies/NNS to/TO \"/`` force/VB "
                        + "\"/'' the/DT Kremlin/NNP/ORG into/IN peace/NN ./."));
    }

    @Test
    void statementBeforeAClosingCueWithAParticipleAfterIt() {
        assertEquals(List.of(
                        new Seen("The drone attack killed nine people", "said", "the emergency services", "I"),
                        new Seen("that four people were under the rubble", "adding", "the emergency services", "I")),
                find("The/DT drone/NN attack/NN killed/VBD nine/CD people/NNS ,/, the/DT emergency/NN "
                        + "services/NNS said/VBD ,/, adding/VBG that/IN four/CD people/NNS were/VBD under/IN the/DT "
                        + "rubble/NN ./."));
    }

    @Test
    void accordingToAfterTheStatement() {
        assertEquals(List.of(new Seen("Russia launched 87 drones overnight", "according to", "the air force", "I")),
                find("Russia/NNP/GPE launched/VBD 87/CD drones/NNS overnight/RB ,/, according/VBG to/TO the/DT "
                        + "air/NN force/NN ./."));
    }

    @Test
    void accordingToBeforeTheStatement() {
        assertEquals(List.of(new Seen("51 drones were shot down", "According to", "the air force", "I")),
                find("According/VBG to/TO the/DT air/NN force/NN ,/, 51/CD drones/NNS were/VBD shot/VBN down/RP ./."));
    }

    @Test
    void quoteSplitByItsCueGivesTwoStatementsOfOneSpeaker() {
        assertEquals(List.of(new Seen("\"It is not enough,\"", "said", "Rutte", "D"),
                        new Seen("\"We have to do more.\"", "said", "Rutte", "D")),
                find("\"/`` It/PRP is/VBZ not/RB enough/JJ ,/, \"/'' Rutte/NNP/PERSON said/VBD ,/, \"/`` We/PRP "
                        + "have/VBP to/TO do/VB more/JJR ./. \"/''"));
    }

    @Test
    void twoSpeakersInOneParagraph() {
        assertEquals(List.of(new Seen("“We need more,”", "said", "Rutte", "D"),
                        new Seen("the talks had failed", "said", "Peskov", "I")),
                find("“/`` We/PRP need/VBP more/JJR ,/, ”/'' Rutte/NNP/PERSON said/VBD ,/, while/IN "
                        + "Peskov/NNP/PERSON said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
    }

    @Test
    void quoteOverTwoParagraphsIsOneStatement() {
        List<Seen> seen = find("He/PRP added/VBD :/: “/`` We/PRP cannot/MD have/VB a/DT bad/JJ deal/NN ./. ¶ "
                + "“/`` Look/VB at/IN the/DT missiles/NNS ./. ”/''");
        assertEquals(List.of(new Seen("“We cannot have a bad deal.\n\n“Look at the missiles.”", "added", "He", "D")),
                seen);
    }

    @Test
    void quoteOpeningASentenceAfterAQuotedSpeakerContinuesThatSpeaker() {
        List<Seen> seen = find("\"/`` The/DT fact/NN is/VBZ this/DT ,/, \"/'' Rutte/NNP/PERSON said/VBD ./. || "
                + "\"/`` It/PRP 's/VBZ not/RB just/RB Russia/NNP/GPE ./. \"/''");
        assertEquals(List.of(new Seen("\"The fact is this,\"", "said", "Rutte", "D"),
                new Seen("\"It's not just Russia.\"", "said", "Rutte", "D")), seen);
    }

    @Test
    void quoteAfterAnInvertedCueWithARelativeClauseContinuesThatSpeaker() {
        List<Seen> seen = find("\"/`` Moscow/NNP/GPE does/VBZ not/RB want/VB peace/NN ,/, \"/'' said/VBD "
                + "Sybiga/NNP/PERSON ,/, who/WP was/VBD speaking/VBG in/IN Warsaw/NNP/GPE ./. || \"/`` It/PRP "
                + "wants/VBZ our/PRP$ surrender/NN ./. \"/''");
        assertEquals(List.of(new Seen("\"Moscow does not want peace,\"", "said", "Sybiga", "D"),
                new Seen("\"It wants our surrender.\"", "said", "Sybiga", "D")), seen);
    }

    @Test
    void quoteSignedWithADash() {
        assertEquals(List.of(new Seen("“He is a fraud.”", "―", "Pamela Padilla", "D")),
                find("“/`` He/PRP is/VBZ a/DT fraud/NN ./. ”/'' ―/SYM Pamela/NNP/PERSON Padilla/NNP/PERSON"));
    }

    @Test
    void transcriptLineIsSaidByTheCapitalisedName() {
        assertEquals(List.of(new Seen("Well, the question should be why.", ":", "PENCE", "I")),
                find("PENCE/NNP :/: Well/UH ,/, the/DT question/NN should/MD be/VB why/WRB ./."));
    }

    @Test
    void scareQuotesInAHeadingAreNoStatement() {
        assertEquals(List.of(), find("-/: 'Chronic/JJ '/'' Russian/JJ/NORP violations/NNS -/: ¶ A/DT separate/JJ "
                + "strike/NN hit/VBD Odesa/NNP/GPE ./."));
    }

    @Test
    void quotedTitlesAndNamesAreNoStatement() {
        assertEquals(List.of(), find("He/PRP read/VBD “/`` War/NNP and/CC Peace/NNP ”/'' on/IN the/DT train/NN ./."));
    }

    @Test
    void cueInsideAQuoteIsNoStatementOfItsOwn() {
        List<Seen> seen = find("“/`` I/PRP said/VBD we/PRP would/MD win/VB ,/, ”/'' Rutte/NNP/PERSON told/VBD "
                + "reporters/NNS ./.");
        assertEquals(List.of(new Seen("“I said we would win,”", "told", "Rutte", "D")), seen);
    }

    @Test
    void passiveCueIsNoStatement() {
        assertEquals(List.of(), find("Reporters/NNS were/VBD told/VBN to/TO wait/VB outside/RB ./."));
    }

    @Test
    void unclosedQuoteEndsWithItsParagraphAndIsReported() {
        AnnotatedArticle doc = Typeset.of("“/`` We/PRP will/MD never/RB surrender/VB ,/, he/PRP said/VBD ./. ¶ "
                + "Russia/NNP/GPE launched/VBD drones/NNS ./. ¶ “/`` It/PRP is/VBZ over/RB ,/, ”/'' "
                + "Peskov/NNP/PERSON said/VBD ./.");
        Attributions found = finder.find(doc);
        List<Seen> seen = seen(doc, found);
        assertEquals(new Seen("“It is over,”", "said", "Peskov", "D"), seen.get(seen.size() - 1));
        for (Attribution a : found.attributions()) {
            assertFalse(a.content().of(doc.text()).contains("Russia launched"), a.toString());
        }
        assertEquals(1, found.problems().size());
        assertTrue(found.problems().get(0).message().contains("never closed"), found.problems().toString());
    }

    @Test
    void apostrophesInsideWordsDoNotOpenQuotes() {
        AnnotatedArticle doc = Typeset.of("Russia/NNP/GPE 's/POS army/NN of/IN the/DT '90s/CD was/VBD weak/JJ ,/, "
                + "the/DT Clintons/NNPS '/POS aide/NN said/VBD ./.");
        Attributions found = finder.find(doc);
        assertEquals(List.of(new Seen("Russia's army of the '90s was weak", "said", "the Clintons' aide", "I")),
                seen(doc, found));
        assertEquals(List.of(), found.problems());
    }

    @Test
    void statementWithoutNamedSourceKeepsItsCue() {
        Attribution a = finder.find(Typeset.of("Talks/NNS will/MD resume/VB ,/, sources/NNS said/VBD ./."))
                .attributions().get(0);
        assertEquals("said", a.cue().of("Talks will resume, sources said."));
        assertEquals("sources", a.findSource().orElseThrow().of("Talks will resume, sources said."));
    }

    @Test
    void sentenceWithoutCueHasNoStatement() {
        Attributions found = finder.find(Typeset.of("Quiet/JJ night/NN in/IN Kyiv/NNP/GPE ./."));
        assertEquals(List.of(), found.attributions());
        assertEquals(List.of(), found.problems());
    }

    @Test
    void intentionVerbTakesItsInfinitive() {
        assertEquals(List.of(new Seen("to triple the program", "want", "They", "I")),
                find("They/PRP want/VBP to/TO triple/VB the/DT program/NN ./."));
    }

    @Test
    void nounCueTakesItsThatClauseAndThePossessorAsSource() {
        assertEquals(List.of(new Seen("that crime is rising", "claim", "Trump", "I")),
                find("Trump/NNP/PERSON 's/POS claim/NN that/IN crime/NN is/VBZ rising/VBG ./."));
    }

    @Test
    void verbAboutTakesTheTopic() {
        assertEquals(List.of(new Seen("the death of the man", "spoke about", "Clinton", "I")),
                find("Clinton/NNP/PERSON spoke/VBD about/IN the/DT death/NN of/IN the/DT man/NN ./."));
    }

    @Test
    void stanceVerbTakesItsObject() {
        assertEquals(List.of(new Seen("the ceasefire deal", "welcomed", "Rutte", "I")),
                find("Rutte/NNP/PERSON welcomed/VBD the/DT ceasefire/NN deal/NN ./."));
    }

    @Test
    void headlineNounBeforeColonIsTheSource() {
        assertEquals(List.of(new Seen("Clinton leads in Ohio.", ":", "Poll", "I")),
                find("Poll/NN :/: Clinton/NNP/PERSON leads/VBZ in/IN Ohio/NNP/GPE ./."));
    }

    @Test
    void stanceAfterAnAdjectiveBelongsToTheSubject() {
        assertEquals(List.of(new Seen("Trump", "critical of", "Graham", "I")),
                find("Graham/NNP/PERSON has/VBZ been/VBN critical/JJ of/IN Trump/NNP/PERSON ./."));
    }

    @Test
    void stanceNamedByANounBelongsToTheSubjectBeforeThePossessive() {
        assertEquals(List.of(new Seen("Putin", "adulation of", "Trump", "I")),
                find("Trump/NNP/PERSON continues/VBZ his/PRP$ adulation/NN of/IN Putin/NNP/PERSON ./."));
    }

    @Test
    void criticismOpeningTheSentenceEndsWhereItsVerbBegins() {
        assertEquals(List.of(new Seen("the deal", "Criticism of", "-", "I")),
                find("Criticism/NN of/IN the/DT deal/NN grew/VBD in/IN Kyiv/NNP/GPE ./."));
    }

    @Test
    void anAttackOnACityIsNoStatement() {
        assertEquals(List.of(), find("A/DT Russian/JJ/NORP attack/NN on/IN Kyiv/NNP/GPE killed/VBD nine/CD "
                + "people/NNS ./."));
    }

    @Test
    void passiveCueTakesItsAgentAsTheSource() {
        assertEquals(List.of(new Seen("Oz has been called a charlatan by fellow physicians", "called",
                        "fellow physicians", "I")),
                find("Oz/NNP/PERSON has/VBZ been/VBN called/VBN a/DT charlatan/NN by/IN fellow/JJ "
                        + "physicians/NNS ./."));
    }

    @Test
    void raisingVerbReportsAJudgementWithoutASource() {
        assertEquals(List.of(new Seen("Melania seems to have vanished from the campaign", "seems", "-", "I")),
                find("Melania/NNP/PERSON seems/VBZ to/TO have/VB vanished/VBN from/IN the/DT campaign/NN ./."));
    }

    @Test
    void clauseAfterAnAdjectiveOfFeeling() {
        assertEquals(List.of(new Seen("that turnout will fall", "afraid", "Many Democrats", "I")),
                find("Many/JJ Democrats/NNPS/NORP are/VBP afraid/JJ that/IN turnout/NN will/MD fall/VB ./."));
    }

    @Test
    void hearsayAdverbReportsItsClause() {
        assertEquals(List.of(new Seen("He allegedly brandished a pistol", "allegedly", "-", "I")),
                find("He/PRP allegedly/RB brandished/VBD a/DT pistol/NN ./."));
    }

    @Test
    void statementAroundAnAsClause() {
        assertEquals(List.of(new Seen("Hawaii, as one adviser said, rarely gets hurricanes", "said",
                        "one adviser", "I")),
                find("Hawaii/NNP/GPE ,/, as/IN one/CD adviser/NN said/VBD ,/, rarely/RB gets/VBZ "
                        + "hurricanes/NNS ./."));
    }

    @Test
    void quotationSignedWithADashAndAStop() {
        assertEquals(List.of(new Seen("“He must stop.”", "―", "Carla Sanchez", "D")),
                find("“/`` He/PRP must/MD stop/VB ./. ”/'' ―/SYM Carla/NNP/PERSON Sanchez/NNP/PERSON ./. ¶ "
                        + "Getty/NNP Images/NNPS ./."));
    }

    @Test
    void headlineVerbInTitleCaseTakesTheRestOfTheHeadline() {
        assertEquals(List.of(new Seen("Trump Right on Generals", "Says", "Flynn", "I")),
                find("Flynn/NNP/PERSON Says/NNP Trump/NNP/PERSON Right/NNP on/IN Generals/NNPS ¶ "
                        + "Flynn/NNP/PERSON spoke/VBD on/IN Monday/NNP ./."));
    }
}
