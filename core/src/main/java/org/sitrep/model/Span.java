package org.sitrep.model;

/**
 * A stretch of an article's body: 0-based, half-open UTF-16 {@code char} offsets, so that
 * {@code article.text().substring(start, end)} is the covered text. Every fact points into the body this way.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " is negative");
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code body}; throws when the span does not lie inside it. */
    public String of(String body) {
        if (end > body.length()) {
            throw new IllegalArgumentException("span end " + end + " is past body length " + body.length());
        }
        return body.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
