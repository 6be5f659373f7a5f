package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.TimeAlignment;
import org.sitrep.eval.TimeMlDocument;
import org.sitrep.eval.TimeMlReader;
import org.sitrep.eval.TimeScore;
import org.sitrep.eval.TimeScorer;
import org.sitrep.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sitrep eval time}: scores Sitrep's time expressions on TimeML files with TempEval-3's measures, each
 * file's {@code <TEXT>} read as an article published on its document creation date (see
 * {@link org.sitrep.eval.TimeScore}). Exit codes: 0 scored, 1 some files could not be read, 2 no such folder or
 * no {@code .tml} file in it.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Scores time expressions on TimeML (.tml) files with TempEval-3's measures: strict and "
                + "relaxed span F1, type accuracy, value accuracy and value F1.")
final class EvalTimeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of .tml files (read recursively).")
    Path dir;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            return EvalOptions.fail(err, "time", "no such folder: " + dir, 2);
        }
        if (options.problem() != null) {
            return EvalOptions.fail(err, "time", options.problem(), 2);
        }
        List<Path> files = timeMlFiles(dir);
        files = options.limited(files);
        if (files.isEmpty()) {
            return EvalOptions.fail(err, "time", "no .tml files in " + dir, 2);
        }
        TimeMlReader reader = new TimeMlReader();
        TimeScorer scorer = new TimeScorer();
        CoreNlpAnnotator annotator = CoreNlpAnnotator.forText();
        TimeScore total = TimeScore.ZERO;
        boolean failed = false;
        long start = System.nanoTime();
        for (Path file : files) {
            TimeMlDocument doc;
            try {
                doc = reader.read(file);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("sitrep eval time: skipping " + e.getMessage());
                failed = true;
                continue;
            }
            List<TimeExpression> predicted = annotator.annotate(doc.toArticle()).times();
            TimeAlignment alignment = scorer.align(doc.gold(), predicted);
            if (options.errors) {
                printErrors(err, dir.relativize(file).toString(), alignment);
            }
            total = total.plus(alignment.score());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (options.json) {
            out.println(toJson(total, seconds));
        } else {
            printTable(out, total, seconds);
        }
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private static List<Path> timeMlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".tml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + dir, e);
        }
    }

    private static void printErrors(PrintWriter err, String name, TimeAlignment alignment) {
        for (TimeAlignment.Pair p : alignment.pairs()) {
            if (!p.strict() || !p.valueCorrect() || !p.typeCorrect()) {
                err.printf(Locale.ROOT, "%s\t%s\tgold %s %s %s\tpredicted %s %s %s%n", name,
                        p.valueCorrect() ? "SPAN" : "VALUE", quote(p.gold()), p.gold().type(), p.gold().value(),
                        quote(p.predicted()), p.predicted().type(), p.predicted().value());
            }
        }
        for (TimeExpression g : alignment.missed()) {
            err.printf(Locale.ROOT, "%s\tMISSED\tgold %s %s %s%n", name, quote(g), g.type(), g.value());
        }
        for (TimeExpression p : alignment.spurious()) {
            err.printf(Locale.ROOT, "%s\tSPURIOUS\tpredicted %s %s %s%n", name, quote(p), p.type(), p.value());
        }
    }

    private static String quote(TimeExpression t) {
        return t.span().start() + "-" + t.span().end() + " \"" + t.text().replace('\n', ' ') + "\"";
    }

    private static String toJson(TimeScore s, double seconds) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("strict_f1", Figures.round(s.strictF1()));
        o.put("relaxed_f1", Figures.round(s.relaxedF1()));
        o.put("type_accuracy", Figures.round(s.typeAccuracy()));
        o.put("value_accuracy", Figures.round(s.valueAccuracy()));
        o.put("value_f1", Figures.round(s.valueF1()));
        o.put("strict_precision", Figures.round(s.strictPrecision()));
        o.put("strict_recall", Figures.round(s.strictRecall()));
        o.put("relaxed_precision", Figures.round(s.relaxedPrecision()));
        o.put("relaxed_recall", Figures.round(s.relaxedRecall()));
        o.put("value_precision", Figures.round(s.valuePrecision()));
        o.put("value_recall", Figures.round(s.valueRecall()));
        o.put("files", s.documents());
        o.put("gold", s.gold());
        o.put("predicted", s.predicted());
        o.put("gold_strict", s.goldStrict());
        o.put("gold_relaxed", s.goldRelaxed());
        o.put("predicted_strict", s.predictedStrict());
        o.put("predicted_relaxed", s.predictedRelaxed());
        o.put("type_correct", s.typeCorrect());
        o.put("value_correct", s.valueCorrect());
        o.put("seconds", Figures.round(seconds));
        return o.toString();
    }

    private static void printTable(PrintWriter out, TimeScore s, double seconds) {
        out.printf(Locale.ROOT, "%d files, %d gold, %d predicted time expressions (%.1f s)%n%n", s.documents(),
                s.gold(), s.predicted(), seconds);
        out.printf(Locale.ROOT, "%-16s %9s %9s %9s %14s %14s%n", "", "precision", "recall", "F1",
                "right of pred.", "found of gold");
        out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %14d %14d%n", "strict span", s.strictPrecision(),
                s.strictRecall(), s.strictF1(), s.predictedStrict(), s.goldStrict());
        out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %14d %14d%n", "relaxed span", s.relaxedPrecision(),
                s.relaxedRecall(), s.relaxedF1(), s.predictedRelaxed(), s.goldRelaxed());
        out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f%n", "value", s.valuePrecision(), s.valueRecall(),
                s.valueF1());
        out.println();
        out.printf(Locale.ROOT, "%-16s %9.3f   (%d of %d gold expressions found)%n", "type accuracy",
                s.typeAccuracy(), s.typeCorrect(), s.goldRelaxed());
        out.printf(Locale.ROOT, "%-16s %9.3f   (%d of %d gold expressions found)%n", "value accuracy",
                s.valueAccuracy(), s.valueCorrect(), s.goldRelaxed());
    }
}
