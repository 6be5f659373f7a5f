package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceRankingTest {
    private static String all(double w) {
        StringBuilder sb = new StringBuilder("# weights\n");
        PlaceRanking.FEATURES.forEach(f -> sb.append(f).append('\t').append(w).append('\n'));
        return sb.toString();
    }

    private static double[] read(String text) {
        return PlaceRanking.readWeights(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void weightsAreReadByNameInFeatureOrder() {
        String text = all(0.5).replace("country\t0.5", "country\t4");
        double[] w = read(text);
        assertEquals(PlaceRanking.FEATURES.size(), w.length);
        assertEquals(4, w[PlaceRanking.FEATURES.indexOf("country")]);
        assertEquals(0.5, w[PlaceRanking.FEATURES.indexOf("log_population")]);
        assertEquals(4 * 2 + 0.5 * 3, org.sitrep.learn.RankTrainer.score(w, oneHot(w.length, "country", 2, "log_population", 3)));
    }

    @Test
    void aMissingWeightOrABadLineIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(all(1).replace("prominence\t1.0\n", "")));
        assertTrue(e.getMessage().contains("prominence"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(all(1) + "oops\n"));
        assertThrows(IllegalArgumentException.class, () -> new PlaceRanker(new double[3]));
    }

    @Test
    void theShippedWeightsLoad() {
        assertEquals(PlaceRanking.FEATURES.size(), PlaceRanking.shippedWeights().length);
    }

    private static double[] oneHot(int n, String a, double va, String b, double vb) {
        double[] f = new double[n];
        f[PlaceRanking.FEATURES.indexOf(a)] = va;
        f[PlaceRanking.FEATURES.indexOf(b)] = vb;
        return f;
    }
}
