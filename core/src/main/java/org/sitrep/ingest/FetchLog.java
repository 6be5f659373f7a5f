package org.sitrep.ingest;

import java.util.Optional;

/** Where a watcher keeps what it fetched, so that a restart goes on where it stopped (the store keeps it). */
public interface FetchLog {
    /** What the last fetch of {@code url} left, if it was ever fetched. */
    Optional<FetchState> fetchState(String url);

    /** Records a fetch, replacing what was kept for its URL. */
    void putFetchState(FetchState state);
}
