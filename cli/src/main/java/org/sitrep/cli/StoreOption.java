package org.sitrep.cli;

import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** The {@code --db} option every store command takes: a JDBC URL, or the path of a SQLite file. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "URL", description = "The database: a JDBC URL (jdbc:sqlite:FILE,"
            + " jdbc:postgresql://HOST:PORT/DB?user=U) or a SQLite file (default: ${DEFAULT-VALUE}).")
    String db = Store.DEFAULT_URL;

    /** The JDBC URL the option names. */
    String url() {
        return db.regionMatches(true, 0, "jdbc:", 0, 5) ? db : "jdbc:sqlite:" + db;
    }

    /** Opens the database, creating it when missing. */
    Store open() {
        return Store.open(url());
    }

    /** Opens a database that must exist already (a SQLite file is not created by a query). */
    Store openExisting() {
        return Store.open(existingUrl());
    }

    /** The URL, once a SQLite file it names is found to exist (a server or a query must not create one). */
    String existingUrl() {
        String url = url();
        if (url.regionMatches(true, 0, "jdbc:sqlite:", 0, 12)) {
            String file = url.substring(12);
            int query = file.indexOf('?');
            file = query >= 0 ? file.substring(0, query) : file;
            if (!file.isEmpty() && !file.equals(":memory:") && !Files.exists(Path.of(file))) {
                throw new StoreException(url, "no such database file; run sitrep ingest first");
            }
        }
        return url;
    }

    /** Runs one query on the existing database; a database error is printed on {@code err} and gives null. */
    <T> T query(PrintWriter err, Function<Store, T> query) {
        try (Store db = openExisting()) {
            return query.apply(db);
        } catch (StoreException e) {
            err.println("sitrep: database " + e.getMessage());
            return null;
        }
    }
}
