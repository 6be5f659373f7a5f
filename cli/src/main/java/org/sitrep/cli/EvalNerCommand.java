package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.ConllDocument;
import org.sitrep.eval.ConllFormatException;
import org.sitrep.eval.ConllReader;
import org.sitrep.eval.ConllTypes;
import org.sitrep.eval.EntityCounts;
import org.sitrep.eval.NerEvaluation;
import org.sitrep.eval.NerScore;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval ner}: scores entity recognition on a CoNLL-2003 file, on the file's own tokens and sentence
 * breaks, one article per CoNLL document. Sitrep's types are scored as CoNLL's (see
 * {@link org.sitrep.eval.ConllTypes}). Exit codes: 0 scored, 1 the file is not CoNLL or cannot be read, 2 no such
 * file.
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
            return EvalOptions.fail(err, "ner", "no such file: " + file, 2);
        }
        List<ConllDocument> documents;
        try {
            documents = new ConllReader().read(file);
        } catch (IOException e) {
            return EvalOptions.fail(err, "ner", "cannot read " + file + ": " + e.getMessage(), 1);
        } catch (ConllFormatException e) {
            return EvalOptions.fail(err, "ner", "not a CoNLL file: " + e.getMessage(), 1);
        }
        CoreNlpAnnotator annotator = CoreNlpAnnotator.forPretokenized();
        long start = System.nanoTime();
        NerScore score = new NerEvaluation().score(file.toString(), documents, a -> annotator.annotate(a).names());
        double seconds = (System.nanoTime() - start) / 1e9;
        int sentences = documents.stream().mapToInt(d -> d.sentences().size()).sum();
        int tokens = documents.stream().mapToInt(ConllDocument::tokenCount).sum();
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
        o.put("precision", Figures.round(overall.precision()));
        o.put("recall", Figures.round(overall.recall()));
        o.put("f1", Figures.round(overall.f1()));
        o.put("gold", overall.gold());
        o.put("predicted", overall.predicted());
        o.put("correct", overall.correct());
        ObjectNode perType = o.putObject("per_type");
        for (String type : types(score)) {
            EntityCounts c = score.of(type);
            perType.putObject(type)
                    .put("precision", Figures.round(c.precision()))
                    .put("recall", Figures.round(c.recall()))
                    .put("f1", Figures.round(c.f1()))
                    .put("gold", c.gold())
                    .put("predicted", c.predicted())
                    .put("correct", c.correct());
        }
        o.put("documents", documents);
        o.put("sentences", sentences);
        o.put("tokens", tokens);
        o.put("seconds", Figures.round(seconds));
        o.put("tokens_per_s", Math.round(tokens / seconds));
        return o;
    }

    private static void printTable(PrintWriter out, NerScore score, int documents, int sentences, int tokens,
                                   double seconds) {
        out.printf(Locale.ROOT, "%d documents, %d sentences, %d tokens in %.1f s (%.0f tokens/s)%n%n",
                documents, sentences, tokens, seconds, tokens / seconds);
        out.printf(Locale.ROOT, "%-8s %9s %7s %7s %6s %9s %7s%n",
                "type", "precision", "recall", "f1", "gold", "predicted", "correct");
        types(score).forEach(type -> row(out, type, score.of(type)));
        row(out, "overall", score.overall());
    }

    /** CoNLL's four types, and any other the file uses, in alphabetical order. */
    private static Set<String> types(NerScore score) {
        Set<String> types = new TreeSet<>(ConllTypes.CONLL_TYPES);
        types.addAll(score.perType().keySet());
        return types;
    }

    private static void row(PrintWriter out, String label, EntityCounts c) {
        out.printf(Locale.ROOT, "%-8s %9.4f %7.4f %7.4f %6d %9d %7d%n",
                label, c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.correct());
    }
}
