package org.sitrep.annotate;

import java.util.Objects;

/**
 * A name while it is being recognised: the article's tokens {@code [first, end)} and its class.
 */
record NameSpan(int first, int end, NameClass nameClass) implements Comparable<NameSpan> {
    NameSpan {
        Objects.requireNonNull(nameClass, "nameClass");
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("name token range [" + first + ", " + end + ") is empty or negative");
        }
    }

    int length() {
        return end - first;
    }

    NameSpan as(NameClass other) {
        return other == nameClass ? this : new NameSpan(first, end, other);
    }

    @Override
    public int compareTo(NameSpan o) {
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(end, o.end);
    }
}
