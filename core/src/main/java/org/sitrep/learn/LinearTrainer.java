package org.sitrep.learn;

import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains a {@link LinearModel} by L-BFGS (CoreNLP's {@link QNMinimizer}) on the weighted log-likelihood of each
 * example's allowed labels (the log of their summed probability, so that a coarse label leaves the choice among
 * its sub-labels to the data), with an L2 penalty; then fits the temperature on held-out examples. Deterministic:
 * the same examples in the same order give the same model, whatever the number of cores.
 */
public final class LinearTrainer {
    private static final int CHUNKS = 8;

    private final double l2;
    private final double minCount;
    private final int iterations;

    /**
     * @param l2         the L2 penalty per weight
     * @param minCount   a named feature is kept when the weights of the examples holding it sum to at least this
     * @param iterations at most this many L-BFGS iterations
     */
    public LinearTrainer(double l2, double minCount, int iterations) {
        this.l2 = l2;
        this.minCount = minCount;
        this.iterations = iterations;
    }

    /** A model over {@code labels} trained on {@code train}, its temperature fitted on {@code heldOut}. */
    public LinearModel train(List<String> labels, List<Example> train, List<Example> heldOut) {
        int dimensions = train.isEmpty() ? 0 : train.get(0).features().dense().length;
        Map<String, Double> counts = new TreeMap<>();
        for (Example e : train) {
            for (String name : e.features().names().stream().distinct().toList()) {
                counts.merge(name, e.weight(), Double::sum);
            }
        }
        String[] names = counts.entrySet().stream().filter(c -> c.getValue() >= minCount)
                .map(Map.Entry::getKey).toArray(String[]::new);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        List<Encoded> encoded = encode(labels, index, train);
        Objective objective = new Objective(encoded, names.length, dimensions, labels.size());
        QNMinimizer minimizer = new QNMinimizer(15);
        minimizer.shutUp();
        double[] x = minimizer.minimize(objective, 1e-5, new double[objective.domainDimension()], iterations);
        LinearModel model = objective.model(labels, names, x);
        return model.withTemperature(temperature(model, labels, heldOut));
    }

    /** The temperature that minimises the held-out negative log-likelihood (1 when nothing is held out). */
    static double temperature(LinearModel model, List<String> labels, List<Example> heldOut) {
        if (heldOut.isEmpty()) {
            return 1;
        }
        List<double[]> scores = heldOut.stream().map(e -> model.scores(e.features())).toList();
        double lo = Math.log(0.25);
        double hi = Math.log(8);
        for (int step = 0; step < 60; step++) { // golden-section search on log T
            double a = hi - (hi - lo) / 1.618033988749895;
            double b = lo + (hi - lo) / 1.618033988749895;
            if (nll(scores, heldOut, labels, Math.exp(a)) < nll(scores, heldOut, labels, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private static double nll(List<double[]> scores, List<Example> examples, List<String> labels, double t) {
        double sum = 0;
        for (int i = 0; i < scores.size(); i++) {
            double[] p = LinearModel.softmax(scores.get(i), t);
            double mass = 0;
            for (String l : examples.get(i).allowed()) {
                int y = labels.indexOf(l);
                mass += y < 0 ? 0 : p[y];
            }
            sum -= examples.get(i).weight() * Math.log(Math.max(mass, 1e-12));
        }
        return sum;
    }

    private record Encoded(int[] sparse, float[] dense, boolean[] allowed, double weight) {
    }

    private static List<Encoded> encode(List<String> labels, Map<String, Integer> index, List<Example> examples) {
        List<Encoded> out = new ArrayList<>(examples.size());
        for (Example e : examples) {
            int[] sparse = e.features().names().stream().distinct().map(index::get)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
            boolean[] allowed = new boolean[labels.size()];
            for (String l : e.allowed()) {
                int y = labels.indexOf(l);
                if (y < 0) {
                    throw new IllegalArgumentException("label " + l + " is not among " + labels);
                }
                allowed[y] = true;
            }
            out.add(new Encoded(sparse, e.features().dense(), allowed, e.weight()));
        }
        return out;
    }

    /** The penalised negative log-likelihood; the weights lie as sparse (V x L), dense (D x L), bias (L). */
    private final class Objective extends AbstractCachingDiffFunction {
        private final List<Encoded> examples;
        private final int features;
        private final int dimensions;
        private final int labels;

        Objective(List<Encoded> examples, int features, int dimensions, int labels) {
            this.examples = examples;
            this.features = features;
            this.dimensions = dimensions;
            this.labels = labels;
        }

        @Override
        public int domainDimension() {
            return (features + dimensions + 1) * labels;
        }

        @Override
        protected void calculate(double[] x) {
            int n = examples.size();
            double[][] grads = new double[CHUNKS][];
            double[] losses = new double[CHUNKS];
            IntStream.range(0, CHUNKS).parallel().forEach(c -> {
                double[] g = new double[x.length];
                double loss = 0;
                for (int i = c * n / CHUNKS; i < (c + 1) * n / CHUNKS; i++) {
                    loss += example(examples.get(i), x, g);
                }
                grads[c] = g;
                losses[c] = loss;
            });
            value = 0;
            derivative = new double[x.length];
            for (int c = 0; c < CHUNKS; c++) {
                value += losses[c];
                double[] g = grads[c];
                for (int k = 0; k < x.length; k++) {
                    derivative[k] += g[k];
                }
            }
            int penalised = (features + dimensions) * labels;
            for (int k = 0; k < penalised; k++) {
                value += 0.5 * l2 * x[k] * x[k];
                derivative[k] += l2 * x[k];
            }
        }

        private double example(Encoded e, double[] x, double[] g) {
            int denseBase = features * labels;
            int biasBase = (features + dimensions) * labels;
            double[] s = new double[labels];
            for (int y = 0; y < labels; y++) {
                s[y] = x[biasBase + y];
            }
            for (int f : e.sparse()) {
                for (int y = 0; y < labels; y++) {
                    s[y] += x[f * labels + y];
                }
            }
            float[] v = e.dense();
            for (int d = 0; d < v.length; d++) {
                int base = denseBase + d * labels;
                for (int y = 0; y < labels; y++) {
                    s[y] += v[d] * x[base + y];
                }
            }
            double[] p = LinearModel.softmax(s, 1);
            double mass = 0;
            for (int y = 0; y < labels; y++) {
                if (e.allowed()[y]) {
                    mass += p[y];
                }
            }
            mass = Math.max(mass, 1e-300);
            double[] ds = new double[labels];
            for (int y = 0; y < labels; y++) {
                ds[y] = e.weight() * (p[y] - (e.allowed()[y] ? p[y] / mass : 0));
            }
            for (int y = 0; y < labels; y++) {
                g[biasBase + y] += ds[y];
            }
            for (int f : e.sparse()) {
                for (int y = 0; y < labels; y++) {
                    g[f * labels + y] += ds[y];
                }
            }
            for (int d = 0; d < v.length; d++) {
                int base = denseBase + d * labels;
                for (int y = 0; y < labels; y++) {
                    g[base + y] += v[d] * ds[y];
                }
            }
            return -e.weight() * Math.log(mass);
        }

        LinearModel model(List<String> names, String[] featureNames, double[] x) {
            float[] sparse = new float[features * labels];
            float[] dense = new float[dimensions * labels];
            float[] bias = new float[labels];
            for (int k = 0; k < sparse.length; k++) {
                sparse[k] = (float) x[k];
            }
            for (int k = 0; k < dense.length; k++) {
                dense[k] = (float) x[sparse.length + k];
            }
            for (int y = 0; y < labels; y++) {
                bias[y] = (float) x[sparse.length + dense.length + y];
            }
            return new LinearModel(names, featureNames, sparse, dimensions, dense, bias, 1);
        }
    }
}
