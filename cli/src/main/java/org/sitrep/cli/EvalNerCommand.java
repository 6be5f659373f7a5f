package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.ConllArticle;
import org.sitrep.eval.ConllDocument;
import org.sitrep.eval.ConllFormatException;
import org.sitrep.eval.ConllReader;
import org.sitrep.eval.EntityCounts;
import org.sitrep.eval.NerScore;
import org.sitrep.eval.NerScorer;
import org.sitrep.model.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval ner}: scores entity recognition on a CoNLL-2003 file, on the file's own tokens and sentence
 * breaks, one article per CoNLL document. Sitrep's types are scored as CoNLL's (see
 * {@link org.sitrep.eval.ConllTypes}).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Scores entity recognition on a CoNLL-2003 file (token ... IOB-tag per line): precision, "
                + "recall and F1 per type and overall, exact span and type. PERSON is scored as PER, GPE and LOC "
                + "as LOC, NORP and MISC as MISC.")
final class EvalNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CoNLL-2003 file, such as eng.testa.")
    Path file;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("sitrep eval ner: no such file: " + file);
            return 2;
        }
        List<ConllDocument> documents;
        try {
            documents = new ConllReader().read(file);
        } catch (IOException e) {
            err.println("sitrep eval ner: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (ConllFormatException e) {
            err.println("sitrep eval ner: not a CoNLL file: " + e.getMessage());
            return 1;
        }
        CoreNlpAnnotator annotator = CoreNlpAnnotator.forPretokenized();
        NerScorer scorer = new NerScorer();
        NerScore score = NerScore.EMPTY;
        int sentences = 0;
        int tokens = 0;
        long start = System.nanoTime();
        for (ConllDocument document : documents) {
            ConllArticle conll = new ConllArticle(document);
            AnnotatedArticle annotated = annotator.annotate(conll.article(file + " document " + document.index()));
            score = score.plus(scorer.score(conll.goldTags(), conll.tags(annotated.names())));
            sentences += document.sentences().size();
            tokens += document.tokenCount();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            out.println(toJson(score, documents.size(), sentences, tokens, seconds));
        } else {
            printTable(out, score, documents.size(), sentences, tokens, seconds);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(NerScore score, int documents, int sentences, int tokens, double seconds) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        EntityCounts overall = score.overall();
        o.put("precision", round(overall.precision()));
        o.put("recall", round(overall.recall()));
        o.put("f1", round(overall.f1()));
        o.put("gold", overall.gold());
        o.put("predicted", overall.predicted());
        o.put("correct", overall.correct());
        ObjectNode perType = o.putObject("per_type");
        for (Map.Entry<String, EntityCounts> e : score.perType().entrySet()) {
            EntityCounts c = e.getValue();
            perType.putObject(e.getKey())
                    .put("precision", round(c.precision()))
                    .put("recall", round(c.recall()))
                    .put("f1", round(c.f1()))
                    .put("gold", c.gold())
                    .put("predicted", c.predicted())
                    .put("correct", c.correct());
        }
        o.put("documents", documents);
        o.put("sentences", sentences);
        o.put("tokens", tokens);
        o.put("seconds", round(seconds));
        o.put("tokens_per_s", Math.round(tokens / seconds));
        return o;
    }

    private static void printTable(PrintWriter out, NerScore score, int documents, int sentences, int tokens,
                                   double seconds) {
        out.printf(Locale.ROOT, "%d documents, %d sentences, %d tokens in %.1f s (%.0f tokens/s)%n%n",
                documents, sentences, tokens, seconds, tokens / seconds);
        out.printf(Locale.ROOT, "%-8s %9s %7s %7s %6s %9s %7s%n",
                "type", "precision", "recall", "f1", "gold", "predicted", "correct");
        score.perType().forEach((type, counts) -> row(out, type, counts));
        row(out, "overall", score.overall());
    }

    private static void row(PrintWriter out, String label, EntityCounts c) {
        out.printf(Locale.ROOT, "%-8s %9.4f %7.4f %7.4f %6d %9d %7d%n",
                label, c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.correct());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
