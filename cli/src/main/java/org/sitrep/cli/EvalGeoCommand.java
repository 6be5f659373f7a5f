package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.eval.GeoAlignment;
import org.sitrep.eval.GeoCorpus;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoEvaluation;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.eval.GeoScore;
import org.sitrep.Sitrep;
import org.sitrep.eval.Geoparser;
import org.sitrep.eval.GoldToponym;
import org.sitrep.eval.PredictedToponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval geo}: scores toponym recognition and resolution on a geoparsing gold file, GeoWebNews's or
 * LGL/TR-News's format (see {@link GeoGoldReader}; which gold toponyms count is said in
 * {@link org.sitrep.eval.GoldToponymType}, the measures in {@link GeoScore}). Exit codes: 0 scored, 1 the file
 * cannot be read as gold, 2 bad usage.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Scores toponym recognition (precision, recall, F1 by overlap and by exact span) and "
                + "resolution (accuracy within 161 km, median and mean error in km) on a GeoWebNews or LGL/TR-News "
                + "gold file.")
final class EvalGeoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Gold XML file (GeoWebNews or LGL/TR-News format).")
    Path file;

    @Option(names = "--gold-spans", description = "Also score resolution with the gold toponym spans given.")
    boolean goldSpans;

    @Mixin
    EvalOptions options;

    /** The geoparser under evaluation: Sitrep's places stage, with its models and gazetteer loaded. */
    static Geoparser geoparser() {
        return new SitrepGeoparser(Sitrep.load());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            return EvalOptions.fail(err, "geo", "no such file: " + file, 2);
        }
        if (options.problem() != null) {
            return EvalOptions.fail(err, "geo", options.problem(), 2);
        }
        GeoCorpus corpus;
        try {
            corpus = new GeoGoldReader().read(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return EvalOptions.fail(err, "geo", "cannot read gold: " + e.getMessage(), 1);
        }
        List<GeoDocument> documents = options.limited(corpus.documents());
        Geoparser geoparser = geoparser();
        GeoEvaluation evaluation = new GeoEvaluation();
        GeoScore endToEnd = GeoScore.ZERO;
        GeoScore given = GeoScore.ZERO;
        long start = System.nanoTime();
        for (GeoDocument doc : documents) {
            GeoAlignment alignment = evaluation.endToEnd(doc, geoparser);
            if (options.errors) {
                printErrors(err, doc, alignment);
            }
            endToEnd = endToEnd.plus(alignment.score());
            if (goldSpans) {
                GeoAlignment placed = evaluation.withGoldSpans(doc, geoparser);
                if (options.errors) {
                    printFar(err, doc, placed, "GIVEN_FAR");
                }
                given = given.plus(placed.score());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (options.json) {
            out.println(toJson(corpus.format(), endToEnd, goldSpans ? given : null, seconds));
        } else {
            printTable(out, corpus.format(), endToEnd, goldSpans ? given : null, seconds);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void printErrors(PrintWriter err, GeoDocument doc, GeoAlignment alignment) {
        printFar(err, doc, alignment, "FAR");
        for (GoldToponym g : alignment.missed()) {
            err.printf(Locale.ROOT, "%s\tMISSED\t%s %s%n", doc.id(), show(doc, g), g.type());
        }
        for (PredictedToponym p : alignment.spurious()) {
            err.printf(Locale.ROOT, "%s\tSPURIOUS\t%d-%d \"%s\"%n", doc.id(), p.start(), p.end(),
                    doc.text().substring(p.start(), Math.min(p.end(), doc.text().length())).replace('\n', ' '));
        }
    }

    /** The pairs placed over 161 km from gold, tagged {@code tag} (FAR end to end, GIVEN_FAR with gold spans). */
    private static void printFar(PrintWriter err, GeoDocument doc, GeoAlignment alignment, String tag) {
        for (GeoAlignment.Pair p : alignment.pairs()) {
            if (!p.accurate()) {
                err.printf(Locale.ROOT, "%s\t%s\t%s %s\tpredicted %s\t%.0f km\t%s\t%s%n", doc.id(), tag,
                        show(doc, p.gold()), where(p.gold().lat(), p.gold().lon()),
                        where(p.predicted().lat(), p.predicted().lon()), p.errorKm(), p.gold().type(),
                        p.predicted().label() == null ? "" : p.predicted().label());
            }
        }
    }

    private static String show(GeoDocument doc, GoldToponym g) {
        return g.start() + "-" + g.end() + " \"" + g.name().replace('\n', ' ') + "\"";
    }

    private static String where(Double lat, Double lon) {
        return lat == null ? "unplaced" : String.format(Locale.ROOT, "(%.4f, %.4f)", lat, lon);
    }

    private static String toJson(GeoCorpus.Format format, GeoScore s, GeoScore given, double seconds) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("recognition_f1", Figures.round(s.f1()));
        o.put("acc161", Figures.round(s.acc161()));
        if (given == null) {
            o.putNull("acc161_gold_spans");
        } else {
            o.put("acc161_gold_spans", Figures.round(given.acc161()));
        }
        km(o, "median_error_km", s.medianErrorKm());
        km(o, "mean_error_km", s.meanErrorKm());
        o.put("recognition_precision", Figures.round(s.precision()));
        o.put("recognition_recall", Figures.round(s.recall()));
        o.put("exact_precision", Figures.round(s.exactPrecision()));
        o.put("exact_recall", Figures.round(s.exactRecall()));
        o.put("exact_f1", Figures.round(s.exactF1()));
        o.put("acc161_of_gold", Figures.round(s.acc161OfGold()));
        if (given != null) {
            km(o, "median_error_km_gold_spans", given.medianErrorKm());
            km(o, "mean_error_km_gold_spans", given.meanErrorKm());
        }
        o.put("format", format.name());
        o.put("documents", s.documents());
        o.put("gold", s.gold());
        o.put("predicted", s.predicted());
        o.put("matched", s.matched());
        o.put("exact", s.exact());
        o.put("unplaced", s.unplaced());
        o.put("seconds", Figures.round(seconds));
        return o.toString();
    }

    private static void km(ObjectNode o, String key, double km) {
        if (Double.isNaN(km)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(km * 10) / 10.0);
        }
    }

    private static void printTable(PrintWriter out, GeoCorpus.Format format, GeoScore s, GeoScore given,
                                   double seconds) {
        out.printf(Locale.ROOT, "%d %s articles, %d gold toponyms, %d predicted (%.1f s)%n%n", s.documents(),
                format, s.gold(), s.predicted(), seconds);
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "recognition", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f%n", "overlapping span", s.precision(), s.recall(), s.f1());
        out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f%n", "exact span", s.exactPrecision(), s.exactRecall(),
                s.exactF1());
        out.println();
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s%n", "resolution", "acc@161", "median km", "mean km",
                "of gold");
        out.printf(Locale.ROOT, "%-22s %9.3f %9.1f %9.1f %9d%n", "end to end (matched)", s.acc161(),
                s.medianErrorKm(), s.meanErrorKm(), s.matched());
        if (given != null) {
            out.printf(Locale.ROOT, "%-22s %9.3f %9.1f %9.1f %9d%n", "gold spans given", given.acc161(),
                    given.medianErrorKm(), given.meanErrorKm(), given.matched());
        }
        out.printf(Locale.ROOT, "%nacc@161 over all gold toponyms, misses wrong: %.3f; matched but unplaced: %d%n",
                s.acc161OfGold(), s.unplaced());
    }
}
