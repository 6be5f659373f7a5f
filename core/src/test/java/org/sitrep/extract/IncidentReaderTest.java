package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.AnnotatedArticle;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readers composed: one report per clause and incident, from hand-tagged sentences. */
class IncidentReaderTest {

    private static List<IncidentReport> read(String tagged) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        return new IncidentReader().read(doc, List.of(), new AmountFinder().find(doc));
    }

    @Test
    void aTollInAClauseNamingNoIncidentIsTheIncidentsBefore() {
        List<IncidentReport> reports = read("Russian/JJ/NORP drones/NNS/=drone struck/VBD/=strike Odesa/NNP/GPE ,/, "
                + "which/WDT left/VBD/=leave 3/CD people/NNS dead/JJ ./.");
        assertEquals(1, reports.size());
        IncidentReport r = reports.get(0);
        assertEquals(Set.of(Kind.STRIKE), r.kinds);
        assertEquals(3, r.fatalities);
        assertEquals("Russia", r.actor1.name());
        assertEquals("Odesa", r.location.name());
    }

    @Test
    void aTollAloneIsAReportOfItsOwn() {
        List<IncidentReport> reports = read("Nine/CD people/NNS were/VBD/=be dead/JJ ./.");
        assertEquals(1, reports.size());
        IncidentReport r = reports.get(0);
        assertEquals(Set.of(Kind.TOLL), r.kinds);
        assertEquals(9, r.fatalities);
        assertTrue(r.definite);
    }

    @Test
    void whatDidNotHappenGivesNoReport() {
        assertTrue(read("Russia/NNP/GPE would/MD attack/VB Kyiv/NNP/GPE ./.").isEmpty());
        assertTrue(read("a/DT bus/NN crashed/VBD ,/, killing/VBG/=kill 24/CD ./.").isEmpty());
    }
}
