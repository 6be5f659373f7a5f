package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.List;

/**
 * One gold attribution of a PolNeAR file: the spans of its content, source and cue, each possibly in several
 * fragments (a content interrupted by its cue, or running over paragraphs).
 *
 * @param content the content fragments, in text order; never empty
 * @param source  the source fragments, in text order; empty when the attribution has no source
 * @param cue     the cue fragments, in text order; empty when the attribution has no cue
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("gold attribution has no content (source " + source + ", cue " + cue
                    + ")");
        }
    }

    /** From the start of the first content fragment to the end of the last. */
    public Span extent() {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Span s : content) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return new Span(start, end);
    }

    /** Whether {@code span} overlaps a content fragment. */
    public boolean overlaps(Span span) {
        return content.stream().anyMatch(s -> s.overlaps(span));
    }

    /** The characters {@code span} shares with the content fragments. */
    public int overlap(Span span) {
        int shared = 0;
        for (Span s : content) {
            shared += Math.max(0, Math.min(s.end(), span.end()) - Math.max(s.start(), span.start()));
        }
        return shared;
    }
}
