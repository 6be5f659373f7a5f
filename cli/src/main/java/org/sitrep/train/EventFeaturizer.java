package org.sitrep.train;

import org.sitrep.Sitrep;
import org.sitrep.extract.EventTyper;
import org.sitrep.extract.IncidentCandidate;
import org.sitrep.extract.IncidentCandidates;
import org.sitrep.extract.LearnedEventTyper;
import org.sitrep.learn.Features;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a labelled text as the event typer would read its incident: runs Sitrep with the rules' typer over it,
 * and gathers the text's first sentences, their lemmas, the rules' sub-type of its main incident (or none) and
 * the signals of every incident the rules find. Runs on several threads, one Sitrep each; the result is in input
 * order whatever the number of threads.
 */
final class EventFeaturizer {
    private final int threads;

    EventFeaturizer(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The candidate of each text, in input order; {@code progress} hears of every 500 texts. */
    List<IncidentCandidate> candidates(List<LabelledText> texts, Runnable progress) throws Exception {
        IncidentCandidate[] out = new IncidentCandidate[texts.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                jobs.add(pool.submit(() -> {
                    Recorder recorder = new Recorder();
                    Sitrep sitrep = Sitrep.load(recorder);
                    for (int i = worker; i < texts.size(); i += threads) {
                        try {
                            out[i] = candidate(sitrep, recorder, texts.get(i));
                        } catch (RuntimeException | StackOverflowError e) {
                            throw new IllegalStateException("cannot read training text " + texts.get(i).id(), e);
                        }
                        if (i % 500 == 0) {
                            progress.run();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /** What the typer reads of each candidate; {@code embeddings} null leaves the embedding out. */
    static List<Features> features(List<IncidentCandidate> candidates, boolean rules, boolean lexical,
                                   List<float[]> embeddings) {
        List<Features> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            IncidentCandidate c = candidates.get(i);
            IncidentCandidate read = new IncidentCandidate(c.text(), lexical ? c.lemmas() : List.of(),
                    rules ? c.rule() : null, c.ruleConfidence(), rules ? c.signals() : List.of());
            Features f = LearnedEventTyper.features(read, embeddings == null ? null : embeddings.get(i));
            out.add(rules ? f : new Features(f.names().stream().filter(n -> !n.startsWith("rule=")).toList(),
                    f.dense()));
        }
        return out;
    }

    private static IncidentCandidate candidate(Sitrep sitrep, Recorder recorder, LabelledText text) {
        recorder.seen.clear();
        AnnotatedArticle annotated = sitrep.annotate(Article.of(text.id(), text.text()));
        ArticleFacts facts = sitrep.extract(annotated);
        IncidentCandidate whole = IncidentCandidates.withoutReports(annotated);
        TreeSet<String> signals = new TreeSet<>();
        recorder.seen.forEach(c -> signals.addAll(c.signals()));
        Event main = facts.events().stream()
                .max(Comparator.<Event>comparingInt(e -> e.evidence().size()).thenComparingDouble(Event::confidence))
                .orElse(null);
        return new IncidentCandidate(whole.text(), whole.lemmas(), main == null ? null : main.subtype(),
                main == null ? 0 : main.confidence(), List.copyOf(signals));
    }

    /** The rules' typer, keeping every candidate it is shown. */
    private static final class Recorder implements EventTyper {
        final List<IncidentCandidate> seen = new ArrayList<>();

        @Override
        public Typing type(IncidentCandidate candidate) {
            seen.add(candidate);
            return RULES.type(candidate);
        }
    }
}
