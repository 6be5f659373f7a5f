package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConllReaderTest {

    private final ConllReader reader = new ConllReader();

    @Test
    void readsDocumentsSentencesTokensAndTheLastColumnAsTag() {
        String text = "-DOCSTART- -X- O O\n\n"
                + "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
                + "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n"
                + "-DOCSTART- -X- O O\n\n"
                + "BRUSSELS NNP I-NP I-LOC\n1996-08-22 CD I-NP O\n";
        List<ConllDocument> docs = reader.read("test", text);
        assertEquals(2, docs.size());
        ConllDocument first = docs.get(0);
        assertEquals(0, first.index());
        assertEquals(2, first.sentences().size());
        assertEquals(List.of("EU", "rejects", "German"), first.sentences().get(0).tokens());
        assertEquals(List.of("I-ORG", "O", "I-MISC"), first.sentences().get(0).tags());
        assertEquals(5, first.tokenCount());
        assertEquals(1, docs.get(1).index());
        assertEquals(List.of("I-LOC", "O"), docs.get(1).sentences().get(0).tags());
    }

    @Test
    void fileNeedNotOpenWithDocstartAndExtraBlankLinesAreHarmless() {
        String text = "\n\nCRICKET NNP I-NP O\n\n\n\nLONDON\tNNP\tI-NP\tI-LOC\n\n";
        List<ConllDocument> docs = reader.read("test", text);
        assertEquals(1, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(List.of("LONDON"), docs.get(0).sentences().get(1).tokens());
    }

    @Test
    void emptyTextHasNoDocuments() {
        assertEquals(List.of(), reader.read("test", ""));
        assertEquals(List.of(), reader.read("test", "-DOCSTART- -X- O O\n\n"));
    }

    @Test
    void lineWithoutTagIsReportedWithItsNumber() {
        ConllFormatException e = assertThrows(ConllFormatException.class,
                () -> reader.read("eng.testa", "EU NNP I-NP I-ORG\nrejects\n"));
        assertEquals("eng.testa: line 2: expected a token and a tag, found 'rejects'", e.getMessage());
    }

    @Test
    void unknownTagIsReportedWithItsNumber() {
        ConllFormatException e = assertThrows(ConllFormatException.class,
                () -> reader.read("eng.testa", "EU NNP I-NP ORG\n"));
        assertEquals("eng.testa: line 1: tag 'ORG' is neither O nor B-, I-, E-, S- with a type", e.getMessage());
    }
}
