package org.sitrep.eval;

/** A CoNLL file that cannot be read as one: says the file and the line. */
public final class ConllFormatException extends RuntimeException {
    public ConllFormatException(String source, int line, String message) {
        super(source + ": line " + line + ": " + message);
    }
}
