package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.extract.PlaceRanking;
import org.sitrep.learn.RankTrainer;
import org.sitrep.train.PlaceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep train places}: learns the place ranker's weights from the gold toponyms of LGL and GeoVirus in
 * {@code ../shared/train/geo}, drawn towards the shipped (hand-set) weights by an L2 penalty chosen across the two
 * corpora (trained on one, scored on the other), holding a fixed part of the documents out; prints the share of
 * toponyms whose first candidate lies within 161 km of the gold, with the shipped and the learned weights.
 * Deterministic.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Trains the place ranker's weights and prints their validation figures.")
final class TrainPlacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrainOptions corpora;

    /**
     * Not the shipped resources: the learned weights place GeoWebNews's toponyms worse than the hand-set ones
     * (README, Models), so the ranker ships those; copy the file into core's resources to ship learned weights.
     */
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the weights (default: ${DEFAULT-VALUE}; the shipped ones are core/src/main/resources/org/sitrep/extract/place-ranker.tsv).")
    Path out = Path.of("target/place-ranker");

    @Option(names = "--l2", split = ",", paramLabel = "X", description = "The L2 penalties on the distance from the shipped weights to choose from, by training on one corpus and scoring on the other (default: ${DEFAULT-VALUE}).")
    List<Double> l2s = List.of(0.1, 1.0, 10.0, 100.0, 1000.0);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path lgl = corpora.data.resolve("geo/lgl.xml");
        Path geoVirus = corpora.data.resolve("geo/GeoVirus.xml");
        if (!Files.isRegularFile(lgl) || !Files.isRegularFile(geoVirus)) {
            err.println("sitrep train places: " + corpora.data + " holds no geo/lgl.xml and geo/GeoVirus.xml");
            return 2;
        }
        List<GeoDocument> lglDocuments = new GeoGoldReader().read(lgl).documents();
        List<GeoDocument> virusDocuments = org.sitrep.train.GeoVirusReader.read(geoVirus);
        err.printf(Locale.ROOT, "sitrep train places: LGL %d documents, GeoVirus %d%n", lglDocuments.size(),
                virusDocuments.size());
        Sitrep sitrep = Sitrep.load();
        List<PlaceTraining.Ranked> lglRankings = PlaceTraining.rankings(sitrep, lglDocuments, corpora.threads, err);
        List<PlaceTraining.Ranked> virusRankings = PlaceTraining.rankings(sitrep, virusDocuments, corpora.threads, err);
        double[] prior = PlaceRanking.shippedWeights();
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT,
                "first candidate within 161 km across corpora (trained on LGL, scored on GeoVirus; the reverse):%n"
                        + "  the shipped weights (the prior): %.3f, %.3f%n",
                PlaceTraining.accuracy(virusRankings, prior), PlaceTraining.accuracy(lglRankings, prior)));
        double chosen = Double.NaN;
        double bestMean = -1;
        for (double l2 : l2s) {
            double onVirus = PlaceTraining.accuracy(virusRankings, train(part(lglRankings, false), prior, l2));
            double onLgl = PlaceTraining.accuracy(lglRankings, train(part(virusRankings, false), prior, l2));
            figures.append(String.format(Locale.ROOT, "  L2 %-8s %.3f, %.3f%n", l2, onVirus, onLgl));
            if ((onVirus + onLgl) / 2 >= bestMean) { // ties go to the stronger pull towards the shipped weights
                bestMean = (onVirus + onLgl) / 2;
                chosen = l2;
            }
        }
        List<PlaceTraining.Ranked> train = new ArrayList<>(part(lglRankings, false));
        train.addAll(part(virusRankings, false));
        List<PlaceTraining.Ranked> heldOut = new ArrayList<>(part(lglRankings, true));
        heldOut.addAll(part(virusRankings, true));
        double[] weights = train(train, prior, chosen);
        figures.append(String.format(Locale.ROOT, """
                chosen L2 %s, trained on both: %d rankings trained on, %d held out (both passes)
                  with a candidate within 161 km: %.3f, %.3f
                  first candidate within 161 km, shipped weights: %.3f trained on, %.3f held out
                  first candidate within 161 km, learned weights: %.3f trained on, %.3f held out""",
                chosen, train.size(), heldOut.size(), reachable(train), reachable(heldOut),
                PlaceTraining.accuracy(train, prior), PlaceTraining.accuracy(heldOut, prior),
                PlaceTraining.accuracy(train, weights), PlaceTraining.accuracy(heldOut, weights)));
        Path file = this.out.resolve("place-ranker.tsv");
        Files.createDirectories(this.out);
        Files.writeString(file, PlaceTraining.weightsFile(weights, """
                The place ranker's weights, one per feature (org.sitrep.extract.PlaceRanking.FEATURES).
                Written by `sitrep train places` from LGL and GeoVirus (../shared/train/geo):
                """ + figures));
        out.println("weights " + file);
        out.println(figures);
        for (int i = 0; i < weights.length; i++) {
            out.printf(Locale.ROOT, "  %-34s %8.3f (shipped %.3f)%n", PlaceRanking.FEATURES.get(i), weights[i],
                    prior[i]);
        }
        return out.checkError() ? 1 : 0;
    }

    private static List<PlaceTraining.Ranked> part(List<PlaceTraining.Ranked> rankings, boolean heldOut) {
        return rankings.stream().filter(r -> PlaceTraining.heldOut(r.document()) == heldOut).toList();
    }

    private static double[] train(List<PlaceTraining.Ranked> rankings, double[] prior, double l2) {
        return new RankTrainer(l2, 1000).train(PlaceTraining.groups(rankings), prior);
    }

    private static double reachable(List<PlaceTraining.Ranked> rankings) {
        return rankings.isEmpty() ? Double.NaN
                : (double) rankings.stream().filter(PlaceTraining.Ranked::reachable).count() / rankings.size();
    }
}
