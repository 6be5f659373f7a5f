package org.sitrep.learn;

import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;

import java.util.List;

/**
 * Trains the weights of a linear ranker by L-BFGS (CoreNLP's {@link QNMinimizer}) on the conditional
 * log-likelihood of the right candidate of each group, the softmax of the candidates' scores (McFadden's
 * conditional logit), with an L2 penalty on the weights' distance from a prior (hand-set weights, or zeros).
 * Deterministic: the same groups give the same weights.
 */
public final class RankTrainer {
    /**
     * One ranking to learn from.
     *
     * @param candidates one feature array per candidate, all of one length
     * @param right      the index of the right candidate
     * @param weight     how much the group counts
     */
    public record Group(List<double[]> candidates, int right, double weight) {
        public Group {
            candidates = List.copyOf(candidates);
            if (right < 0 || right >= candidates.size()) {
                throw new IllegalArgumentException("the right candidate " + right + " is not one of "
                        + candidates.size());
            }
        }
    }

    private final double l2;
    private final int iterations;

    public RankTrainer(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** The weights that rank the right candidates first, as nearly as a linear score can. */
    public double[] train(List<Group> groups, int features) {
        return train(groups, new double[features]);
    }

    /** The same, drawn towards {@code prior} rather than towards zero. */
    public double[] train(List<Group> groups, double[] prior) {
        QNMinimizer minimizer = new QNMinimizer(15);
        minimizer.shutUp();
        return minimizer.minimize(new Objective(groups, prior), 1e-6, prior.clone(), iterations);
    }

    /** Share of the groups whose right candidate these weights score highest (ties go to the first). */
    public static double accuracy(List<Group> groups, double[] weights) {
        if (groups.isEmpty()) {
            return Double.NaN;
        }
        int right = 0;
        for (Group g : groups) {
            right += best(g.candidates(), weights) == g.right() ? 1 : 0;
        }
        return (double) right / groups.size();
    }

    /** The index of the candidate these weights score highest (the first of equals). */
    public static int best(List<double[]> candidates, double[] weights) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            double s = score(weights, candidates.get(c));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** The weighted sum of one candidate's features. */
    public static double score(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    private final class Objective extends AbstractCachingDiffFunction {
        private final List<Group> groups;
        private final double[] prior;
        private final int features;

        Objective(List<Group> groups, double[] prior) {
            this.groups = groups;
            this.prior = prior.clone();
            this.features = prior.length;
        }

        @Override
        public int domainDimension() {
            return features;
        }

        @Override
        protected void calculate(double[] w) {
            value = 0;
            derivative = new double[features];
            for (Group g : groups) {
                List<double[]> cs = g.candidates();
                double[] scores = new double[cs.size()];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < cs.size(); c++) {
                    scores[c] = score(w, cs.get(c));
                    max = Math.max(max, scores[c]);
                }
                double z = 0;
                for (int c = 0; c < cs.size(); c++) {
                    scores[c] = Math.exp(scores[c] - max);
                    z += scores[c];
                }
                value -= g.weight() * Math.log(scores[g.right()] / z);
                for (int c = 0; c < cs.size(); c++) {
                    double p = scores[c] / z - (c == g.right() ? 1 : 0);
                    double[] f = cs.get(c);
                    for (int k = 0; k < features; k++) {
                        derivative[k] += g.weight() * p * f[k];
                    }
                }
            }
            for (int k = 0; k < features; k++) {
                double d = w[k] - prior[k];
                value += 0.5 * l2 * d * d;
                derivative[k] += l2 * d;
            }
        }
    }
}
