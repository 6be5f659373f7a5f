package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a WARC archive (plain or gzipped) into articles: one per {@code response} record holding an HTML page
 * fetched with status 200, read by {@link HtmlArticleReader} with the record's target URI as its address.
 * Other records (requests, metadata, warcinfo, redirects, images) are passed over. A damaged archive ends in
 * an {@link IngestException}, after the articles before the damage have been delivered.
 */
public final class WarcReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int META_SNIFF = 2048;

    private final HtmlArticleReader htmlReader = new HtmlArticleReader();
    private final TextDecoder decoder = new TextDecoder();

    /** Reads the WARC file at {@code path}. */
    public void read(String source, Path path, ArticleSink sink) {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read WARC: " + e.getMessage(), e);
        }
        read(source, in, sink);
    }

    /**
     * Reads a WARC archive from {@code in} to its end, and closes it. The archive is read as a stream, never
     * through a seekable channel, so that a record cut short at the end is noticed even when it is passed over
     * (a file channel would silently seek past its end).
     */
    public void read(String source, InputStream in, ArticleSink sink) {
        try (org.netpreserve.jwarc.WarcReader records = new org.netpreserve.jwarc.WarcReader(
                Channels.newChannel(new BufferedInputStream(in)))) {
            read(source, records, sink);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read WARC: " + e.getMessage(), e);
        }
    }

    private void read(String source, org.netpreserve.jwarc.WarcReader records, ArticleSink sink) {
        int index = 0;
        int count = 0;
        try {
            for (Optional<WarcRecord> next = next(source, records, count); next.isPresent();
                 next = next(source, records, count)) {
                if (next.get() instanceof WarcResponse response && isHttp(response)
                        && read(source, index, response, sink)) {
                    index++;
                }
                count++;
            }
        } catch (IOException e) {
            throw corrupt(source, count, e);
        }
    }

    /** The next record; jwarc's parser may also fail with an unchecked exception on bytes no WARC holds. */
    private static Optional<WarcRecord> next(String source, org.netpreserve.jwarc.WarcReader records, int count) {
        try {
            return records.next();
        } catch (IOException | RuntimeException e) {
            throw corrupt(source, count, e);
        }
    }

    private static IngestException corrupt(String source, int count, Exception e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : Problem.excerpt(e.getMessage());
        return new IngestException(source, "WARC is truncated or corrupt (" + count + " record"
                + (count == 1 ? "" : "s") + " read): " + what, e);
    }

    /**
     * Hands the article of one HTTP response to the sink; false when it is no HTML page or holds no article. A
     * response that cannot be read is skipped, unless the archive itself ends inside it.
     */
    private boolean read(String source, int index, WarcResponse response, ArticleSink sink) throws IOException {
        String where = source + " " + response.target();
        try {
            return deliver(source, index, response, where, sink);
        } catch (IOException e) {
            // Reading the rest of the record fails when the archive ends inside it; else the archive is sound
            // and only this response is bad.
            response.body().stream().transferTo(OutputStream.nullOutputStream());
            sink.skipped(where, "unreadable HTTP response: " + e.getMessage());
            return false;
        }
    }

    private boolean deliver(String source, int index, WarcResponse response, String where, ArticleSink sink)
            throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || type == null
                || !HTML_TYPES.contains((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        byte[] payload = http.bodyDecoded().stream().readNBytes((int) Ingestor.MAX_DOCUMENT_BYTES + 1);
        if (payload.length > Ingestor.MAX_DOCUMENT_BYTES) {
            sink.skipped(where, "page is over the " + Ingestor.MAX_DOCUMENT_BYTES / 1048576 + " MB limit");
            return false;
        }
        List<Problem> problems = new ArrayList<>();
        String html;
        try {
            html = decode(where, payload, type, problems);
        } catch (IngestException e) {
            sink.skipped(where, "payload is not text");
            return false;
        }
        Optional<Article> article = htmlReader.find(source, index, html, response.target(), problems);
        if (article.isEmpty()) {
            sink.skipped(where, HtmlArticleReader.NO_TEXT);
            return false;
        }
        sink.accept(article.get());
        return true;
    }

    /** Whether the record holds an HTTP exchange (and not, say, a DNS answer). */
    private static boolean isHttp(WarcResponse response) {
        MediaType type = response.contentType();
        return type != null && type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    /**
     * The page text: in the charset that the Content-Type header names, else the one a meta tag names, else
     * as {@link TextDecoder} decides (UTF-8, or Windows-1252 with a problem noted).
     */
    private String decode(String where, byte[] payload, MediaType type, List<Problem> problems) {
        String declared = type.parameters().entrySet().stream().filter(p -> p.getKey().equalsIgnoreCase("charset"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (declared == null) {
            Matcher meta = META_CHARSET.matcher(new String(payload, 0, Math.min(payload.length, META_SNIFF),
                    StandardCharsets.ISO_8859_1));
            declared = meta.find() ? meta.group(1) : null;
        }
        if (declared != null) {
            Optional<Charset> charset = charset(declared);
            if (charset.isPresent()) {
                return new String(payload, charset.get());
            }
            problems.add(new Problem("ingest", "unknown charset '" + declared + "' ignored"));
        }
        TextDecoder.Decoded decoded = decoder.decode(where, payload);
        problems.addAll(decoded.problems());
        return decoded.text();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip().replaceAll("^[\"']|[\"']$", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
