package org.sitrep.places.build;

/** The gazetteer could not be built: a package could not be fetched, or its data could not be read. */
public final class GazetteerBuildException extends RuntimeException {
    public GazetteerBuildException(String message) {
        super(message);
    }

    public GazetteerBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
