package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;

/** The date of a report: a time expression in its scope or clause, or the week before the article ("days ago"). */
final class DateReader {

    private DateReader() {
    }

    /**
     * Sets {@code r}'s own date and its precision: a time expression in its scope (else in its clause {@code cs} to
     * {@code ce}); "days after", "this week" give only the precision of a week.
     */
    static void read(AnnotatedArticle doc, IncidentReport r, int cs, int ce) {
        List<Token> tokens = doc.tokens();
        Span scope = new Span(tokens.get(r.from).span().start(), tokens.get(r.to - 1).span().end());
        Span clause = new Span(tokens.get(cs).span().start(), tokens.get(ce - 1).span().end());
        TimeExpression best = null;
        for (TimeExpression t : doc.times()) {
            if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
                    && t.value().matches("\\d{4}.*")) {
                if (scope.contains(t.span())) {
                    best = t;
                    break;
                }
                if (best == null && clause.contains(t.span()) && t.span().end() <= scope.end()
                        + (r.to == ce ? Integer.MAX_VALUE / 2 : 0)) {
                    best = t;
                }
            }
        }
        if (best != null) {
            String v = best.value();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                r.date = v.substring(0, 10);
                r.precision = DatePrecision.DAY;
            } else if (v.matches("\\d{4}-W\\d{2}.*")) {
                r.date = v.substring(0, 8);
                r.precision = DatePrecision.WEEK;
            } else if (v.matches("\\d{4}-\\d{2}")) {
                r.date = v;
                r.precision = DatePrecision.MONTH;
            } else if (v.matches("\\d{4}")) {
                r.date = v;
                r.precision = DatePrecision.YEAR;
            }
            if (r.date != null) {
                return;
            }
        }
        // "just days after", "days ago", "earlier this week": within the week before the article.
        for (int i = cs; i + 1 < ce; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            if ((w.equals("days") && (next.equals("after") || next.equals("ago") || next.equals("before")
                    || next.equals("earlier"))) || (w.equals("this") && next.equals("week"))
                    || (w.equals("last") && next.equals("week"))) {
                r.precision = DatePrecision.WEEK;
                return;
            }
        }
    }
}
