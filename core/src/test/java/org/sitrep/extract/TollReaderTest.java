package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.TollFigure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toll of a report, read from the amounts of hand-tagged clauses. */
class TollReaderTest {

    /** The report of kind {@code kind} whose toll is read from the whole of {@code tagged}. */
    private static IncidentReport toll(String tagged, Kind kind) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        IncidentReport r = new IncidentReport();
        r.kinds.add(kind);
        TollReader.read(doc, new AmountFinder().find(doc), r, 0, doc.tokens().size());
        return r;
    }

    @Test
    void readsTheKilledAndTheInjuredWithTheirQualifier() {
        IncidentReport r = toll("At/IN least/JJS 12/CD people/NNS were/VBD killed/VBN and/CC 30/CD wounded/VBN ./.",
                Kind.STRIKE);
        assertEquals(12, r.fatalities);
        assertEquals(FatalityQualifier.AT_LEAST, r.qualifier);
        assertEquals(30, r.injured);
        assertEquals(2, r.figures.size());
        assertEquals(TollFigure.Count.KILLED, r.figures.get(0).count());
        assertEquals(TollFigure.Count.INJURED, r.figures.get(1).count());
    }

    @Test
    void anApproximateCountIsAbout() {
        IncidentReport r = toll("the/DT strike/NN killed/VBD/=kill about/IN 20/CD civilians/NNS ./.", Kind.STRIKE);
        assertEquals(20, r.fatalities);
        assertEquals(FatalityQualifier.ABOUT, r.qualifier);
    }

    @Test
    void aPartAlreadyCountedIsNotCountedAgain() {
        IncidentReport r = toll("the/DT attack/NN killed/VBD/=kill 12/CD people/NNS ,/, including/VBG 6/CD "
                + "policemen/NNS ./.", Kind.ATTACK);
        assertEquals(12, r.fatalities);
        assertEquals(1, r.figures.size());
    }

    @Test
    void countsOfNoPeopleAreNoToll() {
        IncidentReport r = toll("fighting/NN raged/VBD for/IN three/CD days/NNS ./.", Kind.CLASH);
        assertNull(r.fatalities);
        assertTrue(r.figures.isEmpty());
    }

    @Test
    void aTollRisingToACountIsAnUpdate() {
        IncidentReport r = toll("the/DT death/NN toll/NN rose/VBD/=rise to/TO 14/CD ./.", Kind.TOLL);
        assertEquals(14, r.fatalities);
        assertTrue(r.tollUpdate);
    }

    @Test
    void readsMunitionsLaunchedAndShotDown() {
        IncidentReport r = toll("Russia/NNP launched/VBD/=launch 64/CD drones/NNS ;/: air/NN defences/NNS "
                + "shot/VBD/=shoot down/RP 50/CD drones/NNS ./.", Kind.LAUNCH);
        assertEquals(64, r.launched);
        assertEquals(50, r.intercepted);
        assertNull(r.fatalities);
        assertFalse(r.tollUpdate);
    }

    @Test
    void moreShotDownThanLaunchedKeepsNoInterceptedCount() {
        IncidentReport r = toll("Russia/NNP launched/VBD/=launch 5/CD drones/NNS ;/: air/NN defences/NNS "
                + "shot/VBD/=shoot down/RP 50/CD drones/NNS ./.", Kind.LAUNCH);
        assertEquals(5, r.launched);
        assertNull(r.intercepted);
    }

    @Test
    void readingAgainAddsToTheToll() {
        AnnotatedArticle doc = HandAnnotated.of("the/DT massacre/NN ,/, which/WDT left/VBD 89/CD people/NNS dead/JJ ./.");
        IncidentReport r = new IncidentReport();
        r.kinds.add(Kind.KILL);
        TollReader.read(doc, new AmountFinder().find(doc), r, 0, 3);
        assertNull(r.fatalities);
        TollReader.read(doc, new AmountFinder().find(doc), r, 3, doc.tokens().size());
        assertEquals(89, r.fatalities);
    }

    @Test
    void theWordThatTellsATollAloneIsItsTrigger() {
        AnnotatedArticle doc = HandAnnotated.of("nine/CD people/NNS were/VBD dead/JJ ./.");
        org.sitrep.model.Span figure = doc.tokens().get(0).span();
        assertEquals(doc.tokens().get(3).span(), TollReader.tollWord(doc.tokens(), 0, 5, figure));
        AnnotatedArticle none = HandAnnotated.of("nine/CD people/NNS ./.");
        assertEquals(figure, TollReader.tollWord(none.tokens(), 0, 3, none.tokens().get(0).span()));
    }
}
