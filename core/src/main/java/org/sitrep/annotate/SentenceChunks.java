package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the work per sentence: a CoreNLP sentence of more than {@link #MAX_TOKENS} tokens (a table, a list, a
 * text without full stops) is cut into pieces of at most that many, each after a comma, semicolon or colon
 * where one is near. Time tagging and every extractor take time that grows faster than the length of a
 * sentence; with this bound they stay linear in the article.
 */
final class SentenceChunks {
    static final int MAX_TOKENS = 200;
    private static final int LOOK_BACK = 50;

    private SentenceChunks() {
    }

    static List<CoreMap> of(List<CoreMap> sentences) {
        if (sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_TOKENS)) {
            return sentences;
        }
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_TOKENS) {
                out.add(sentence);
                continue;
            }
            int first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int start = 0; start < tokens.size(); ) {
                int end = cut(tokens, start);
                out.add(piece(tokens.subList(start, end), first + start));
                start = end;
            }
        }
        return out;
    }

    /** The end of the piece that starts at {@code start}: after a clause sign in its last stretch if any. */
    private static int cut(List<CoreLabel> tokens, int start) {
        int end = Math.min(start + MAX_TOKENS, tokens.size());
        if (end == tokens.size()) {
            return end;
        }
        for (int i = end - 1; i > end - LOOK_BACK; i--) {
            String word = tokens.get(i).word();
            if (word.equals(",") || word.equals(";") || word.equals(":")) {
                return i + 1;
            }
        }
        return end;
    }

    private static CoreMap piece(List<CoreLabel> tokens, int tokenBegin) {
        CoreMap piece = new ArrayCoreMap();
        piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(tokens.size() - 1).endPosition());
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
        return piece;
    }
}
