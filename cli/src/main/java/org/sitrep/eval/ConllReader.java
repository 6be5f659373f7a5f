package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line, its columns separated by spaces or tabs, the first the token and the
 * last its entity tag; a blank line ends a sentence; a {@code -DOCSTART-} line starts a new document. The
 * columns between (part of speech, chunk) are ignored. A file need not open with {@code -DOCSTART-}.
 */
public final class ConllReader {

    private static final String DOCSTART = "-DOCSTART-";

    /** The documents of a file; throws {@link ConllFormatException} naming the line that is not CoNLL. */
    public List<ConllDocument> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The documents of CoNLL text; {@code source} names it in error messages. */
    public List<ConllDocument> read(String source, String text) {
        try {
            return read(source, new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ConllDocument> read(String source, BufferedReader in) throws IOException {
        List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                endSentence(tokens, tags, sentences);
                continue;
            }
            String[] columns = trimmed.split("[ \t]+");
            if (columns[0].equals(DOCSTART)) {
                endSentence(tokens, tags, sentences);
                endDocument(sentences, documents);
                continue;
            }
            if (columns.length < 2) {
                throw new ConllFormatException(source, lineNumber, "expected a token and a tag, found '" + trimmed + "'");
            }
            String tag = columns[columns.length - 1];
            if (!tag.equals("O") && !tag.matches("[BIES]-\\S+")) {
                throw new ConllFormatException(source, lineNumber, "tag '" + tag + "' is neither O nor B-, I-, E-, S- with a type");
            }
            tokens.add(columns[0]);
            tags.add(tag);
        }
        endSentence(tokens, tags, sentences);
        endDocument(sentences, documents);
        return documents;
    }

    private static void endSentence(List<String> tokens, List<String> tags, List<ConllSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    private static void endDocument(List<ConllSentence> sentences, List<ConllDocument> documents) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(documents.size(), sentences));
            sentences.clear();
        }
    }
}
