package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.Sitrep;
import org.sitrep.eval.CaseLabels;
import org.sitrep.extract.EventTyper;
import org.sitrep.extract.LearnedEventTyper;
import org.sitrep.learn.LinearModel;
import org.sitrep.eval.CaseReader;
import org.sitrep.eval.CaseScore;
import org.sitrep.eval.CaseSnippet;
import org.sitrep.eval.EventCounts;
import org.sitrep.eval.EventDocument;
import org.sitrep.eval.EventDuplicates;
import org.sitrep.eval.EventScorer;
import org.sitrep.eval.PredictedMention;
import org.sitrep.eval.RamsReader;
import org.sitrep.eval.WikiEventsReader;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sitrep eval events}: scores events on CASE 2021 task 2 snippets (ACLED sub-type of each snippet's main
 * event, under {@link CaseLabels}), WikiEvents (trigger and argument F1 for attacks, deaths and injuries) and RAMS
 * (argument F1 at the gold trigger), under {@link org.sitrep.eval.KairosMapping}. PATH is one corpus file or a folder
 * holding any of them. Exit codes: 0 scored, 1 a file cannot be read as its corpus, 2 bad usage.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Scores events on CASE 2021 task 2 (TSV with id/EventSnippet/SubType header, or the sample "
                + "-input.txt/-output.txt pair): type accuracy, macro F1, other accuracy; on WikiEvents JSON Lines: "
                + "trigger and argument F1 for attacks, deaths, injuries; on RAMS JSON Lines: argument F1; and the "
                + "share of numbered deaths whose toll is exact. PATH is a file or a folder holding such files.")
final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A corpus file, or a folder holding CASE, WikiEvents and RAMS files.")
    Path path;

    @Mixin
    EvalOptions options;

    @Option(names = "--model", paramLabel = "DIR", description = "Type events with the model, detector and screen in DIR (as `train events --out DIR` writes them) instead of the shipped ones.")
    Path model;

    @Option(names = "--rules", description = "Type events by the rules alone (no learned model), for comparison.")
    boolean rules;

    private enum Corpus { CASE, WIKIEVENTS, RAMS }

    private record Input(Corpus corpus, Path file) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            return EvalOptions.fail(err, "events", path + " does not exist", 2);
        }
        if (options.problem() != null) {
            return EvalOptions.fail(err, "events", options.problem(), 2);
        }
        List<Input> inputs;
        try {
            inputs = inputs(path);
        } catch (UncheckedIOException e) {
            return EvalOptions.fail(err, "events", "cannot read " + path + ": " + e.getMessage(), 1);
        }
        if (inputs.isEmpty()) {
            return EvalOptions.fail(err, "events", "no CASE, WikiEvents or RAMS file in " + path, 2);
        }
        List<CaseSnippet> snippets = new ArrayList<>();
        List<EventDocument> wiki = new ArrayList<>();
        List<EventDocument> rams = new ArrayList<>();
        try {
            for (Input in : inputs) {
                switch (in.corpus()) {
                    case CASE -> snippets.addAll(new CaseReader().read(in.file()));
                    case WIKIEVENTS -> wiki.addAll(new WikiEventsReader().read(in.file()));
                    case RAMS -> rams.addAll(new RamsReader().read(in.file()).stream()
                            .filter(d -> d.events().stream().anyMatch(g -> g.family() != null)).toList());
                }
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return EvalOptions.fail(err, "events", e.getMessage(), 1);
        }
        snippets = options.limited(snippets);
        wiki = options.limited(wiki);
        rams = options.limited(rams);

        Sitrep sitrep;
        try {
            sitrep = Sitrep.load(rules ? EventTyper.RULES : model == null ? LearnedEventTyper.load()
                    : new LearnedEventTyper(LinearModel.read(model.resolve(LearnedEventTyper.MODEL)),
                    LinearModel.read(model.resolve(LearnedEventTyper.DETECTOR)),
                    LinearModel.read(model.resolve(LearnedEventTyper.SCREEN))));
        } catch (IOException e) {
            return EvalOptions.fail(err, "events", "cannot read the model " + model + ": " + e.getMessage(), 1);
        }
        CaseScore caseScore = new CaseScore();
        for (CaseSnippet s : snippets) {
            ArticleFacts facts = sitrep.process(Article.of("case-" + s.id(), s.text()));
            String predicted = mainEvent(facts.events());
            caseScore.add(s.label(), predicted);
            if (options.errors && !predicted.equals(s.label())) {
                err.printf(Locale.ROOT, "CASE\t%s\tgold %s\tpredicted %s\t%s%n", s.id(), s.label(), predicted, s.text());
            }
        }
        EventCounts wikiCounts = score(sitrep, wiki, "WikiEvents", err);
        EventCounts ramsCounts = score(sitrep, rams, "RAMS", err);

        if (options.json) {
            out.println(toJson(snippets.isEmpty() ? null : caseScore, wiki.isEmpty() ? null : wikiCounts,
                    rams.isEmpty() ? null : ramsCounts));
        } else {
            printTable(out, snippets.isEmpty() ? null : caseScore, wiki.isEmpty() ? null : wikiCounts,
                    wiki.size(), rams.isEmpty() ? null : ramsCounts, rams.size());
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** The CASE label of a snippet's main event: the one with the most evidence, then the surest, then the first. */
    static String mainEvent(List<Event> events) {
        return events.stream()
                .max(Comparator.<Event>comparingInt(e -> e.evidence().size())
                        .thenComparingDouble(Event::confidence)
                        .thenComparing(Comparator.comparingInt((Event e) -> e.evidence().get(0).start()).reversed()))
                .map(e -> CaseLabels.label(e.subtype()))
                .orElse(CaseLabels.NONE);
    }

    /** Per corpus: articles with an event repeating another's sub-type, date and place; such events; all events. */
    private final Map<String, Integer> duplicateArticles = new HashMap<>();
    private final Map<String, Integer> duplicateEvents = new HashMap<>();
    private final Map<String, Integer> articleEvents = new HashMap<>();

    private EventCounts score(Sitrep sitrep, List<EventDocument> documents, String corpus, PrintWriter err) {
        EventScorer scorer = new EventScorer();
        EventCounts total = EventCounts.ZERO;
        for (EventDocument doc : documents) {
            AnnotatedArticle annotated = sitrep.annotate(doc.toArticle());
            ArticleFacts facts = sitrep.extract(annotated);
            List<PredictedMention> predictions = PredictedMention.of(annotated, facts.events());
            EventCounts counts = scorer.score(doc, predictions);
            int duplicates = EventDuplicates.count(facts.events());
            if (duplicates > 0) {
                duplicateArticles.merge(corpus, 1, Integer::sum);
                duplicateEvents.merge(corpus, duplicates, Integer::sum);
                if (options.errors) {
                    err.printf(Locale.ROOT, "%s	%s	DUPLICATES	%d%n", corpus, doc.id(), duplicates);
                }
            }
            articleEvents.merge(corpus, facts.events().size(), Integer::sum);
            if (options.errors) {
                for (String e : scorer.argumentErrors(doc, predictions)) {
                    err.printf(Locale.ROOT, "%s\t%s\tARG\t%s%n", corpus, doc.id(), e);
                }
                for (String miss : scorer.tollMisses(doc, predictions)) {
                    err.printf(Locale.ROOT, "%s\t%s\tTOLL\t%s%n", corpus, doc.id(), miss);
                }
                err.printf(Locale.ROOT, "%s\t%s\tgold %d found %d\tpredicted %d right %d\targs gold %d found %d "
                                + "predicted %d right %d%n", corpus, doc.id(), counts.gold(), counts.goldFound(),
                        counts.predicted(), counts.predictedRight(), counts.goldArguments(), counts.goldArgumentsFound(),
                        counts.predictedArguments(), counts.predictedArgumentsRight());
            }
            total = total.plus(counts);
        }
        return total;
    }

    /** The corpus files at {@code path}: the file itself, or the files of a folder, each by its name and content. */
    private static List<Input> inputs(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files = List.of(path);
        }
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) {
            Corpus c = corpus(f, files.size() == 1);
            if (c != null) {
                inputs.add(new Input(c, f));
            }
        }
        return inputs;
    }

    private static Corpus corpus(Path f, boolean only) {
        String name = f.getFileName().toString();
        String first = firstLine(f);
        if (first.startsWith("{")) {
            if (first.contains("\"event_mentions\"")) {
                return Corpus.WIKIEVENTS;
            }
            if (first.contains("\"evt_triggers\"")) {
                return Corpus.RAMS;
            }
            return null;
        }
        if (first.replace("\uFEFF", "").trim().equalsIgnoreCase("id\tEventSnippet\tSubType")
                || (name.contains("-input") && Files.exists(f.resolveSibling(name.replace("-input", "-output"))))) {
            return Corpus.CASE;
        }
        return only ? Corpus.CASE : null; // a lone file is read as CASE, and the reader says why it is not
    }

    private static String firstLine(Path f) {
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line.length() > 200_000 ? line.substring(0, 200_000) : line;
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private String toJson(CaseScore c, EventCounts wiki, EventCounts rams) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        EventCounts both = (wiki == null ? EventCounts.ZERO : wiki).plus(rams == null ? EventCounts.ZERO : rams);
        put(o, "trigger_f1", wiki == null ? Double.NaN : wiki.triggerF1());
        put(o, "argument_f1", wiki == null && rams == null ? Double.NaN : both.argumentF1());
        put(o, "type_accuracy", c == null ? Double.NaN : c.typeAccuracy());
        put(o, "type_macro_f1", c == null ? Double.NaN : c.macroF1());
        put(o, "other_accuracy", c == null ? Double.NaN : c.otherAccuracy());
        put(o, "fatalities_exact", both.fatalitiesExact());
        if (c != null) {
            ObjectNode cn = o.putObject("case");
            cn.put("snippets", c.snippets());
            cn.put("acled_snippets", c.acled());
            put(cn, "type_accuracy", c.typeAccuracy());
            put(cn, "type_macro_f1", c.macroF1());
            put(cn, "other_accuracy", c.otherAccuracy());
        }
        if (wiki != null) {
            duplicates(counts(o.putObject("wikievents"), wiki), "WikiEvents");
        }
        if (rams != null) {
            duplicates(counts(o.putObject("rams"), rams), "RAMS");
        }
        return o.toString();
    }

    private void duplicates(ObjectNode n, String corpus) {
        n.put("events", articleEvents.getOrDefault(corpus, 0));
        n.put("duplicate_articles", duplicateArticles.getOrDefault(corpus, 0));
        n.put("duplicate_events", duplicateEvents.getOrDefault(corpus, 0));
    }

    private String duplicateLine(String corpus, int documents) {
        return String.format(Locale.ROOT, "  events %d; same sub-type, date and place twice: %d of %d documents (%d events)%n",
                articleEvents.getOrDefault(corpus, 0), duplicateArticles.getOrDefault(corpus, 0), documents,
                duplicateEvents.getOrDefault(corpus, 0));
    }

    private static ObjectNode counts(ObjectNode n, EventCounts c) {
        put(n, "trigger_f1", c.triggerF1());
        put(n, "trigger_precision", c.triggerPrecision());
        put(n, "trigger_recall", c.triggerRecall());
        put(n, "argument_f1", c.argumentF1());
        put(n, "argument_precision", c.argumentPrecision());
        put(n, "argument_recall", c.argumentRecall());
        put(n, "fatalities_exact", c.fatalitiesExact());
        n.put("gold_mentions", c.gold());
        n.put("predicted_mentions", c.predicted());
        n.put("gold_arguments", c.goldArguments());
        n.put("deaths_with_number", c.deaths());
        return n;
    }

    private static void put(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, Figures.round(v));
        }
    }

    private void printTable(PrintWriter out, CaseScore c, EventCounts wiki, int wikiDocs, EventCounts rams,
                                   int ramsDocs) {
        if (c != null) {
            out.printf(Locale.ROOT, "CASE 2021 task 2: %d snippets (%d with an ACLED label)%n", c.snippets(), c.acled());
            out.printf(Locale.ROOT, "  type accuracy %s, macro F1 %s, other accuracy %s%n", show(c.typeAccuracy()),
                    show(c.macroF1()), show(c.otherAccuracy()));
        }
        if (wiki != null) {
            out.printf(Locale.ROOT, "WikiEvents: %d documents, %d gold mentions (attack, die, injure), %d predicted%n",
                    wikiDocs, wiki.gold(), wiki.predicted());
            out.printf(Locale.ROOT, "  trigger P/R/F1 %s %s %s; argument P/R/F1 %s %s %s; fatalities exact %s (%d)%n",
                    show(wiki.triggerPrecision()), show(wiki.triggerRecall()), show(wiki.triggerF1()),
                    show(wiki.argumentPrecision()), show(wiki.argumentRecall()), show(wiki.argumentF1()),
                    show(wiki.fatalitiesExact()), wiki.deaths());
            out.print(duplicateLine("WikiEvents", wikiDocs));
        }
        if (rams != null) {
            out.printf(Locale.ROOT, "RAMS: %d windows (attack, die, injure), %d gold arguments%n", ramsDocs,
                    rams.goldArguments());
            out.printf(Locale.ROOT, "  trigger found %s; argument P/R/F1 %s %s %s; fatalities exact %s (%d)%n",
                    show(rams.triggerRecall()), show(rams.argumentPrecision()), show(rams.argumentRecall()),
                    show(rams.argumentF1()), show(rams.fatalitiesExact()), rams.deaths());
            out.print(duplicateLine("RAMS", ramsDocs));
        }
    }

    private static String show(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
