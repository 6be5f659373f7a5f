package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds annotated articles by hand, set as print sets them, for tests of quote logic that need no models. Tokens
 * are written {@code word/POS} or {@code word/POS/TYPE} and separated by spaces; {@code ||} ends a sentence and
 * {@code ¶} a paragraph (paragraphs are joined by a blank line, as in Sitrep's bodies). Opening quotation marks are
 * tagged {@code ``} and closing ones {@code ''}; no space follows an opening mark, none precedes punctuation or a
 * closing mark. Consecutive tokens of one type form one name.
 */
final class Typeset {
    private static final Set<String> GLUED = Set.of(".", ",", ":", ";", "?", "!", "'s", "’s", "n't", ")");

    private Typeset() {
    }

    /** A verb's lemma, as far as the cue lexicon needs one; other words lower-cased. */
    static String lemma(String word, String pos) {
        String w = word.toLowerCase();
        if (!pos.startsWith("VB")) {
            return w;
        }
        switch (w) {
            case "said", "says" -> {
                return "say";
            }
            case "told", "tells" -> {
                return "tell";
            }
            case "wrote", "written" -> {
                return "write";
            }
            case "has", "had", "have" -> {
                return "have";
            }
            case "is", "was", "were", "are", "been" -> {
                return "be";
            }
            default -> {
                for (String c : List.of(w, cut(w, 1), cut(w, 2), cut(w, 3), cut(w, 3) + "y", cut(w, 3) + "e")) {
                    if (CueWords.verb(c) != null || c.equals("call") || CueWords.isRaising(c)
                            || CueWords.isPassiveCue(c)) {
                        return c;
                    }
                }
                return w;
            }
        }
    }

    private static String cut(String w, int n) {
        return w.length() > n ? w.substring(0, w.length() - n) : w;
    }

    static AnnotatedArticle of(String tagged) {
        return of(tagged, "\n\n");
    }

    /** As {@link #of(String)}, joining paragraphs with {@code paragraphBreak} ("\r\n\r\n" for CRLF text). */
    static AnnotatedArticle of(String tagged, String paragraphBreak) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = 0;
        int firstToken = 0;
        boolean newParagraph = true;
        boolean afterOpening = false;
        for (String t : tagged.trim().split("\\s+")) {
            if (t.equals("||") || t.equals("¶")) {
                if (tokens.size() > firstToken) {
                    sentences.add(new Sentence(new Span(sentenceStart, text.length()), firstToken, tokens.size()));
                }
                firstToken = tokens.size();
                if (t.equals("¶")) {
                    newParagraph = true;
                }
                continue;
            }
            int slash = t.indexOf('/', 1);
            String word = t.substring(0, slash);
            String[] rest = t.substring(slash + 1).split("/");
            String pos = rest[0];
            if (newParagraph && !tokens.isEmpty()) {
                text.append(paragraphBreak);
            } else if (!tokens.isEmpty() && !afterOpening && !GLUED.contains(word) && !pos.equals("''")
                    && !pos.equals("POS")) {
                text.append(' ');
            }
            if (tokens.size() == firstToken) {
                sentenceStart = text.length();
            }
            newParagraph = false;
            afterOpening = pos.equals("``");
            int start = text.length();
            text.append(word);
            tokens.add(new Token(new Span(start, text.length()), word, pos, lemma(word, pos),
                    rest.length > 1 ? rest[1] : "O"));
        }
        if (tokens.size() > firstToken) {
            sentences.add(new Sentence(new Span(sentenceStart, text.length()), firstToken, tokens.size()));
        }
        List<NamedMention> names = HandAnnotated.names(text.toString(), tokens);
        return new AnnotatedArticle(Article.of("typeset", text.toString()), tokens, sentences, names, List.of());
    }
}
