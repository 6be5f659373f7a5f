package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.Sitrep;
import org.sitrep.eval.GoldAttribution;
import org.sitrep.eval.PolnearDocument;
import org.sitrep.eval.PolnearReader;
import org.sitrep.eval.QuoteAlignment;
import org.sitrep.eval.QuoteCounts;
import org.sitrep.eval.QuoteScore;
import org.sitrep.eval.QuoteScorer;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code sitrep eval quotes}: scores quotes and speakers on PolNeAR's brat files, each text read as an article as it
 * stands so that the gold offsets hold. Exit codes: 0 scored, 1 the folder cannot be read as PolNeAR, 2 bad usage.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Scores quotes and speakers on PolNeAR brat files (DIR/text/*.txt, DIR/attributions/*.ann): "
                + "content precision, recall and F1 by overlap and by exact span, and speaker accuracy over matched "
                + "quotes, for direct and indirect quotes apart and together.")
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "PolNeAR folder holding text/ and attributions/.")
    Path dir;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            return EvalOptions.fail(err, "quotes", dir + " is not a folder", 2);
        }
        if (options.problem() != null) {
            return EvalOptions.fail(err, "quotes", options.problem(), 2);
        }
        List<PolnearDocument> documents;
        try {
            documents = new PolnearReader().readFolder(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return EvalOptions.fail(err, "quotes", "cannot read " + dir + " as PolNeAR: " + e.getMessage(), 1);
        }
        documents = options.limited(documents);
        if (documents.isEmpty()) {
            return EvalOptions.fail(err, "quotes", "no annotated articles in " + dir, 2);
        }
        Sitrep sitrep = Sitrep.load();
        QuoteScorer scorer = new QuoteScorer();
        QuoteScore total = QuoteScore.ZERO;
        long annotateNanos = 0;
        long extractNanos = 0;
        for (PolnearDocument doc : documents) {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = sitrep.annotate(doc.toArticle());
            long t1 = System.nanoTime();
            ArticleFacts facts = sitrep.extract(annotated);
            long t2 = System.nanoTime();
            annotateNanos += t1 - t0;
            extractNanos += t2 - t1;
            QuoteAlignment alignment = scorer.align(doc.text(), doc.gold(), facts.quotes(), facts.entities());
            if (options.errors) {
                printErrors(err, Path.of(doc.source()).getFileName().toString(), doc.text(), alignment);
            }
            total = total.plus(alignment.score());
        }
        if (options.json) {
            out.println(toJson(total, annotateNanos / 1e9, extractNanos / 1e9));
        } else {
            printTable(out, total, annotateNanos / 1e9, extractNanos / 1e9);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void printErrors(PrintWriter err, String name, String text, QuoteAlignment alignment) {
        for (GoldAttribution g : alignment.missed()) {
            err.printf(Locale.ROOT, "%s\tMISSED\t%s\tsource %s\tcue %s%n", name, show(text, g.content()),
                    show(text, g.source()), show(text, g.cue()));
        }
        for (QuoteAlignment.Judged j : alignment.judged()) {
            String speaker = j.quote().speaker() == null ? "-" : j.quote().speaker().text();
            if (j.gold() == null) {
                err.printf(Locale.ROOT, "%s\tSPURIOUS\t%s\tspeaker %s\tcue %s%n", name,
                        show(text, List.of(j.quote().span())), speaker, j.quote().cue());
            } else if (Boolean.FALSE.equals(j.speaker())) {
                err.printf(Locale.ROOT, "%s\tSPEAKER\t%s\tpredicted %s\tgold %s%n", name,
                        show(text, List.of(j.quote().span())), speaker, show(text, j.gold().source()));
            } else if (!j.exact()) {
                err.printf(Locale.ROOT, "%s\tBOUNDS\t%s\tgold %s%n", name, show(text, List.of(j.quote().span())),
                        show(text, j.gold().content()));
            }
        }
    }

    private static String show(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return "-";
        }
        return spans.stream().map(s -> s.start() + "-" + s.end() + " \"" + s.of(text).replace('\n', ' ') + "\"")
                .collect(Collectors.joining(" + "));
    }

    private static String toJson(QuoteScore score, double annotateSeconds, double extractSeconds) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        figures(o, score.overall());
        figures(o.putObject("direct"), score.direct());
        figures(o.putObject("indirect"), score.indirect());
        o.put("documents", score.documents());
        o.put("annotate_seconds", Figures.round(annotateSeconds));
        o.put("extract_seconds", Figures.round(extractSeconds));
        return o.toString();
    }

    private static void figures(ObjectNode o, QuoteCounts c) {
        o.put("content_overlap_f1", Figures.round(c.overlapF1()));
        o.put("content_overlap_precision", Figures.round(c.overlapPrecision()));
        o.put("content_overlap_recall", Figures.round(c.overlapRecall()));
        o.put("content_exact_f1", Figures.round(c.exactF1()));
        o.put("content_exact_precision", Figures.round(c.exactPrecision()));
        o.put("content_exact_recall", Figures.round(c.exactRecall()));
        o.put("speaker_accuracy", Figures.round(c.speakerAccuracy()));
        o.put("gold", c.gold());
        o.put("predicted", c.predicted());
        o.put("speaker_judged", c.speakerJudged());
    }

    private static void printTable(PrintWriter out, QuoteScore s, double annotateSeconds, double extractSeconds) {
        QuoteCounts all = s.overall();
        out.printf(Locale.ROOT, "%d documents, %d gold attributions, %d predicted quotes (annotation %.1f s, "
                + "extraction %.2f s)%n%n", s.documents(), all.gold(), all.predicted(), annotateSeconds,
                extractSeconds);
        out.printf(Locale.ROOT, "%-9s %6s %6s | %-23s | %-23s | %s%n", "", "gold", "pred", "content overlap P/R/F1",
                "content exact P/R/F1", "speaker accuracy");
        row(out, "direct", s.direct());
        row(out, "indirect", s.indirect());
        row(out, "all", all);
    }

    private static void row(PrintWriter out, String label, QuoteCounts c) {
        out.printf(Locale.ROOT, "%-9s %6d %6d | %.3f  %.3f  %.3f     | %.3f  %.3f  %.3f     | %.3f (%d of %d)%n",
                label, c.gold(), c.predicted(), c.overlapPrecision(), c.overlapRecall(), c.overlapF1(),
                c.exactPrecision(), c.exactRecall(), c.exactF1(), c.speakerAccuracy(), c.speakerCorrect(),
                c.speakerJudged());
    }
}
