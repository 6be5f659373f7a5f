package org.sitrep.cli;

import org.sitrep.extract.IncidentCandidate;
import org.sitrep.extract.LearnedEventTyper;
import org.sitrep.eval.CaseLabels;
import org.sitrep.learn.Example;
import org.sitrep.learn.Features;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.LinearTrainer;
import org.sitrep.model.EventSubtype;
import org.sitrep.train.EventTraining;
import org.sitrep.train.LabelledText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep train events}: rebuilds the event typer's model from the public corpora of {@code ../shared/train}
 * and the project's own notes, holding a fixed part of them out for validation, and prints the validation
 * figures. Deterministic: the same data give the same model file.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Trains the event typer (ACLED sub-type or no event) and prints its validation figures.")
final class TrainEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrainOptions corpora;

    @Option(names = "--notes", paramLabel = "DIR", description = "The project's own notes, CASE-format TSV files (default: ${DEFAULT-VALUE}).")
    Path notes = Path.of("training/events");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model and its screen (default: the shipped resources, ${DEFAULT-VALUE}).")
    Path out = Path.of("core/src/main/resources/org/sitrep/extract");

    @Option(names = "--cache", paramLabel = "FILE", description = "Keeps the rules' reading of the texts between runs (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of("target/event-candidates.jsonl");

    @Option(names = "--without-notes", description = "Train without the project's own notes, whatever --sources says (to measure what they add).")
    boolean withoutNotes;

    @Option(names = "--without-rules", description = "Train without the rules' sub-type and signals.")
    boolean withoutRules;

    @Option(names = "--without-embeddings", description = "Train without the MiniLM sentence embedding.")
    boolean withoutEmbeddings;

    @Option(names = "--without-lexical", description = "Train without lemma and lemma-pair features.")
    boolean withoutLexical;

    /**
     * The shipped model reads the gold sentences in ACLED's register: the project's notes and PLOVER's. Adding the
     * other corpora, whose labels are coarser than ACLED's or in other registers, lowered every figure (README).
     */
    @Option(names = "--sources", split = ",", paramLabel = "NAME", description = "The sources to train on: notes, plover, ngec, satp, india-police, glocon, maven, cameo, or all (default: ${DEFAULT-VALUE}).")
    java.util.Set<String> sources = new java.util.TreeSet<>(List.of("notes", "plover"));

    /** The detector (event or not) reads WikiEvents' long articles too; they lowered sub-type accuracy (README). */
    @Option(names = "--detector-sources", split = ",", paramLabel = "NAME", description = "The sources the detector (event or not) trains on (default: ${DEFAULT-VALUE}).")
    java.util.Set<String> detectorSources = new java.util.TreeSet<>(List.of("notes", "plover", "wikievents"));

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = 1.0;

    @Option(names = "--notes-weight", paramLabel = "W", description = "How much one of the project's notes counts (a public gold sentence counts 1; default: ${DEFAULT-VALUE}).")
    double notesWeight = 3.0;

    @Option(names = "--held-out", paramLabel = "FILE", description = "Also writes the held-out notes as CASE 2021 task 2 TSV, so that `eval events FILE --model DIR` measures the whole pipeline on them.")
    Path heldOutNotes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpora.data)) {
            err.println("sitrep train events: " + corpora.data + " is not a folder of training corpora");
            return 2;
        }
        EventTraining training = new EventTraining(corpora.data, withoutNotes ? null : notes, notesWeight,
                corpora.threads, cache);
        List<LabelledText> all = training.texts().stream()
                .filter(t -> in(sources, t) || in(detectorSources, t)).toList();
        err.printf(Locale.ROOT, "sitrep train events: %d texts %s%n", all.size(), EventTraining.bySource(all));
        List<IncidentCandidate> allCandidates = training.candidates(all, err);
        List<Features> allFeatures = training.features(allCandidates, !withoutRules, !withoutLexical,
                !withoutEmbeddings);
        List<LabelledText> texts = new ArrayList<>();
        List<Features> features = new ArrayList<>();
        List<IncidentCandidate> candidates = new ArrayList<>();
        List<LabelledText> detectorTexts = new ArrayList<>();
        List<Features> detectorFeatures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (in(sources, all.get(i))) {
                texts.add(all.get(i));
                features.add(allFeatures.get(i));
                candidates.add(allCandidates.get(i));
            }
            if (in(detectorSources, all.get(i))) {
                detectorTexts.add(all.get(i));
                detectorFeatures.add(allFeatures.get(i));
            }
        }
        List<Example> train = new ArrayList<>();
        List<Example> heldOut = new ArrayList<>();
        split(texts, features, train, heldOut);
        long start = System.nanoTime();
        LinearModel model = new LinearTrainer(l2, 2, 400).train(LearnedEventTyper.labels(), train, heldOut);
        err.printf(Locale.ROOT, "sitrep train events: trained on %d, held out %d, in %.0f s%n", train.size(),
                heldOut.size(), (System.nanoTime() - start) / 1e9);
        List<Example> detectorTrain = new ArrayList<>();
        List<Example> detectorHeldOut = new ArrayList<>();
        split(detectorTexts, detectorFeatures, detectorTrain, detectorHeldOut);
        LinearModel detector = new LinearTrainer(l2, 2, 400).train(LearnedEventTyper.labels(), detectorTrain,
                detectorHeldOut);
        List<Example> screenTrain = new ArrayList<>();
        List<Example> screenHeldOut = new ArrayList<>();
        split(texts, training.features(candidates, false, true, false), screenTrain, screenHeldOut);
        LinearModel screen = new LinearTrainer(l2, 2, 400).train(LearnedEventTyper.labels(), screenTrain,
                screenHeldOut);
        Files.createDirectories(this.out);
        Path modelFile = this.out.resolve(LearnedEventTyper.MODEL);
        Path detectorFile = this.out.resolve(LearnedEventTyper.DETECTOR);
        Path screenFile = this.out.resolve(LearnedEventTyper.SCREEN);
        write(model, modelFile);
        write(detector, detectorFile);
        write(screen, screenFile);
        out.println("model " + modelFile);
        out.println(EventTraining.report(model, heldOut, Files.size(modelFile)));
        out.println(EventTraining.noneThresholds(model, heldOut));
        out.println("detector " + detectorFile);
        out.println(EventTraining.report(detector, detectorHeldOut, Files.size(detectorFile)));
        out.println("screen " + screenFile);
        out.println(EventTraining.report(screen, screenHeldOut, Files.size(screenFile)));
        out.println(EventTraining.screening(screen, screenHeldOut, LearnedEventTyper.UNREAD_SCREEN));
        if (heldOutNotes != null) {
            writeCase(texts.stream().filter(t -> t.source().equals("notes") && EventTraining.heldOut(t)).toList(),
                    heldOutNotes);
            out.println("held-out notes " + heldOutNotes);
        }
        return out.checkError() ? 1 : 0;
    }

    private static boolean in(java.util.Set<String> names, LabelledText t) {
        return names.contains("all") || names.contains(t.source());
    }

    /** The examples of the texts, each into the training or the held-out part. */
    private static void split(List<LabelledText> texts, List<Features> features, List<Example> train,
                              List<Example> heldOut) {
        for (int i = 0; i < texts.size(); i++) {
            LabelledText t = texts.get(i);
            (EventTraining.heldOut(t) ? heldOut : train).add(new Example(features.get(i), t.labels(), t.weight(),
                    t.source()));
        }
    }

    /** Texts of one label each in CASE's layout: id, snippet, the CASE label (NONE for no event). */
    private static void writeCase(List<LabelledText> texts, Path file) throws java.io.IOException {
        StringBuilder tsv = new StringBuilder("id\tEventSnippet\tSubType\n");
        for (LabelledText t : texts) {
            String label = t.labels().iterator().next();
            tsv.append(t.id()).append('\t').append(t.text().replaceAll("\\s+", " ")).append('\t')
                    .append(label.equals(LearnedEventTyper.NONE) ? CaseLabels.NONE
                            : CaseLabels.label(EventSubtype.valueOf(label))).append('\n');
        }
        Files.writeString(file, tsv);
    }

    private static void write(LinearModel model, Path file) throws java.io.IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            model.write(stream);
        }
    }
}
