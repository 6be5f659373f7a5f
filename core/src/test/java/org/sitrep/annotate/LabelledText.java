package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A body with tokens labelled by hand as the CoNLL recogniser labels them, for tests of name recognition that need
 * no models. Each token is written {@code word/POS} or {@code word/POS/LABEL} (LABEL one of {@code PERSON},
 * {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}); tokens are separated by spaces and sentences by
 * {@code " || "}. The body joins tokens by single spaces and sentences by newlines; a token written with a leading
 * {@code ~} follows the one before without a space, as CoreNLP splits "F-16s" into {@code F/NN ~-/: ~16s/NNS},
 * and one written with a leading {@code ^} starts a new line of the same sentence.
 */
record LabelledText(String text, List<Token> tokens, List<Sentence> sentences) {

    static LabelledText of(String labelled) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : labelled.split(" \\|\\| ")) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int first = tokens.size();
            int sentenceStart = text.length();
            for (String t : sentence.trim().split(" ")) {
                boolean glued = t.startsWith("~");
                boolean newLine = t.startsWith("^");
                String[] parts = (glued || newLine ? t.substring(1) : t).split("/");
                if (text.length() > sentenceStart && !glued) {
                    text.append(newLine ? '\n' : ' ');
                }
                int start = text.length();
                text.append(parts[0]);
                tokens.add(new Token(new Span(start, text.length()), parts[0], parts[1], parts[0].toLowerCase(),
                        parts.length > 2 ? parts[2] : "O"));
            }
            sentences.add(new Sentence(new Span(sentenceStart, text.length()), first, tokens.size()));
        }
        return new LabelledText(text.toString(), tokens, sentences);
    }

    /** The words of a name, joined by spaces. */
    String words(NameSpan name) {
        return Gazetteer.words(tokens, name.first(), name.end());
    }

    /** The names as {@code "words:CLASS"}, for assertions. */
    List<String> describe(List<NameSpan> names) {
        return names.stream().map(n -> words(n) + ":" + n.nameClass()).toList();
    }

    /** The recogniser's own names, before any mending. */
    List<NameSpan> labelledRuns() {
        return NameRecognizer.labelledRuns(tokens, sentences);
    }
}
