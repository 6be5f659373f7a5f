package org.sitrep.model;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement the article attributes to someone: a direct quote (one sentence or several paragraphs), or reported
 * speech ("Rutte said that a peace deal ... would empower China"), which may hold partial quotes.
 *
 * @param span    the words said: a direct quote with its quotation marks, reported speech from its first word
 *                ("that" included) to its last, without the sentence's final stop
 * @param text    the covered text
 * @param direct  whether the statement is a quotation: at least half of its letters stand inside quotation marks
 * @param cueSpan where the cue stands ("said", "told", "according to"); for a quote continued from an earlier
 *                paragraph or sentence, the cue that opened it
 * @param cue     the cue's text
 * @param speaker who said it, or null when the cue names no one Sitrep can find; see {@link #findSpeaker()}
 */
public record Quote(Span span, String text, boolean direct, Span cueSpan, String cue, Speaker speaker) {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cueSpan, "cueSpan");
        Objects.requireNonNull(cue, "cue");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("quote text has length " + text.length() + " but its span " + span
                    + " has length " + span.length());
        }
        if (cue.length() != cueSpan.length()) {
            throw new IllegalArgumentException("cue '" + cue + "' has length " + cue.length() + " but its span "
                    + cueSpan + " has length " + cueSpan.length());
        }
        if (span.length() == 0) {
            throw new IllegalArgumentException("quote at " + span + " is empty");
        }
    }

    /** Who said it, or empty when the cue names no one Sitrep can find. */
    public Optional<Speaker> findSpeaker() {
        return Optional.ofNullable(speaker);
    }

    /** Who said it; throws, naming the quote and its cue, when no speaker was found. */
    public Speaker requireSpeaker() {
        if (speaker == null) {
            throw new NoSuchElementException("no speaker for the quote at " + span + " (cue '" + cue + "' at "
                    + cueSpan + ")");
        }
        return speaker;
    }
}
