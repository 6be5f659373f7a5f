package org.sitrep.ingest;

/** An input that could not be read at all; carries the source and the reason. */
public final class IngestException extends RuntimeException {
    private final String source;

    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
