package org.sitrep.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained multinomial logistic regression over {@link Features}: one weight per feature and label, a bias per
 * label, and a temperature fitted on held-out data so that its probabilities are calibrated. Immutable and
 * thread-safe. Stored as a gzipped binary file (see {@link #write}).
 */
public final class LinearModel {
    private static final String MAGIC = "sitrep-linear-model/1";

    private final List<String> labels;
    private final Map<String, Integer> index;
    private final String[] names;
    private final float[] sparse;  // names.length x labels
    private final float[] dense;   // dimensions x labels
    private final float[] bias;
    private final int dimensions;
    private final double temperature;

    LinearModel(List<String> labels, String[] names, float[] sparse, int dimensions, float[] dense, float[] bias,
                double temperature) {
        this.labels = List.copyOf(labels);
        this.names = names.clone();
        this.sparse = sparse;
        this.dimensions = dimensions;
        this.dense = dense;
        this.bias = bias;
        this.temperature = temperature;
        this.index = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        if (sparse.length != names.length * labels.size() || dense.length != dimensions * labels.size()
                || bias.length != labels.size()) {
            throw new IllegalArgumentException("weights do not match " + names.length + " features, " + dimensions
                    + " dimensions and " + labels.size() + " labels");
        }
    }

    /** The labels, in the order of {@link #probabilities}. */
    public List<String> labels() {
        return labels;
    }

    /** The number of named features the model knows. */
    public int features() {
        return names.length;
    }

    /** The length of the dense part it reads (0 when it reads none). */
    public int dimensions() {
        return dimensions;
    }

    /** The temperature its scores are divided by before the softmax. */
    public double temperature() {
        return temperature;
    }

    /** The calibrated probability of each label, in the order of {@link #labels}. */
    public double[] probabilities(Features x) {
        return softmax(scores(x), temperature);
    }

    /** The weight of a named feature for the label at {@code label} in {@link #labels}; 0 for an unknown feature. */
    public double weight(String name, int label) {
        Integer f = index.get(name);
        return f == null ? 0 : sparse[f * labels.size() + label];
    }

    /** The raw scores (before temperature and softmax); a dense part left empty counts nothing. */
    double[] scores(Features x) {
        int n = labels.size();
        double[] s = new double[n];
        for (int y = 0; y < n; y++) {
            s[y] = bias[y];
        }
        for (String name : x.names().stream().distinct().toList()) {
            Integer f = index.get(name);
            if (f != null) {
                int base = f * n;
                for (int y = 0; y < n; y++) {
                    s[y] += sparse[base + y];
                }
            }
        }
        float[] v = x.dense();
        if (v.length > 0) {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("dense part of " + v.length + ", the model reads " + dimensions);
            }
            for (int d = 0; d < dimensions; d++) {
                double value = v[d];
                int base = d * n;
                for (int y = 0; y < n; y++) {
                    s[y] += value * dense[base + y];
                }
            }
        }
        return s;
    }

    static double[] softmax(double[] scores, double temperature) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int y = 0; y < p.length; y++) {
            p[y] = Math.exp((scores[y] - max) / temperature);
            sum += p[y];
        }
        for (int y = 0; y < p.length; y++) {
            p[y] /= sum;
        }
        return p;
    }

    LinearModel withTemperature(double t) {
        return new LinearModel(labels, names, sparse, dimensions, dense, bias, t);
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeUTF(MAGIC);
        data.writeInt(labels.size());
        for (String l : labels) {
            data.writeUTF(l);
        }
        data.writeInt(names.length);
        for (String name : names) {
            data.writeUTF(name);
        }
        data.writeInt(dimensions);
        data.writeDouble(temperature);
        for (float w : bias) {
            data.writeFloat(w);
        }
        for (float w : sparse) {
            data.writeFloat(w);
        }
        for (float w : dense) {
            data.writeFloat(w);
        }
        data.flush();
        zip.finish();
    }

    /** Reads a model {@link #write} wrote. */
    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        String magic = data.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Sitrep linear model: " + magic);
        }
        int n = data.readInt();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = data.readUTF();
        }
        String[] names = new String[data.readInt()];
        for (int i = 0; i < names.length; i++) {
            names[i] = data.readUTF();
        }
        int dimensions = data.readInt();
        double temperature = data.readDouble();
        float[] bias = floats(data, n);
        float[] sparse = floats(data, names.length * n);
        float[] dense = floats(data, dimensions * n);
        return new LinearModel(List.of(labels), names, sparse, dimensions, dense, bias, temperature);
    }

    /** Reads a model from a file {@link #write} wrote. */
    public static LinearModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** The index of the highest of {@code p} other than {@code skip} (-1 to skip none). */
    public static int argmax(double[] p, int skip) {
        int best = -1;
        for (int y = 0; y < p.length; y++) {
            if (y != skip && (best < 0 || p[y] > p[best])) {
                best = y;
            }
        }
        return best;
    }

    /** Reads a model from the class path. */
    public static LinearModel resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model " + name + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    private static float[] floats(DataInputStream data, int n) throws IOException {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = data.readFloat();
        }
        return f;
    }
}
