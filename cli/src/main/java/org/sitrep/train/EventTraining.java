package org.sitrep.train;

import org.sitrep.extract.IncidentCandidate;
import org.sitrep.learn.Example;
import org.sitrep.learn.Features;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.SentenceEncoder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The training data of the event typer and its validation figures: the public corpora and the project's notes,
 * their reading by the rules (kept in a cache file between runs), a fixed held-out part, and the figures of a
 * model on it.
 */
public final class EventTraining {
    /** Fixes which texts are held out; change it and another part is. */
    private static final int SEED = 20261202;

    private final Path corpora;
    private final Path notes;
    private final double notesWeight;
    private final int threads;
    private final Path cache;

    /**
     * @param corpora ../shared/train
     * @param notes   the folder of the project's notes, or null to train without them
     * @param notesWeight how much one note counts
     * @param threads threads reading the texts
     * @param cache   the cache file of the rules' readings
     */
    public EventTraining(Path corpora, Path notes, double notesWeight, int threads, Path cache) {
        this.corpora = corpora;
        this.notes = notes;
        this.notesWeight = notesWeight;
        this.threads = threads;
        this.cache = cache;
    }

    /** Every training text, notes first, in a fixed order. */
    public List<LabelledText> texts() {
        List<LabelledText> out = new ArrayList<>();
        if (notes != null && Files.isDirectory(notes)) {
            try (Stream<Path> files = Files.list(notes)) {
                files.filter(f -> f.toString().endsWith(".tsv")).sorted()
                        .forEach(f -> out.addAll(EventCorpora.notes(f, notesWeight)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.addAll(new EventCorpora(corpora).all());
        return out;
    }

    /** Whether a text is in the held-out part: a fixed hash of its id. */
    public static boolean heldOut(LabelledText t) {
        return HeldOut.contains(SEED, t.id());
    }

    /** The rules' reading of each text, from the cache where it holds the text. */
    public List<IncidentCandidate> candidates(List<LabelledText> texts, PrintWriter err) throws Exception {
        Map<String, IncidentCandidate> cached = CandidateCache.read(cache);
        List<LabelledText> missing = texts.stream().filter(t -> !cached.containsKey(CandidateCache.key(t))).toList();
        if (!missing.isEmpty()) {
            err.printf(Locale.ROOT, "sitrep train events: reading %d texts with the rules (%d cached)%n",
                    missing.size(), texts.size() - missing.size());
            int[] done = {0};
            List<IncidentCandidate> read = new EventFeaturizer(threads).candidates(missing, () -> {
                synchronized (done) {
                    done[0] += 500;
                    err.printf(Locale.ROOT, "  ~%d%n", done[0]);
                    err.flush();
                }
            });
            for (int i = 0; i < missing.size(); i++) {
                cached.put(CandidateCache.key(missing.get(i)), read.get(i));
            }
        }
        List<IncidentCandidate> out = texts.stream().map(t -> cached.get(CandidateCache.key(t))).toList();
        if (!missing.isEmpty()) {
            CandidateCache.write(cache, texts.stream().map(CandidateCache::key).toList(), out);
        }
        return out;
    }

    /** What the model reads of each candidate, with the given kinds of evidence. */
    public List<Features> features(List<IncidentCandidate> candidates, boolean rules, boolean lexical,
                                   boolean embed) throws IOException {
        return EventFeaturizer.features(candidates, rules, lexical, embed ? embeddings(candidates) : null);
    }

    /** The embedding of each candidate's text, from a cache file beside the readings' where it has the text. */
    private List<float[]> embeddings(List<IncidentCandidate> candidates) throws IOException {
        Path file = cache.resolveSibling(cache.getFileName() + ".embeddings");
        Map<String, float[]> cached = EmbeddingCache.read(file);
        List<float[]> out = new ArrayList<>(candidates.size());
        boolean added = false;
        for (IncidentCandidate c : candidates) {
            float[] v = cached.get(c.text());
            if (v == null) {
                v = SentenceEncoder.encode(c.text());
                cached.put(c.text(), v);
                added = true;
            }
            out.add(v);
        }
        if (added) {
            EmbeddingCache.write(file, cached);
        }
        return out;
    }

    /** How many texts each source gives. */
    public static Map<String, Long> bySource(List<LabelledText> texts) {
        Map<String, Long> out = new TreeMap<>();
        texts.forEach(t -> out.merge(t.source(), 1L, Long::sum));
        return out;
    }

    /**
     * The figures of a model on held-out examples: the share whose most probable label is one they may have,
     * per source; on the notes, ACLED sub-type accuracy and the share of non-events given no event; and the
     * expected calibration error of the top probability.
     */
    public static String report(LinearModel model, List<Example> heldOut, long bytes) {
        Map<String, int[]> bySource = new TreeMap<>();
        int[] acled = new int[2];
        int[] other = new int[2];
        double[] binConfidence = new double[10];
        int[] binRight = new int[10];
        int[] binCount = new int[10];
        for (Example e : heldOut) {
            double[] p = model.probabilities(e.features());
            int best = LinearModel.argmax(p, -1);
            String predicted = model.labels().get(best);
            boolean right = e.allowed().contains(predicted);
            int[] s = bySource.computeIfAbsent(e.source(), k -> new int[2]);
            s[0] += right ? 1 : 0;
            s[1]++;
            if (e.source().equals("notes")) {
                int[] kind = e.allowed().contains(EventLabelMap.NONE) ? other : acled;
                kind[0] += right ? 1 : 0;
                kind[1]++;
            }
            int bin = Math.min(9, (int) (p[best] * 10));
            binConfidence[bin] += p[best];
            binRight[bin] += right ? 1 : 0;
            binCount[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binConfidence[b] - binRight[b]) / heldOut.size();
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "held out: %d examples; model: %d features, %d dimensions, "
                        + "temperature %.3f, %.1f MB%n", heldOut.size(), model.features(), model.dimensions(),
                model.temperature(), bytes / 1e6));
        int right = 0;
        for (Map.Entry<String, int[]> s : bySource.entrySet()) {
            right += s.getValue()[0];
            out.append(String.format(Locale.ROOT, "  %-13s accuracy %.3f (%d/%d)%n", s.getKey(),
                    ratio(s.getValue()), s.getValue()[0], s.getValue()[1]));
        }
        out.append(String.format(Locale.ROOT, "  %-13s accuracy %.3f (%d/%d)%n", "all", right / (double) heldOut.size(),
                right, heldOut.size()));
        out.append(String.format(Locale.ROOT, "  notes: ACLED sub-type accuracy %.3f (%d), other accuracy %.3f (%d)%n",
                ratio(acled), acled[1], ratio(other), other[1]));
        out.append(String.format(Locale.ROOT, "  expected calibration error %.3f", ece));
        return out.toString();
    }

    /**
     * The notes' figures when "no event" must reach each of a few probabilities to be chosen (else the most
     * probable sub-type is): ACLED sub-type accuracy and other accuracy per threshold.
     */
    public static String noneThresholds(LinearModel model, List<Example> heldOut) {
        int none = model.labels().indexOf(EventLabelMap.NONE);
        StringBuilder out = new StringBuilder("  notes by the least probability of no event:");
        for (double threshold : new double[]{0.5, 0.6, 0.7, 0.8, 0.9}) {
            int[] acled = new int[2];
            int[] other = new int[2];
            for (Example e : heldOut) {
                if (!e.source().equals("notes")) {
                    continue;
                }
                double[] p = model.probabilities(e.features());
                int best = p[none] < threshold ? LinearModel.argmax(p, none) : none;
                int[] kind = e.allowed().contains(EventLabelMap.NONE) ? other : acled;
                kind[0] += e.allowed().contains(model.labels().get(best)) ? 1 : 0;
                kind[1]++;
            }
            out.append(String.format(Locale.ROOT, " %.1f: %.3f / %.3f;", threshold, ratio(acled), ratio(other)));
        }
        return out.toString();
    }

    /**
     * What the screen lets through at {@code threshold}: the share of held-out events (texts whose labels are all
     * sub-types) it passes on to the model, and the share of non-events it passes.
     */
    public static String screening(LinearModel screen, List<Example> heldOut, double threshold) {
        int none = screen.labels().indexOf(EventLabelMap.NONE);
        int[] events = new int[2];
        int[] others = new int[2];
        for (Example e : heldOut) {
            boolean passed = screen.probabilities(e.features())[none] < threshold;
            int[] kind = e.allowed().contains(EventLabelMap.NONE) ? others : events;
            kind[0] += passed ? 1 : 0;
            kind[1]++;
        }
        return String.format(Locale.ROOT, "  screen at %.2f passes %.3f of %d events and %.3f of %d non-events",
                threshold, ratio(events), events[1], ratio(others), others[1]);
    }

    private static double ratio(int[] rightOfAll) {
        return rightOfAll[1] == 0 ? 0 : rightOfAll[0] / (double) rightOfAll[1];
    }
}
