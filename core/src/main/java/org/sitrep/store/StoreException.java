package org.sitrep.store;

/** A database that cannot be opened, read or written; the message names the database and says why. */
public final class StoreException extends RuntimeException {
    private final String database;

    public StoreException(String database, String reason) {
        super(database + ": " + reason);
        this.database = database;
    }

    public StoreException(String database, String reason, Throwable cause) {
        super(database + ": " + reason, cause);
        this.database = database;
    }

    /** The database's JDBC URL, without credentials. */
    public String database() {
        return database;
    }
}
