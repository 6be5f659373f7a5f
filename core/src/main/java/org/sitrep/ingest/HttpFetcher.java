package org.sitrep.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and pages over HTTP(S) politely: a conditional GET when validators are known, a user agent naming
 * Sitrep, a pause between two requests to the same host, one deadline for the whole answer (a server that
 * trickles its body is cut off) and a size limit on the body.
 */
public final class HttpFetcher {
    /** The user agent sent with every request. */
    public static final String USER_AGENT = "Sitrep/" + org.sitrep.Sitrep.VERSION
            + " (conflict news extraction; polls feeds with conditional GET)";

    /** An answer: its status, body (empty for 304), validators and content type. */
    public record Response(int status, byte[] body, String etag, String lastModified, String contentType) {
        public boolean notModified() {
            return status == 304;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration politeness;
    private final Duration timeout;
    private final long maxBytes;
    private final Map<String, Long> lastRequest = new HashMap<>();

    /**
     * @param politeness the least time between two requests to one host
     * @param timeout    the most time one request may take, body included
     * @param maxBytes   the largest body accepted
     */
    public HttpFetcher(Duration politeness, Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout).build();
        this.politeness = politeness;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Fetches {@code url}, sending {@code If-None-Match} and {@code If-Modified-Since} when {@code etag} or
     * {@code lastModified} is not null. Throws an {@link IOException} saying why no answer came (refused,
     * timed out, body over the limit, not an HTTP URL).
     */
    public Response get(String url, String etag, String lastModified) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IOException("not an http(s) URL: " + url);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        waitForHost(uri.getHost().toLowerCase(Locale.ROOT));
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info -> new Limited(maxBytes));
        try {
            HttpResponse<byte[]> r = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IOException("no complete answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the request's own timeout fired before the wait for the whole answer: the same failure
                throw new IOException("no complete answer within " + timeout.toSeconds() + " s", cause);
            }
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new IOException(message, cause);
        }
    }

    private void waitForHost(String host) throws IOException {
        Long last = lastRequest.get(host);
        long now = System.nanoTime();
        if (last != null) {
            long wait = last + politeness.toNanos() - now;
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    /** Gathers a body, failing as soon as it passes the limit. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> parts = new ArrayList<>();
        private Flow.Subscription subscription;
        private long size;

        Limited(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                size += b.remaining();
                parts.add(b);
            }
            if (size > max) {
                subscription.cancel();
                result.completeExceptionally(new IOException("body is over the " + max / 1048576 + " MB limit"));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            byte[] body = new byte[(int) size];
            int at = 0;
            for (ByteBuffer b : parts) {
                int n = b.remaining();
                b.get(body, at, n);
                at += n;
            }
            result.complete(body);
        }
    }
}
