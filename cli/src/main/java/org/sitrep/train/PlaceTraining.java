package org.sitrep.train;

import org.sitrep.Sitrep;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GoldToponym;
import org.sitrep.extract.PlaceRanking;
import org.sitrep.learn.RankTrainer;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.places.IndexedPlace;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the place ranker learns from: for each gold toponym of a geoparsing corpus that the gazetteer has candidates
 * for, and for each pass of the resolver over it (the article's words alone, then with its other places known), the
 * ranker's terms of every candidate and which candidates lie within {@value #NEAR_KM} km of the gold coordinates.
 * The weights must serve both passes: the first pass's choices are the second's neighbours. Documents are split into
 * a training and a fixed held-out part by a hash of their id.
 */
public final class PlaceTraining {
    /** A candidate this close to the gold coordinates is right (the acc@161 measure's radius). */
    public static final double NEAR_KM = 161;
    /** Fixes which documents are held out; change it and another part is. */
    private static final int SEED = 20261203;

    /**
     * One gold toponym's ranking.
     *
     * @param document the document's id
     * @param name     the toponym as written
     * @param features one array of terms per candidate
     * @param near     whether each candidate lies within {@value #NEAR_KM} km of the gold coordinates
     * @param nearest  the candidate nearest the gold coordinates
     * @param last     whether this is the resolver's last pass over the toponym, the one that places it
     */
    public record Ranked(String document, String name, List<double[]> features, List<Boolean> near, int nearest,
                         boolean last) {
        /** Whether some candidate is right: only then can the ranker learn from it. */
        public boolean reachable() {
            return near.get(nearest);
        }

        /** Whether the candidate these weights rank first is right. */
        public boolean right(double[] weights) {
            return near.get(RankTrainer.best(features, weights));
        }
    }

    private PlaceTraining() {
    }

    /** Whether a document is in the held-out part: a fixed hash of its id. */
    public static boolean heldOut(String documentId) {
        return HeldOut.contains(SEED, documentId);
    }

    /** The rankings of every scored gold toponym of the documents, read on {@code threads} threads, in order. */
    public static List<Ranked> rankings(Sitrep sitrep, List<GeoDocument> documents, int threads, PrintWriter err)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Ranked>>> jobs = new ArrayList<>();
            for (GeoDocument d : documents) {
                jobs.add(pool.submit(() -> rankings(sitrep, d)));
            }
            List<Ranked> out = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                out.addAll(jobs.get(i).get());
                if ((i + 1) % 100 == 0) {
                    err.printf(Locale.ROOT, "  %d/%d documents%n", i + 1, jobs.size());
                    err.flush();
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Ranked> rankings(Sitrep sitrep, GeoDocument d) {
        AnnotatedArticle doc = sitrep.annotate(Article.of(d.id(), d.text()));
        List<GoldToponym> gold = d.toponyms();
        Map<Span, List<PlaceRanking>> rankings = sitrep.placeRankings(doc,
                gold.stream().map(GoldToponym::span).toList());
        List<Ranked> out = new ArrayList<>();
        for (GoldToponym g : gold) {
            List<PlaceRanking> passes = rankings.getOrDefault(g.span(), List.of());
            for (int pass = 0; pass < passes.size(); pass++) {
                PlaceRanking r = passes.get(pass);
                List<Boolean> near = new ArrayList<>();
                int nearest = 0;
                double least = Double.POSITIVE_INFINITY;
                for (int c = 0; c < r.candidates().size(); c++) {
                    IndexedPlace p = r.candidates().get(c);
                    double km = IndexedPlace.kilometres(p.lat(), p.lon(), g.lat(), g.lon());
                    near.add(km <= NEAR_KM);
                    if (km < least) {
                        least = km;
                        nearest = c;
                    }
                }
                out.add(new Ranked(d.id(), g.name(), r.features(), near, nearest, pass == passes.size() - 1));
            }
        }
        return out;
    }

    /** The groups a ranker learns from: the reachable rankings of every pass, the nearest candidate right. */
    public static List<RankTrainer.Group> groups(List<Ranked> rankings) {
        return rankings.stream().filter(Ranked::reachable)
                .map(r -> new RankTrainer.Group(r.features(), r.nearest(), 1)).toList();
    }

    /** Share of the toponyms whose first candidate by these weights, in the last pass, is right. */
    public static double accuracy(List<Ranked> rankings, double[] weights) {
        List<Ranked> last = rankings.stream().filter(Ranked::last).toList();
        return last.isEmpty() ? Double.NaN : (double) last.stream().filter(r -> r.right(weights)).count() / last.size();
    }

    /** The weights as the ranker's resource reads them. */
    public static String weightsFile(double[] weights, String header) {
        StringBuilder sb = new StringBuilder();
        header.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            sb.append(PlaceRanking.FEATURES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
        }
        return sb.toString();
    }
}
