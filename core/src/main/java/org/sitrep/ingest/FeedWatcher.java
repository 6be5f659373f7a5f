package org.sitrep.ingest;

import org.sitrep.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One polling cycle over feeds (RSS/Atom, by URL or file) and lists of article URLs: fetches each feed with a
 * conditional GET, then each item's page that is new or whose item changed, and hands out the articles read from
 * them. What was fetched is returned, not recorded: the caller records it in the {@link FetchLog} once the
 * articles are stored, so that a run stopped at any point fetches again what it had not stored, and the store
 * (which keeps one article per URL) never holds an item twice.
 *
 * <p>A URL whose fetch failed is left alone for a while, longer after each failure in a row: one cycle after the
 * first, then two, four, up to 32.
 */
public final class FeedWatcher {
    private static final Pattern HTTP = Pattern.compile("(?i)^https?://\\S+$");
    private static final int MAX_BACKOFF_CYCLES = 32;

    /** What a cycle found: the items to ingest, the fetches to record once they are stored, and counts. */
    public record Cycle(List<Item> items, List<FetchState> fetched, Counts counts) {
    }

    /**
     * Counts of a cycle: sources polled, of them not modified and failed; items in the feeds, of them known
     * (unchanged since their page was read), pages fetched, not modified, and failed; URLs left alone after failures.
     */
    public record Counts(int sources, int sourcesNotModified, int sourcesFailed, int items, int known, int pages,
                         int pagesNotModified, int pagesFailed, int backingOff) {
    }

    private final HttpFetcher fetcher;
    private final FetchLog log;
    private final Ingestor ingestor;
    private final FeedReader feeds = new FeedReader();
    private final Duration every;
    private final Clock clock;

    /**
     * @param every the time between two cycles, which sets the back-off after failures
     */
    public FeedWatcher(HttpFetcher fetcher, FetchLog log, Ingestor ingestor, Duration every, Clock clock) {
        this.fetcher = fetcher;
        this.log = log;
        this.ingestor = ingestor;
        this.every = every;
        this.clock = clock;
    }

    /** Polls every source once. */
    public Cycle poll(List<String> sources) {
        return new Run().poll(sources);
    }

    /** The state of one cycle. */
    private final class Run {
        final Instant now = clock.instant();
        final List<Item> items = new ArrayList<>();
        final List<FetchState> fetched = new ArrayList<>();
        int sourcesNotModified;
        int sourcesFailed;
        int entries;
        int known;
        int pages;
        int pagesNotModified;
        int pagesFailed;
        int backingOff;
        int transientFailures;

        Cycle poll(List<String> sources) {
            for (String source : sources) {
                pollSource(source);
                items.add(new Item.InputDone(source));
            }
            return new Cycle(List.copyOf(items), List.copyOf(fetched), new Counts(sources.size(), sourcesNotModified,
                    sourcesFailed, entries, known, pages, pagesNotModified, pagesFailed, backingOff));
        }

        private void pollSource(String source) {
            byte[] body;
            if (HTTP.matcher(source).matches()) {
                Optional<FetchState> before = log.fetchState(source);
                if (backingOff(source, before)) {
                    return;
                }
                // a feed some of whose pages failed for a passing reason is read in full again, to retry them
                Fetched got = fetch(source, before.filter(s -> !s.incomplete()), null);
                if (got.failure != null) {
                    sourcesFailed++;
                    items.add(new Item.Skipped(source, got.failure, false));
                    return;
                }
                if (got.body == null) {
                    sourcesNotModified++;
                    return;
                }
                body = got.body;
            } else {
                try {
                    body = Files.readAllBytes(Path.of(source));
                } catch (IOException | RuntimeException e) {
                    sourcesFailed++;
                    items.add(new Item.Skipped(source, "cannot read: " + e.getMessage(), true));
                    return;
                }
            }
            int feedState = fetched.size() - 1;
            boolean fetchedNow = feedState >= 0 && fetched.get(feedState).url().equals(source);
            int failedBefore = transientFailures;
            if (!readSource(source, body) && fetchedNow) {
                // not a feed: no validators or hash kept, so that it is read (and reported) again next time
                FetchState s = fetched.get(feedState);
                fetched.set(feedState, new FetchState(source, null, null, null, null, s.checked(), s.status(),
                        log.fetchState(source).map(FetchState::failures).orElse(0) + 1, false));
            } else if (transientFailures > failedBefore && fetchedNow) {
                fetched.set(feedState, fetched.get(feedState).asIncomplete());
            }
        }

        /**
         * A feed's items, or a list of URLs (one per line, {@code #} comments), else a skip saying why (and
         * false).
         */
        private boolean readSource(String source, byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (!lines.isEmpty() && lines.stream().allMatch(l -> HTTP.matcher(l).matches())) {
                entries += lines.size();
                lines.forEach(url -> page(url, null, null));
                return true;
            }
            List<FeedReader.Entry> found;
            try {
                found = feeds.entries(source, body);
            } catch (IngestException e) {
                sourcesFailed++;
                items.add(new Item.Skipped(source, "neither a feed nor a list of URLs: " + e.reason(), true));
                return false;
            } catch (RuntimeException | StackOverflowError e) {
                sourcesFailed++;
                items.add(new Item.Skipped(source, "not a valid feed: " + org.sitrep.model.Problem.describe(e), true));
                return false;
            }
            entries += found.size();
            for (FeedReader.Entry entry : found) {
                if (entry.link() != null && HTTP.matcher(entry.link()).matches()) {
                    page(entry.link(), entry.hash(), entry);
                } else if (entry.article() != null) {
                    items.add(new Item.Read(entry.article()));
                } else {
                    items.add(new Item.Skipped(source + " item " + entry.item(), "no link and no text", false));
                }
            }
            return true;
        }

        /** The article of one page, fetched when it is new, changed in its feed, or listed by URL. */
        private void page(String url, String itemHash, FeedReader.Entry entry) {
            Optional<FetchState> before = log.fetchState(url);
            if (itemHash != null && before.isPresent() && !before.get().failed()
                    && itemHash.equals(before.get().itemHash())) {
                known++;
                return;
            }
            if (backingOff(url, before)) {
                return;
            }
            pages++;
            Fetched got = fetch(url, before, itemHash);
            if (got.failure != null) {
                pagesFailed++;
                if (got.passing) {
                    transientFailures++;
                }
                items.add(new Item.Skipped(url, got.failure, false));
                return;
            }
            if (got.body == null) {
                pagesNotModified++;
                return;
            }
            List<Item> read = new ArrayList<>();
            try {
                ingestor.read(url, got.body, new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        read.add(new Item.Read(completed(article, url, entry)));
                    }

                    @Override
                    public void skipped(String source, String reason) {
                        read.add(new Item.Skipped(source, reason, false));
                    }
                });
            } catch (IngestException e) {
                read.add(new Item.Skipped(url, e.reason(), false));
            }
            if (read.stream().noneMatch(i -> i instanceof Item.Read) && entry != null && entry.article() != null) {
                read.add(new Item.Read(entry.article()));
            }
            items.addAll(read);
        }

        private Article completed(Article article, String url, FeedReader.Entry entry) {
            Article a = article.withUrl(url);
            if (entry != null && entry.article() != null) {
                a = a.withDefaultTitle(entry.article().title()).withDefaultDate(entry.article().published());
            }
            if (entry != null && entry.updated() != null) {
                a = a.withDefaultDate(entry.updated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            }
            return a;
        }

        /** A fetch's body (null when not modified or unchanged) or its failure; the new state is kept. */
        private Fetched fetch(String url, Optional<FetchState> before, String itemHash) {
            String etag = before.map(FetchState::etag).orElse(null);
            String lastModified = before.map(FetchState::lastModified).orElse(null);
            int failures = before.map(FetchState::failures).orElse(0);
            String oldHash = before.map(FetchState::contentHash).orElse(null);
            try {
                HttpFetcher.Response r = fetcher.get(url, etag, lastModified);
                if (r.notModified()) {
                    fetched.add(new FetchState(url, etag, lastModified, oldHash, itemHash, now, 304, 0, false));
                    return Fetched.body(null);
                }
                if (!r.ok()) {
                    fetched.add(new FetchState(url, etag, lastModified, oldHash, itemHash, now, r.status(),
                            failures + 1, false));
                    return new Fetched(null, "HTTP " + r.status(), r.status() >= 500 || r.status() == 429);
                }
                String hash = Hashes.sha256(r.body());
                fetched.add(new FetchState(url, r.etag(), r.lastModified(), hash, itemHash, now, r.status(), 0, false));
                return Fetched.body(hash.equals(oldHash) ? null : r.body());
            } catch (IOException e) {
                fetched.add(new FetchState(url, etag, lastModified, oldHash, itemHash, now, 0, failures + 1, false));
                return new Fetched(null, "fetch failed: " + e.getMessage(), true);
            }
        }

        private boolean backingOff(String url, Optional<FetchState> state) {
            if (state.isEmpty() || !state.get().failed()) {
                return false;
            }
            int cycles = 1 << Math.min(state.get().failures() - 1, Integer.numberOfTrailingZeros(MAX_BACKOFF_CYCLES));
            Instant retry = state.get().checked().plus(every.multipliedBy(cycles));
            if (now.isBefore(retry)) {
                backingOff++;
                items.add(new Item.Skipped(url, String.format(Locale.ROOT,
                        "left alone after %d failed fetches in a row (last: %s) until %s", state.get().failures(),
                        state.get().status() == 0 ? "no answer" : "HTTP " + state.get().status(), retry), false));
                return true;
            }
            return false;
        }
    }

    /** A body (null when not modified), or a failure and whether it may pass (no answer, a server error). */
    private record Fetched(byte[] body, String failure, boolean passing) {
        static Fetched body(byte[] body) {
            return new Fetched(body, null, false);
        }
    }
}
