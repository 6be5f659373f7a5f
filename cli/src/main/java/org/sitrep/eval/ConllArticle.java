package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.NamedMention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A CoNLL document laid out as an article body, so that the recogniser sees the gold data's own tokens and
 * sentence breaks: tokens joined by single spaces, sentences by {@code "\n"}. Turns the name mentions found in
 * that body back into one IOB2 tag per gold token, by character offsets.
 */
public final class ConllArticle {

    private final ConllDocument document;
    private final String text;
    /** Body offset where each token starts, over the whole document. */
    private final int[] tokenStarts;
    /** Index of the first token of each sentence in {@link #tokenStarts}, plus the token count at the end. */
    private final int[] sentenceFirst;

    public ConllArticle(ConllDocument document) {
        this.document = document;
        StringBuilder body = new StringBuilder();
        int[] starts = new int[document.tokenCount()];
        int[] firsts = new int[document.sentences().size() + 1];
        int t = 0;
        for (int s = 0; s < document.sentences().size(); s++) {
            if (s > 0) {
                body.append('\n');
            }
            firsts[s] = t;
            List<String> tokens = document.sentences().get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) {
                    body.append(' ');
                }
                starts[t++] = body.length();
                body.append(tokens.get(i));
            }
        }
        firsts[document.sentences().size()] = t;
        this.text = body.toString();
        this.tokenStarts = starts;
        this.sentenceFirst = firsts;
    }

    /** The body: tokens joined by single spaces, sentences by newlines. */
    public String text() {
        return text;
    }

    /** The body as a bare article from {@code source}. */
    public Article article(String source) {
        return Article.of(source, text);
    }

    public ConllDocument document() {
        return document;
    }

    /** The gold tags, one list per sentence. */
    public List<List<String>> goldTags() {
        return document.sentences().stream().map(ConllSentence::tags).toList();
    }

    /**
     * The mentions as IOB2 tags with CoNLL types, one list per sentence. A mention covers every token it touches;
     * one that runs past its sentence's end is cut there; one that overlaps an earlier mention is dropped.
     */
    public List<List<String>> tags(List<NamedMention> mentions) {
        String[] tags = new String[tokenStarts.length];
        Arrays.fill(tags, "O");
        for (NamedMention m : mentions) {
            if (m.span().end() > text.length() || m.span().length() == 0) {
                throw new IllegalArgumentException("mention " + m.span() + " '" + m.text()
                        + "' does not lie inside the body of length " + text.length());
            }
            int first = tokenAt(m.span().start());
            int last = Math.min(tokenAt(m.span().end() - 1), sentenceEnd(first) - 1);
            boolean free = true;
            for (int i = first; i <= last; i++) {
                free &= tags[i].equals("O");
            }
            if (!free) {
                continue;
            }
            String type = ConllTypes.of(m.type());
            for (int i = first; i <= last; i++) {
                tags[i] = (i == first ? "B-" : "I-") + type;
            }
        }
        List<List<String>> sentences = new ArrayList<>(document.sentences().size());
        for (int s = 0; s < document.sentences().size(); s++) {
            sentences.add(Collections.unmodifiableList(
                    Arrays.asList(tags).subList(sentenceFirst[s], sentenceFirst[s + 1])));
        }
        return sentences;
    }

    /** The token that holds body offset {@code offset} (the one before it, when it falls on a space). */
    private int tokenAt(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The end (exclusive) of the sentence holding token {@code token}. */
    private int sentenceEnd(int token) {
        int s = Arrays.binarySearch(sentenceFirst, token);
        int sentence = s >= 0 ? s : -s - 2;
        while (sentenceFirst[sentence + 1] == sentenceFirst[sentence]) {
            sentence++;
        }
        return sentenceFirst[sentence + 1];
    }
}
