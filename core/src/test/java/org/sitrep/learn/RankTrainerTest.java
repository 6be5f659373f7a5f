package org.sitrep.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankTrainerTest {
    /** Groups whose right candidate is the one with the highest 2*a - b; a third term is noise. */
    private static List<RankTrainer.Group> groups(long seed, int n) {
        Random random = new Random(seed);
        List<RankTrainer.Group> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<double[]> cs = new ArrayList<>();
            int right = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < 2 + random.nextInt(4); c++) {
                double[] f = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
                cs.add(f);
                if (2 * f[0] - f[1] > best) {
                    best = 2 * f[0] - f[1];
                    right = c;
                }
            }
            out.add(new RankTrainer.Group(cs, right, 1));
        }
        return out;
    }

    @Test
    void learnsWhichTermsTellTheRightCandidateAndGeneralises() {
        double[] w = new RankTrainer(0.01, 500).train(groups(1, 2000), 3);
        assertTrue(w[0] > 0 && w[1] < 0, java.util.Arrays.toString(w));
        assertEquals(2, w[0] / -w[1], 0.3);
        assertTrue(Math.abs(w[2]) < Math.abs(w[1]) / 4, java.util.Arrays.toString(w));
        assertTrue(RankTrainer.accuracy(groups(2, 500), w) > 0.95);
        assertTrue(RankTrainer.accuracy(groups(2, 500), new double[]{-1, 1, 0}) < 0.4);
    }

    @Test
    void aStrongPenaltyKeepsThePrior() {
        double[] prior = {1, -0.5, 0.25};
        double[] w = new RankTrainer(1e6, 200).train(groups(4, 300), prior);
        assertArrayEquals(prior, w, 0.01);
        double[] free = new RankTrainer(0.01, 500).train(groups(4, 300), prior);
        assertTrue(free[0] > 10 * prior[0] && Math.abs(free[2]) < Math.abs(free[1]) / 4, java.util.Arrays.toString(free));
    }

    @Test
    void isDeterministicAndRefusesARightCandidateOutsideTheGroup() {
        assertArrayEquals(new RankTrainer(1, 200).train(groups(3, 300), 3),
                new RankTrainer(1, 200).train(groups(3, 300), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RankTrainer.Group(List.of(new double[]{1}), 1, 1));
        assertEquals(Double.NaN, RankTrainer.accuracy(List.of(), new double[]{1}));
    }
}
