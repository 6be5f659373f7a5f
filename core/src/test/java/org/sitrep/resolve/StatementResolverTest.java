package org.sitrep.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementResolverTest {
    @Test
    void sameWordsUnderOtherQuotationMarksAndPunctuationAreOneStatement() {
        List<ResolvedStatement> statements = new StatementResolver().resolve(List.of(
                new StatementCandidate(7, "\u201cWe will respond,\u201d"),
                new StatementCandidate(3, "\"We will respond.\""),
                new StatementCandidate(9, "we  will RESPOND"),
                new StatementCandidate(4, "We will not respond")));
        assertEquals(2, statements.size());
        assertEquals(new ResolvedStatement("we will not respond", "We will not respond", List.of(4L)), statements.get(0));
        assertEquals(new ResolvedStatement("we will respond", "\"We will respond.\"", List.of(3L, 7L, 9L)),
                statements.get(1));
    }
}
