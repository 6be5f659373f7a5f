package org.sitrep.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearTrainerTest {
    private static final List<String> LABELS = List.of("CLASH", "STRIKE", "NONE");

    /** Words that tell each label, with noise words and a dense dimension that tells STRIKE from the rest. */
    private static List<Example> examples(int n, long seed) {
        Random random = new Random(seed);
        String[][] cues = {{"clashed", "fighting", "gunfight"}, {"airstrike", "jets", "bombed"},
                {"summit", "talks", "visit"}};
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int y = i % 3;
            List<String> names = new ArrayList<>();
            names.add("w=" + cues[y][random.nextInt(3)]);
            names.add("w=noise" + random.nextInt(50));
            float[] dense = {y == 1 ? 1f : 0f, (float) random.nextGaussian()};
            out.add(new Example(new Features(names, dense), Set.of(LABELS.get(y)), 1.0, "toy"));
        }
        return out;
    }

    @Test
    void learnsWhatTheWordsTell() {
        LinearModel model = new LinearTrainer(0.1, 1, 200).train(LABELS, examples(300, 1), examples(60, 2));
        int right = 0;
        List<Example> test = examples(90, 3);
        for (Example e : test) {
            double[] p = model.probabilities(e.features());
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += e.allowed().contains(LABELS.get(best)) ? 1 : 0;
        }
        assertEquals(90, right);
        double[] p = model.probabilities(new Features(List.of("w=gunfight"), new float[]{0, 0}));
        assertTrue(p[0] > 0.8, "a clash word alone reads as a clash: " + p[0]);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    }

    @Test
    void aCoarseLabelLeavesTheChoiceToTheWords() {
        List<Example> train = new ArrayList<>(examples(300, 1));
        // "violence" examples may be a clash or a strike: the words decide which
        for (int i = 0; i < 100; i++) {
            train.add(new Example(new Features(List.of("w=gunfight", "w=coarse"), new float[]{0, 0}),
                    Set.of("CLASH", "STRIKE"), 1.0, "coarse"));
        }
        LinearModel model = new LinearTrainer(0.1, 1, 200).train(LABELS, train, List.of());
        double[] p = model.probabilities(new Features(List.of("w=gunfight", "w=coarse"), new float[]{0, 0}));
        assertTrue(p[0] > p[1] && p[0] > p[2], "coarse examples with clash words read as clashes");
    }

    @Test
    void theSameDataGiveTheSameBytes() throws IOException {
        byte[] a = bytes(new LinearTrainer(0.1, 1, 50).train(LABELS, examples(200, 5), examples(30, 6)));
        byte[] b = bytes(new LinearTrainer(0.1, 1, 50).train(LABELS, examples(200, 5), examples(30, 6)));
        assertArrayEquals(a, b);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(a));
        assertEquals(LABELS, read.labels());
        assertArrayEquals(a, bytes(read));
    }

    @Test
    void temperatureSoftensAnOverconfidentModel() {
        // held-out examples whose labels contradict the training data: the fitted temperature goes up
        List<Example> contrary = new ArrayList<>();
        for (Example e : examples(60, 7)) {
            String other = e.allowed().contains("CLASH") ? "NONE" : e.allowed().iterator().next();
            contrary.add(new Example(e.features(), Set.of(other), 1.0, "toy"));
        }
        LinearModel sure = new LinearTrainer(0.01, 1, 200).train(LABELS, examples(300, 1), List.of());
        assertEquals(1.0, sure.temperature());
        double t = LinearTrainer.temperature(sure, LABELS, contrary);
        assertTrue(t > 1.5, "temperature " + t);
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
