package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One TimeML file read for scoring: the text of its {@code <TEXT>} element with the tags stripped, its document
 * creation time, and the gold TIMEX3s of the text as time expressions whose spans point into that text.
 *
 * @param source the file it was read from
 * @param dct    the document creation time: the date of the TIMEX3 whose {@code functionInDocument} is
 *               {@code CREATION_TIME}
 * @param text   the text, with its own newlines kept
 * @param gold   the TIMEX3s inside the text, in text order (not the creation time)
 */
public record TimeMlDocument(String source, LocalDate dct, String text, List<TimeExpression> gold) {
    public TimeMlDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dct, "dct");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (TimeExpression g : gold) {
            if (g.span().end() > text.length()) {
                throw new IllegalArgumentException("gold span end " + g.span().end() + " is past text length "
                        + text.length() + " (" + source + ")");
            }
        }
    }

    /** The text as an article published on the document creation date. */
    public Article toArticle() {
        return new Article(source, 0, null, dct, null, List.of(), text, null, null, List.of());
    }
}
