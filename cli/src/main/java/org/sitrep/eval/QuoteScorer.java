package org.sitrep.eval;

import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores predicted quotes against gold attributions, in the manner of Citron's evaluation (BBC): a predicted quote
 * matches by overlap when it overlaps some fragment of a gold content, and exactly when its span equals a gold
 * content's extent or one of its fragments, both with surrounding white space and the punctuation {@code .,;:}
 * trimmed. Precision counts the predicted quotes that match some gold content, recall the gold contents that some
 * predicted quote matches (several predictions may match one gold content). A matched quote's speaker is judged
 * against the gold attribution it overlaps most, when that one has a source: it is right when the speaker's span,
 * or a mention of the speaker's entity, overlaps the gold source. A gold content is direct when at least half of its
 * letters stand inside double quotation marks (typographic, straight, or doubled apostrophes); a predicted quote is
 * direct as it says.
 */
public final class QuoteScorer {

    /** The alignment of {@code predicted} with {@code gold} in {@code text}; {@code entities} are the prediction's. */
    public QuoteAlignment align(String text, List<GoldAttribution> gold, List<Quote> predicted, List<Entity> entities) {
        boolean[] goldOverlapped = new boolean[gold.size()];
        boolean[] goldExact = new boolean[gold.size()];
        int[] direct = new int[8];
        int[] indirect = new int[8];
        List<QuoteAlignment.Judged> judged = new ArrayList<>();
        for (Quote q : predicted) {
            GoldAttribution best = null;
            int bestOverlap = 0;
            boolean exact = false;
            Span trimmed = trim(text, q.span());
            for (int g = 0; g < gold.size(); g++) {
                GoldAttribution ga = gold.get(g);
                int overlap = ga.overlap(q.span());
                if (overlap == 0) {
                    continue;
                }
                goldOverlapped[g] = true;
                if (overlap > bestOverlap) {
                    best = ga;
                    bestOverlap = overlap;
                }
                if (matchesExactly(text, ga, trimmed)) {
                    goldExact[g] = true;
                    exact = true;
                }
            }
            Boolean speaker = null;
            if (best != null && !best.source().isEmpty()) {
                speaker = speakerRight(q, best, entities);
            }
            int[] counts = q.direct() ? direct : indirect;
            counts[1]++;
            counts[3] += best != null ? 1 : 0;
            counts[5] += exact ? 1 : 0;
            counts[6] += speaker != null ? 1 : 0;
            counts[7] += Boolean.TRUE.equals(speaker) ? 1 : 0;
            judged.add(new QuoteAlignment.Judged(q, best, exact, speaker));
        }
        List<GoldAttribution> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int[] counts = isDirect(text, gold.get(g)) ? direct : indirect;
            counts[0]++;
            counts[2] += goldOverlapped[g] ? 1 : 0;
            counts[4] += goldExact[g] ? 1 : 0;
            if (!goldOverlapped[g]) {
                missed.add(gold.get(g));
            }
        }
        return new QuoteAlignment(judged, missed, new QuoteScore(1, counts(direct), counts(indirect)));
    }

    private static QuoteCounts counts(int[] c) {
        return new QuoteCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static boolean matchesExactly(String text, GoldAttribution gold, Span trimmed) {
        if (trim(text, gold.extent()).equals(trimmed)) {
            return true;
        }
        for (Span fragment : gold.content()) {
            if (trim(text, fragment).equals(trimmed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean speakerRight(Quote q, GoldAttribution gold, List<Entity> entities) {
        if (q.speaker() == null) {
            return false;
        }
        List<Span> candidates = new ArrayList<>();
        candidates.add(q.speaker().span());
        if (q.speaker().entity() != null) {
            for (Entity e : entities) {
                if (e.id().equals(q.speaker().entity())) {
                    e.mentions().stream().map(Mention::span).forEach(candidates::add);
                }
            }
        }
        for (Span source : gold.source()) {
            for (Span c : candidates) {
                if (c.overlaps(source)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The span without surrounding white space and {@code .,;:}. */
    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || ".,;:".indexOf(c) >= 0;
    }

    /** Whether at least half of the letters of a gold content stand inside double quotation marks. */
    static boolean isDirect(String text, GoldAttribution gold) {
        int letters = 0;
        int quoted = 0;
        for (Span fragment : gold.content()) {
            boolean inside = false;
            for (int i = fragment.start(); i < fragment.end(); i++) {
                char c = text.charAt(i);
                if (i + 1 < fragment.end() && (text.startsWith("''", i) || text.startsWith("``", i))) {
                    inside = c == '`' || !inside; // doubled apostrophes or backquotes, as some archives write marks
                    i++;
                } else if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                    inside = true;
                } else if (c == '\u201D' || c == '\u00BB') {
                    inside = false;
                } else if (c == '"') {
                    inside = !inside;
                } else if (Character.isLetterOrDigit(c)) {
                    letters++;
                    quoted += inside ? 1 : 0;
                }
            }
        }
        return letters > 0 && 2 * quoted >= letters;
    }
}
