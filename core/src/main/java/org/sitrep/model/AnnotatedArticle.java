package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation: tokens, sentences, recognised names and normalised times. This
 * is what the annotate stage hands to the extractors.
 */
public record AnnotatedArticle(Article article, List<Token> tokens, List<Sentence> sentences,
                               List<NamedMention> names, List<TimeExpression> times) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
    }

    public String text() {
        return article.text();
    }

    /** The index of the first token that ends after {@code offset} ({@code tokens().size()} when none does). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tokens of one sentence. */
    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
