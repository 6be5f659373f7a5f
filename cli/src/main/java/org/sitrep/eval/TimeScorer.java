package org.sitrep.eval;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines predicted time expressions up with gold ones the way TempEval-3's official scorer does
 * ({@code TE3-evaluation.py}: TimeML-Normalizer gives overlapping gold and system expressions one id, then
 * {@code evaluate_entities.py} compares them). Recall and precision are counted from either side on their own,
 * with no one-to-one constraint: a gold expression is found (relaxed) when any prediction overlaps it and strictly
 * when a prediction has exactly its span; a prediction is right (relaxed) when it overlaps any gold expression and
 * strictly when a gold expression has exactly its span. So one long prediction covering two gold expressions finds
 * both, and two predictions inside one gold expression are both right. Type and value are judged once per found
 * gold expression, against its partner: the prediction with the identical span if there is one, else the one
 * overlapping it most, else the earliest.
 */
public final class TimeScorer {

    /** The alignment of {@code predicted} with {@code gold}, both for one document. */
    public TimeAlignment align(List<TimeExpression> gold, List<TimeExpression> predicted) {
        List<TimeAlignment.Pair> pairs = new ArrayList<>();
        List<TimeExpression> missed = new ArrayList<>();
        boolean[] overlapsGold = new boolean[predicted.size()];
        boolean[] equalsGold = new boolean[predicted.size()];
        for (TimeExpression g : gold) {
            int partner = -1;
            boolean partnerExact = false;
            int partnerOverlap = -1;
            for (int p = 0; p < predicted.size(); p++) {
                Span gs = g.span();
                Span ps = predicted.get(p).span();
                if (!gs.overlaps(ps) && !gs.equals(ps)) {
                    continue;
                }
                boolean exact = gs.equals(ps);
                int overlap = Math.min(gs.end(), ps.end()) - Math.max(gs.start(), ps.start());
                overlapsGold[p] = true;
                equalsGold[p] |= exact;
                if (partner < 0 || (exact && !partnerExact) || (exact == partnerExact && overlap > partnerOverlap)) {
                    partner = p;
                    partnerExact = exact;
                    partnerOverlap = overlap;
                }
            }
            if (partner >= 0) {
                pairs.add(new TimeAlignment.Pair(g, predicted.get(partner)));
            } else {
                missed.add(g);
            }
        }
        List<TimeExpression> spurious = new ArrayList<>();
        List<TimeExpression> exact = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!overlapsGold[p]) {
                spurious.add(predicted.get(p));
            }
            if (equalsGold[p]) {
                exact.add(predicted.get(p));
            }
        }
        return new TimeAlignment(pairs, missed, spurious, predicted.size(), exact.size());
    }
}
