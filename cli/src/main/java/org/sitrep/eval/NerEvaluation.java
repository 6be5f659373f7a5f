package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.NamedMention;

import java.util.List;
import java.util.function.Function;

/**
 * Scores a recogniser on CoNLL documents: each document is laid out as an article ({@link ConllArticle}), the
 * recogniser names what it finds in it, and the names are scored against the document's gold tags.
 */
public final class NerEvaluation {

    private final NerScorer scorer = new NerScorer();

    /**
     * The score of {@code recognizer} over {@code documents}; {@code source} names the file the documents came
     * from, for the articles' sources.
     */
    public NerScore score(String source, List<ConllDocument> documents,
                          Function<Article, List<NamedMention>> recognizer) {
        NerScore score = NerScore.EMPTY;
        for (ConllDocument document : documents) {
            ConllArticle conll = new ConllArticle(document);
            List<NamedMention> names = recognizer.apply(conll.article(source + " document " + document.index()));
            score = score.plus(scorer.score(conll.goldTags(), conll.tags(names)));
        }
        return score;
    }
}
