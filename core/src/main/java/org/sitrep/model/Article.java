package org.sitrep.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its clean body text and what is known about it. The body is the one source of truth:
 * every fact about the article points into {@link #text()} by {@link Span}.
 *
 * @param source    where it was read from (a path, {@code -} for stdin, or a URL inside a WARC)
 * @param index     0-based position of the article within its source
 * @param title     the headline, or null
 * @param published the publication date, or null when neither the source nor the caller gives one
 * @param dateline  the dateline, or null
 * @param headings  section headings, in body order
 * @param text      the clean body: paragraphs separated by a blank line
 * @param url       the article's URL, or null
 * @param byline    the author(s), or null
 * @param problems  what went wrong while reading it without stopping it
 */
public record Article(String source, int index, String title, LocalDate published, Dateline dateline,
                      List<Heading> headings, String text, String url, String byline, List<Problem> problems) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("article index " + index + " is negative (source " + source + ")");
        }
        headings = List.copyOf(headings);
        problems = List.copyOf(problems);
        for (Heading h : headings) {
            if (h.offset() > text.length()) {
                throw new IllegalArgumentException("heading offset " + h.offset() + " is past body length "
                        + text.length() + " (source " + source + ", article " + index + ")");
            }
        }
    }

    /** A bare article: body and source only. */
    public static Article of(String source, String text) {
        return new Article(source, 0, null, null, null, List.of(), text, null, null, List.of());
    }

    public Optional<LocalDate> findPublished() {
        return Optional.ofNullable(published);
    }

    /** The same article with its publication date set, when it has none. */
    public Article withDefaultDate(LocalDate date) {
        if (published != null || date == null) {
            return this;
        }
        return new Article(source, index, title, date, dateline, headings, text, url, byline, problems);
    }

    /** The same article with its URL set, when it has none. */
    public Article withUrl(String url) {
        if (this.url != null || url == null) {
            return this;
        }
        return new Article(source, index, title, published, dateline, headings, text, url, byline, problems);
    }

    /** The same article with its title set, when it has none. */
    public Article withDefaultTitle(String title) {
        if (this.title != null || title == null) {
            return this;
        }
        return new Article(source, index, title, published, dateline, headings, text, url, byline, problems);
    }

    /**
     * The same article with its body cut to at most {@code maxChars} characters: at the last paragraph break
     * before the limit, else the last line or word break, with a problem saying so; the article itself when it
     * is short enough. Headings after the cut go with it.
     */
    public Article withBodyLimit(int maxChars) {
        if (text.length() <= maxChars) {
            return this;
        }
        int cut = text.lastIndexOf("\n\n", maxChars);
        String at = "a paragraph break";
        if (cut < maxChars / 2) {
            cut = Math.max(text.lastIndexOf('\n', maxChars), text.lastIndexOf(' ', maxChars));
            at = "a line or word break";
        }
        if (cut < maxChars / 2) {
            cut = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
            at = "the limit";
        }
        int end = cut;
        List<Heading> kept = headings.stream().filter(h -> h.offset() <= end).toList();
        List<Problem> noted = new ArrayList<>(problems);
        noted.add(new Problem("ingest", String.format(Locale.ROOT,
                "body is %,d characters, over the %,d-character limit for one article: cut at %s after %,d characters",
                text.length(), maxChars, at, end)));
        return new Article(source, index, title, published, dateline, kept, text.substring(0, end).stripTrailing(),
                url, byline, noted);
    }

    /** The text a span covers, checking that the span lies inside the body. */
    public String textOf(Span span) {
        requireInBody(span, "span");
        return text.substring(span.start(), span.end());
    }

    /** Throws, naming the fact and the article, when {@code span} does not lie inside the body. */
    public void requireInBody(Span span, String fact) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(fact + " end " + span.end() + " is past body length " + text.length()
                    + " (source " + source + ", article " + index + ")");
        }
    }
}
