package org.sitrep.ingest;

import org.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The articles of a list of inputs as a pull stream: a reader thread runs the {@link Ingestor} over the inputs
 * one after the other and hands its items over through a small queue, so that reading a WARC file overlaps with
 * the extraction of what was read before it. No input stops the stream: one that cannot be read becomes a
 * {@link Item.Skipped} failure. Closing the stream early stops the reader.
 */
public final class ArticleStream implements Iterator<Item>, AutoCloseable {
    /** The input name that stands for standard input. */
    public static final String STDIN = "-";

    private static final int QUEUE = 64;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile boolean closed;
    private Object next;

    /**
     * Starts reading {@code inputs} (paths of files, or {@link #STDIN} for {@code stdin}) with {@code ingestor}.
     */
    public ArticleStream(Ingestor ingestor, List<String> inputs, InputStream stdin) {
        reader = new Thread(() -> readAll(ingestor, List.copyOf(inputs), stdin), "sitrep-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(Ingestor ingestor, List<String> inputs, InputStream stdin) {
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                put(new Item.Read(article));
            }

            @Override
            public void skipped(String source, String reason) {
                put(new Item.Skipped(source, reason, false));
            }
        };
        try {
            for (String input : inputs) {
                try {
                    if (input.equals(STDIN)) {
                        ingestor.read(STDIN, stdin.readNBytes((int) Ingestor.MAX_DOCUMENT_BYTES + 1), sink);
                    } else {
                        ingestor.read(Path.of(input), sink);
                    }
                } catch (IngestException e) {
                    put(new Item.Skipped(e.source(), e.reason(), true));
                } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
                    put(new Item.Skipped(input, "cannot read: " + e.getMessage(), true));
                }
                put(new Item.InputDone(input));
            }
            put(END);
        } catch (Stopped e) {
            // closed early: nobody reads any more
        }
    }

    private void put(Object item) {
        if (closed) {
            throw new Stopped();
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next article", e);
            }
        }
        return next != END;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = (Item) next;
        next = null;
        return item;
    }

    /** Stops the reader if it is still reading. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }

    /** Unwinds the reader thread when the stream is closed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
