package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds annotated articles by hand, for tests of extraction logic that need no models. Each token is written
 * {@code word/POS} or {@code word/POS/TYPE} (TYPE one of Sitrep's entity types), optionally followed by
 * {@code /=lemma} ({@code died/VBD/=die}; else the lemma is the word in lower case); tokens are separated by spaces
 * and sentences by {@code " || "}. Consecutive tokens of one type form one name.
 */
final class HandAnnotated {
    private HandAnnotated() {
    }

    static AnnotatedArticle of(String tagged, TimeExpression... times) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : tagged.split(" \\|\\| ")) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int first = tokens.size();
            int sentenceStart = text.length();
            for (String t : sentence.trim().split(" ")) {
                String[] parts = t.split("/");
                String lemma = parts[0].toLowerCase();
                if (parts[parts.length - 1].startsWith("=")) {
                    lemma = parts[parts.length - 1].substring(1);
                    parts = java.util.Arrays.copyOf(parts, parts.length - 1);
                }
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(parts[0]);
                tokens.add(new Token(new Span(start, text.length()), parts[0], parts[1], lemma,
                        parts.length > 2 ? parts[2] : "O"));
            }
            sentences.add(new Sentence(new Span(sentenceStart, text.length()), first, tokens.size()));
        }
        List<NamedMention> names = HandAnnotated.names(text.toString(), tokens);
        return new AnnotatedArticle(Article.of("hand", text.toString()), tokens, sentences, names, List.of(times));
    }

    /** The names of hand-built tokens: runs of tokens carrying one entity type as their label. */
    static List<NamedMention> names(String text, List<Token> tokens) {
        List<NamedMention> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String type = tokens.get(i).ner();
            if (type.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(tokens.get(j).ner())) {
                j++;
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            names.add(new NamedMention(span, span.of(text), EntityType.valueOf(type), i, j));
            i = j;
        }
        return names;
    }
}
