package org.sitrep.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * What the last fetch of a URL (a feed or an article page) left to know: the validators for a conditional GET,
 * the hash of the body and of the feed item that pointed to it, and how many fetches in a row have failed.
 *
 * @param url          the URL fetched
 * @param etag         the server's {@code ETag}, or null
 * @param lastModified the server's {@code Last-Modified}, or null
 * @param contentHash  SHA-256 of the last body received, or null
 * @param itemHash     SHA-256 of the feed item that last pointed to this page, or null
 * @param checked      when it was last fetched
 * @param status       the last HTTP status, or 0 when no answer came
 * @param failures     fetches in a row that failed (0 after a success)
 * @param incomplete   (a feed) some of its items' pages could not be fetched for a reason that may pass (no
 *                     answer, a server error), so the feed is read again in full next time even if unchanged
 */
public record FetchState(String url, String etag, String lastModified, String contentHash, String itemHash,
                         Instant checked, int status, int failures, boolean incomplete) {
    public FetchState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checked, "checked");
    }

    /** The same state, marked incomplete. */
    public FetchState asIncomplete() {
        return new FetchState(url, etag, lastModified, contentHash, itemHash, checked, status, failures, true);
    }

    /** Whether the last fetch failed. */
    public boolean failed() {
        return failures > 0;
    }
}
