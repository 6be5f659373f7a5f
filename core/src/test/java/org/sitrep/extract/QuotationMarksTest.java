package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotationMarksTest {
    private final QuotationMarks marks = new QuotationMarks();

    private List<String> quotations(String text) {
        return marks.find(text).quotations().stream().map(q -> q.span().of(text)).toList();
    }

    @Test
    void curlyAndStraightMarksPair() {
        assertEquals(List.of("“We will win,”", "\"It is over.\""),
                quotations("“We will win,” he said. Peskov said: \"It is over.\""));
    }

    @Test
    void quoteOpenedAndNotClosedContinuesIntoTheNextParagraphThatOpensWithAMark() {
        String text = "He added: “We cannot have a bad deal.\n\n“Look at the missiles.”\n\nRutte left.";
        assertEquals(List.of("“We cannot have a bad deal.\n\n“Look at the missiles.”"), quotations(text));
        assertEquals(List.of(), marks.find(text).problems());
    }

    @Test
    void continuationRunsOverSeveralParagraphs() {
        String text = "\"One.\n\n\"Two.\n\n\"Three.\"\n\nAfter.";
        assertEquals(List.of("\"One.\n\n\"Two.\n\n\"Three.\""), quotations(text));
    }

    @Test
    void continuationNeedsAMarkOfTheSameKind() {
        String text = "\"Kevin was snoring.\n\n“Here he is,” she said.";
        assertEquals(List.of("\"Kevin was snoring.", "“Here he is,”"), quotations(text));
        assertEquals(1, marks.find(text).problems().size());
    }

    @Test
    void unclosedQuoteEndsAtItsParagraphAndIsReported() {
        String text = "“We will never surrender, he said.\n\nRussia launched drones.\n\nThe end.";
        assertEquals(List.of("“We will never surrender, he said."), quotations(text));
        String problem = marks.find(text).problems().get(0).message();
        assertTrue(problem.contains("never closed"), problem);
        assertEquals("quotes", marks.find(text).problems().get(0).stage());
    }

    @Test
    void unclosedQuoteAtTheEndOfTheBodyDoesNotCrash() {
        assertEquals(List.of("\"Unfinished"), quotations("He said \"Unfinished"));
        assertEquals(List.of(), quotations("\""));
        assertEquals(List.of(), quotations(""));
    }

    @Test
    void apostrophesAreNoQuotationMarks() {
        assertEquals(List.of(), quotations("Russia's army, the '90s, the Clintons' house and rock 'n' roll."));
        assertEquals(List.of(), quotations("Russia’s army, the ’90s and the Clintons’ house."));
    }

    @Test
    void singleMarksQuoteOutsideDoubleOnes() {
        assertEquals(List.of("'Chronic'"), quotations("- 'Chronic' Russian violations -"));
        assertEquals(List.of("‘We will win,’"), quotations("‘We will win,’ he said of Russia’s war."));
    }

    @Test
    void singleMarksInsideDoubleOnesAreNested() {
        assertEquals(List.of("“You say you ‘accept responsibility,’”"),
                quotations("“You say you ‘accept responsibility,’” Merkley said."));
    }

    @Test
    void doubledApostrophesAreDoubleMarks() {
        assertEquals(List.of("''It is virtuous,''", "'Perhaps they can help,''"),
                quotations("''It is virtuous,'' he said.\n\n'Perhaps they can help,'' Mr. Obama said."));
    }

    @Test
    void inchMarksAreNoQuotes() {
        assertEquals(List.of(), quotations("A 12\" gun and a 6\" shell."));
    }

    @Test
    void strayClosingMarkDoesNotSwallowTheArticle() {
        String text = "Talks ended” abruptly.\n\nRussia said nothing.\n\n“We are done,” Peskov said.";
        assertEquals(List.of("“We are done,”"), quotations(text));
    }

    @Test
    void linesAreParagraphs() {
        assertEquals(List.of(new org.sitrep.model.Span(0, 3), new org.sitrep.model.Span(4, 7),
                new org.sitrep.model.Span(9, 12)), QuotationMarks.paragraphs("One\nTwo\n\nSix\n"));
        assertFalse(QuotationMarks.paragraphs("  \n\n ").iterator().hasNext());
    }
}
