package org.sitrep.ingest;

import org.sitrep.model.Article;
import org.sitrep.model.Problem;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input into articles, choosing the reader by the file's name and, failing that, by its first bytes:
 * WARC (plain or gzipped), JSON Lines, RSS/Atom feeds, HTML pages, and plain wire text.
 */
public final class Ingestor {

    /** The largest single text, HTML or feed input read whole; WARC and JSON Lines are streamed and unlimited. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /**
     * The longest article body extracted, in characters (about 1 MB of text, 150,000 words): a longer body is
     * cut at a paragraph break before it, with a problem on the article.
     */
    public static final int MAX_ARTICLE_CHARS = 1_000_000;

    /** What may come before a document's first element: whitespace, processing instructions, comments. */
    private static final String PREAMBLE = "(?:\\s|<\\?[^>]{0,500}\\?>|<!--(?:[^-]|-(?!->)){0,5000}-->)*";
    /** A feed is recognised through a DOCTYPE, which {@link FeedReader} then ignores. */
    private static final Pattern FEED = Pattern.compile("(?is)^" + PREAMBLE
            + "(?:" + FeedReader.DOCTYPE + PREAMBLE + ")?<(rss|feed|rdf:RDF)\\b");
    private static final Pattern HTML = Pattern.compile("(?is)^" + PREAMBLE
            + "<(!doctype html|html|head|body|article|div|p)\\b");

    private final LocalDate defaultDate;
    private final TextDecoder decoder = new TextDecoder();
    private final WireTextSplitter wireText = new WireTextSplitter();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final WarcReader warc = new WarcReader();
    private final FeedReader feeds = new FeedReader();

    /** @param defaultDate the publication date of articles whose source gives none; may be null */
    public Ingestor(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    /** Reads the file at {@code path}, or throws an {@link IngestException} saying why it cannot. */
    public void read(Path path, ArticleSink sink) {
        String source = path.toString();
        guarded(source, sink, guardedSink -> readFile(source, path, guardedSink));
    }

    private void readFile(String source, Path path, ArticleSink sink) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.isRegularFile(path)) {
                throw new IngestException(source, Files.exists(path) ? "not a regular file" : "no such file");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new IngestException(source, "empty file");
            }
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                warc.read(source, path, sink);
                return;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
                try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    jsonLines.read(source, in, sink);
                }
                return;
            }
            byte[] head = new byte[8];
            try (InputStream in = Files.newInputStream(path)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                    readGzip(source, path, sink);
                    return;
                }
                if (n >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("WARC/")) {
                    warc.read(source, path, sink);
                    return;
                }
            }
            if (size > MAX_DOCUMENT_BYTES) {
                throw new IngestException(source, String.format(Locale.ROOT,
                        "file is %.1f MB, over the %d MB limit for one text, HTML or feed document"
                                + " (split it, or use JSON Lines or WARC, which are streamed)",
                        size / 1048576.0, MAX_DOCUMENT_BYTES / 1048576));
            }
            read(source, Files.readAllBytes(path), sink);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one input from a stream (a file of a distributed filesystem, say), choosing the reader by the
     * source's name and the first bytes as {@link #read(Path, ArticleSink)} does: WARC and JSON Lines (plain or
     * gzipped) are streamed, any other input is read whole up to {@link #MAX_DOCUMENT_BYTES}. Closes the stream.
     */
    public void read(String source, InputStream input, ArticleSink sink) {
        guarded(source, sink, guardedSink -> readStream(source, input, guardedSink));
    }

    private void readStream(String source, InputStream input, ArticleSink sink) {
        String name = source.toLowerCase(Locale.ROOT);
        try (InputStream raw = new BufferedInputStream(input)) {
            boolean gzip = startsWith(raw, new byte[] {0x1F, (byte) 0x8B});
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw)) : raw;
            if (name.endsWith(".warc") || name.endsWith(".warc.gz") || startsWith(in, WARC_MAGIC)) {
                warc.read(source, in, sink);
            } else if (name.matches(".*\\.(jsonl|ndjson|jsonlines)(\\.gz)?$")) {
                jsonLines.read(source, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sink);
            } else {
                byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                if (bytes.length > MAX_DOCUMENT_BYTES) {
                    throw new IngestException(source, "over the " + MAX_DOCUMENT_BYTES / 1048576 + " MB limit for"
                            + " one text, HTML or feed document (split it, or use JSON Lines or WARC, which are streamed)");
                }
                readBytes(source, bytes, sink);
            }
        } catch (IOException e) {
            throw new IngestException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** Whether a marked stream starts with {@code prefix}; the stream is reset to where it was. */
    private static boolean startsWith(InputStream in, byte[] prefix) throws IOException {
        in.mark(prefix.length);
        byte[] head = in.readNBytes(prefix.length);
        in.reset();
        return java.util.Arrays.equals(head, prefix);
    }

    /** Reads a whole input held in memory (standard input, a test fixture). */
    public void read(String source, byte[] bytes, ArticleSink sink) {
        guarded(source, sink, guardedSink -> readBytes(source, bytes, guardedSink));
    }

    private void readBytes(String source, byte[] bytes, ArticleSink sink) {
        if (bytes.length == 0) {
            throw new IngestException(source, "empty input");
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new IngestException(source, "input is over the " + MAX_DOCUMENT_BYTES / 1048576 + " MB limit");
        }
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("WARC/")) {
            warc.read(source, new ByteArrayInputStream(bytes), sink);
            return;
        }
        TextDecoder.Decoded decoded = decoder.decode(source, bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IngestException(source, "no text (only whitespace)");
        }
        String start = text.stripLeading();
        if (FEED.matcher(start).lookingAt()) {
            feeds.read(source, bytes, sink);
        } else if (HTML.matcher(start).lookingAt()) {
            sink.accept(html.read(source, 0, text, null));
        } else if (start.startsWith("{")) {
            jsonLines.read(source, new BufferedReader(new StringReader(text)), sink);
        } else {
            var articles = wireText.split(source, text, defaultDate, decoded.problems());
            if (articles.isEmpty()) {
                throw new IngestException(source, "no article text (only boilerplate or headings)");
            }
            articles.forEach(sink::accept);
        }
    }

    private void readGzip(String source, Path path, ArticleSink sink) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            byte[] head = in.readNBytes(5);
            if (new String(head, StandardCharsets.US_ASCII).equals("WARC/")) {
                warc.read(source, path, sink);
                return;
            }
            byte[] rest = in.readNBytes((int) MAX_DOCUMENT_BYTES);
            if (in.read() >= 0) {
                throw new IngestException(source, "gzip inflates past the " + MAX_DOCUMENT_BYTES / 1048576
                        + " MB limit for one text, HTML or feed document (" + Files.size(path) + " bytes compressed)");
            }
            byte[] all = new byte[head.length + rest.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            readBytes(source, all, sink);
        }
    }

    /**
     * Runs one reading so that no input stops a run: any failure of the readers, a stack overflow among them,
     * becomes an {@link IngestException} naming the source; a failure of the sink itself (the store, say)
     * passes through unchanged. An article in another language than English is skipped with the reason
     * ({@link LanguageCheck}); every other one is cut to {@link #MAX_ARTICLE_CHARS} (with a problem noted) and,
     * when undated, given the default date before the sink sees it.
     */
    private void guarded(String source, ArticleSink sink, Consumer<ArticleSink> reading) {
        ArticleSink guardedSink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                String notEnglish = LanguageCheck.notEnglish(article.text());
                if (notEnglish != null) {
                    sink.skipped(article.source() + " article " + article.index(), "not English: " + notEnglish);
                    return;
                }
                Article prepared = article.withBodyLimit(MAX_ARTICLE_CHARS).withDefaultDate(defaultDate);
                try {
                    sink.accept(prepared);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void skipped(String where, String reason) {
                sink.skipped(where, reason);
            }
        };
        try {
            reading.accept(guardedSink);
        } catch (SinkFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (IngestException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new IngestException(source, "reading failed: " + Problem.describe(e), e);
        }
    }

    /** Carries a sink's own failure through {@link #guarded} untouched. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }
}
