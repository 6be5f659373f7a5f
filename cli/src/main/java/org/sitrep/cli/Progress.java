package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The ingest's progress on stderr: on a terminal one line redrawn in place (articles done, articles/s, ETA by
 * files), elsewhere a plain line every ten seconds.
 */
final class Progress {
    private static final long TERMINAL_NANOS = 250_000_000L;
    private static final long PLAIN_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int files;
    private final long start = System.nanoTime();
    private long last = start;
    private int filesDone;
    private int articles;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, int files) {
        this.err = err;
        this.terminal = terminal;
        this.files = files;
    }

    void article() {
        articles++;
        maybeShow();
    }

    void fileDone() {
        filesDone++;
        maybeShow();
    }

    /** Clears the line on a terminal, before other output. */
    void clear() {
        if (terminal && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    private void maybeShow() {
        long now = System.nanoTime();
        if (now - last < (terminal ? TERMINAL_NANOS : PLAIN_NANOS)) {
            return;
        }
        last = now;
        String line = line(now);
        if (terminal) {
            err.print("\r\033[K" + line);
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    private String line(long now) {
        double seconds = (now - start) / 1e9;
        double rate = articles / Math.max(seconds, 1e-9);
        String eta = "?";
        if (filesDone > 0 && files > filesDone) {
            eta = duration(seconds / filesDone * (files - filesDone));
        } else if (files == filesDone) {
            eta = "0s";
        }
        return String.format(Locale.ROOT, "sitrep ingest: %d articles, %d/%d files, %.2f articles/s, ETA %s",
                articles, filesDone, files, rate, eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
