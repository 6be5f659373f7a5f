package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement as the quote finder sees it in the text, before its speaker is resolved to an actor: what was said,
 * the cue, and the words that name the source at the cue.
 *
 * @param content what was said (see {@link Quote#span()})
 * @param direct  whether it is a quotation (see {@link Quote#direct()})
 * @param cue     the cue ("said", "told", "according to")
 * @param source  the words naming the source ("he", "the ministry", "Rutte"), or null when the cue has none the
 *                finder can see; see {@link #findSource()}
 */
public record Attribution(Span content, boolean direct, Span cue, Span source) {
    public Attribution {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
        if (content.length() == 0) {
            throw new IllegalArgumentException("attribution content at " + content + " is empty");
        }
    }

    /** The words naming the source at the cue, or empty when there are none. */
    public Optional<Span> findSource() {
        return Optional.ofNullable(source);
    }
}
