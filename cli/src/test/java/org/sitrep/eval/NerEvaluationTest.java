package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NerEvaluationTest {

    @Test
    void recogniserSeesEachDocumentAsOneArticleAndIsScoredOnAllOfThem() {
        List<ConllDocument> docs = new ConllReader().read("eng.testa",
                "-DOCSTART- -X- O O\n\nKyiv NNP I-NP I-LOC\nburns VBZ I-VP O\n\n"
                        + "-DOCSTART- -X- O O\n\nNATO NNP I-NP I-ORG\nmet VBD I-VP O\n");
        List<String> seen = new ArrayList<>();
        // A recogniser that calls every first word a place.
        NerScore score = new NerEvaluation().score("eng.testa", docs, (Article a) -> {
            seen.add(a.source() + ": " + a.text());
            int end = a.text().indexOf(' ');
            return List.of(new NamedMention(new Span(0, end), a.text().substring(0, end), EntityType.GPE, 0, 1));
        });
        assertEquals(List.of("eng.testa document 0: Kyiv burns", "eng.testa document 1: NATO met"), seen);
        assertEquals(new EntityCounts(1, 2, 1), score.of("LOC"));
        assertEquals(new EntityCounts(1, 0, 0), score.of("ORG"));
        assertEquals(new EntityCounts(2, 2, 1), score.overall());
    }
}
