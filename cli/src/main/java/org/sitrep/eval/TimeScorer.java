package org.sitrep.eval;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lines predicted time expressions up with gold ones, TempEval-3 style: a prediction matches a gold expression
 * when their spans overlap (relaxed) and strictly when the spans are equal. Each expression is used in at most
 * one pair: identical spans pair first, then larger overlaps before smaller ones, then earlier before later.
 */
public final class TimeScorer {

    /** The alignment of {@code predicted} with {@code gold}, both for one document. */
    public TimeAlignment align(List<TimeExpression> gold, List<TimeExpression> predicted) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Span gs = gold.get(g).span();
                Span ps = predicted.get(p).span();
                if (gs.overlaps(ps) || gs.equals(ps)) {
                    int overlap = Math.min(gs.end(), ps.end()) - Math.max(gs.start(), ps.start());
                    candidates.add(new Candidate(g, p, gs.equals(ps), overlap));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::exact).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        int[] partnerOfGold = new int[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        Arrays.fill(partnerOfGold, -1);
        for (Candidate c : candidates) {
            if (partnerOfGold[c.gold] < 0 && !predictedUsed[c.predicted]) {
                partnerOfGold[c.gold] = c.predicted;
                predictedUsed[c.predicted] = true;
            }
        }
        List<TimeAlignment.Pair> pairs = new ArrayList<>();
        List<TimeExpression> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (partnerOfGold[g] >= 0) {
                pairs.add(new TimeAlignment.Pair(gold.get(g), predicted.get(partnerOfGold[g])));
            } else {
                missed.add(gold.get(g));
            }
        }
        List<TimeExpression> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                spurious.add(predicted.get(p));
            }
        }
        return new TimeAlignment(pairs, missed, spurious);
    }

    private record Candidate(int gold, int predicted, boolean exact, int overlap) {
    }
}
