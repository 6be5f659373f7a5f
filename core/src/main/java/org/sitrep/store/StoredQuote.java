package org.sitrep.store;

import java.util.List;

/**
 * A statement with every article that carries it.
 *
 * @param statementId the statement's id in the store
 * @param text        the quote as the first article wrote it
 * @param speaker     the speaker: the actor's name when the first source's speaker is a resolved actor, or is
 *                    only described ("the NATO chief") by a description set beside that actor's name in some
 *                    article, else the name its article gives, else null
 * @param direct      whether it is a direct quote (in the first source)
 * @param sourceCount how many articles carry it
 * @param sources     the first of the articles that carry it, in store order
 */
public record StoredQuote(long statementId, String text, String speaker, boolean direct, long sourceCount,
                          List<QuoteSource> sources) {
    public StoredQuote {
        sources = List.copyOf(sources);
    }
}
