package org.sitrep.ingest;

/** An input that could not be read at all; carries the source and the reason. */
public final class IngestException extends RuntimeException {
    private final String source;
    private final String reason;

    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** Why the input could not be read, without the source. */
    public String reason() {
        return reason;
    }
}
