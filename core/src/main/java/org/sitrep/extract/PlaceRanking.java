package org.sitrep.extract;

import org.sitrep.places.IndexedPlace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer entries one toponym may name, each with the terms the place ranker weighs, in the order of
 * {@link #FEATURES}: what {@code sitrep train places} learns the weights from.
 *
 * @param candidates the entries
 * @param features   one array of terms per entry
 */
public record PlaceRanking(List<IndexedPlace> candidates, List<double[]> features) {
    /** The names of the terms, as the weights file names them. */
    public static final List<String> FEATURES = List.of(
            "log_population", "alternate_name", "variant_name", "country", "continent", "seat",
            "region_by_region_word", "region_namesake_city", "region", "settlement_by_region_word", "capital",
            "district_size", "district_namesake_city", "district", "not_settlement_by_settlement_word",
            "country_in_article", "region_holds_others", "region_named", "qualified", "neighbour_country",
            "neighbour_region", "prominence", "acronym_land_named", "acronym_country_unnamed");

    public PlaceRanking {
        candidates = List.copyOf(candidates);
        features = List.copyOf(features);
        if (candidates.size() != features.size()) {
            throw new IllegalArgumentException("one feature array per candidate");
        }
    }

    /** The weights the place ranker ships with ({@value PlaceRanker#WEIGHTS} on the class path). */
    public static double[] shippedWeights() {
        return readWeights(PlaceRanking.class.getResourceAsStream(PlaceRanker.WEIGHTS));
    }

    /**
     * Weights from {@code feature<TAB>weight} lines ({@code #} starts a comment), in the order of {@link #FEATURES};
     * every feature must have one.
     */
    public static double[] readWeights(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("the place ranker's weights are missing from the class path");
        }
        Map<String, Double> named = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalArgumentException("not a feature<TAB>weight line: " + line);
                }
                named.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] weights = new double[FEATURES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double w = named.get(FEATURES.get(i));
            if (w == null) {
                throw new IllegalArgumentException("no weight for the place feature " + FEATURES.get(i));
            }
            weights[i] = w;
        }
        return weights;
    }
}
