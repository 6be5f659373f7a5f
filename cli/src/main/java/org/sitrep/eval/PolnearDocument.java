package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article read for scoring: its text as distributed and the gold attributions of one annotator, with
 * spans pointing into that text.
 *
 * @param source    the text file it was read from
 * @param text      the text, unchanged, so that the gold offsets hold
 * @param published the publication date from the corpus metadata, or null
 * @param gold      the attributions, in order of their content
 */
public record PolnearDocument(String source, String text, LocalDate published, List<GoldAttribution> gold) {
    public PolnearDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (GoldAttribution g : gold) {
            for (List<Span> spans : List.of(g.content(), g.source(), g.cue())) {
                for (Span s : spans) {
                    if (s.end() > text.length()) {
                        throw new IllegalArgumentException("gold span end " + s.end() + " is past text length "
                                + text.length() + " (" + source + ")");
                    }
                }
            }
        }
    }

    /** The text as an article (published on the metadata's date when there is one). */
    public Article toArticle() {
        return new Article(source, 0, null, published, null, List.of(), text, null, null, List.of());
    }
}
