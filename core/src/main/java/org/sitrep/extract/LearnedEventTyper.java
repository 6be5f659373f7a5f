package org.sitrep.extract;

import org.sitrep.learn.Features;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.SentenceEncoder;
import org.sitrep.model.EventSubtype;

import java.util.ArrayList;
import java.util.List;

/**
 * ACLED's sub-type of an incident, or no event, by a trained linear model over three kinds of evidence: the
 * MiniLM embedding of the sentences reporting it, their lemmas and lemma pairs, and the rules' reading (their
 * sub-type, trigger kinds, weapons, sides and flags). Its probabilities are calibrated on held-out data; the
 * decision is the most probable label. The model is {@value #MODEL}, built by {@code sitrep train events}.
 * Thread-safe.
 */
public final class LearnedEventTyper implements EventTyper {
    /** The class-path resource holding the shipped model. */
    public static final String MODEL = "event-types.model";
    /** The class-path resource holding the shipped detector: event or not, trained also on long news articles. */
    public static final String DETECTOR = "event-detector.model";
    /** The class-path resource holding the shipped screen: a model of the words alone, cheap to apply. */
    public static final String SCREEN = "event-screen.model";
    /** The label of a candidate that is no ACLED event. */
    public static final String NONE = "NONE";
    /** Embeddings are of unit length; scaled up, they weigh about as much as the indicator features. */
    private static final float EMBEDDING_SCALE = 8f;
    /**
     * The least probability of "no event" that overrules the rules' reading of people killed or injured: a toll is
     * strong evidence of an incident, and news articles tell tolls in sentences unlike the short notes.
     */
    static final double NONE_OVER_TOLL = 0.98;
    /**
     * The least probability of a sub-type that makes an event of a sentence the rules did not read, where the
     * probability of an event is the lower of the detector's and the model's. Chosen on the held-out notes read
     * whole by the pipeline and on PolNeAR's train articles, which tell no war (README, Models).
     */
    static final double UNREAD_MINIMUM = 0.3;
    /** Words alone giving "no event" this probability or more screen a sentence out before it is embedded. */
    public static final double UNREAD_SCREEN = 0.9;

    private final LinearModel model;
    private final LinearModel detector;
    private final LinearModel screen;

    /**
     * @param model    the model of incidents' sub-types
     * @param detector the model that tells an incident from no event (its sub-types are not used)
     * @param screen a model of the words alone (no embedding, no rule signal), which screens the sentences the
     *               rules did not read before the model reads them
     */
    public LearnedEventTyper(LinearModel model, LinearModel detector, LinearModel screen) {
        if (!model.labels().contains(NONE) || !detector.labels().contains(NONE) || !screen.labels().contains(NONE)) {
            throw new IllegalArgumentException("an event model needs the label " + NONE);
        }
        if (screen.dimensions() > 0) {
            throw new IllegalArgumentException("a screen reads words alone, not embeddings");
        }
        if (model.dimensions() != detector.dimensions()) {
            throw new IllegalArgumentException("the model and the detector read different features");
        }
        this.model = model;
        this.detector = detector;
        this.screen = screen;
    }

    /** The typer with the shipped models. */
    public static LearnedEventTyper load() {
        return new LearnedEventTyper(LinearModel.resource(LearnedEventTyper.class, MODEL),
                LinearModel.resource(LearnedEventTyper.class, DETECTOR),
                LinearModel.resource(LearnedEventTyper.class, SCREEN));
    }

    /** The labels a model of events is trained on: every sub-type's name, and {@link #NONE}. */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (EventSubtype s : EventSubtype.values()) {
            labels.add(s.name());
        }
        labels.add(NONE);
        return labels;
    }

    /**
     * No event when both the detector and the model find "no event" their most probable label; a candidate
     * whose reports count people killed or injured then needs that at {@value #NONE_OVER_TOLL} (the lower of
     * their two probabilities), and short of it keeps the rules' sub-type, with the probability of an event as
     * its confidence. Otherwise the model's most probable sub-type, with the probability of an event times the
     * model's probability of that sub-type among events.
     */
    @Override
    public Typing type(IncidentCandidate candidate) {
        return type(candidate, features(candidate, model.dimensions() > 0), false);
    }

    /**
     * The typing of a candidate from its features. {@code unread}: the rules read nothing in it, so the probability
     * of an event is the lower of the detector's and the model's, not the higher.
     */
    private Typing type(IncidentCandidate candidate, Features x, boolean unread) {
        boolean toll = candidate.signals().contains("killed") || candidate.signals().contains("injured");
        double[] p = model.probabilities(x);
        int none = model.labels().indexOf(NONE);
        double[] d = detector.probabilities(x);
        double noEvent = unread ? Math.max(d[none], p[none]) : Math.min(d[none], p[none]);
        int best = LinearModel.argmax(p, none);
        boolean bothNone = d[none] >= d[LinearModel.argmax(d, none)] && p[none] >= p[best];
        if (bothNone && (!toll || noEvent >= NONE_OVER_TOLL)) {
            return new Typing(null, noEvent);
        }
        if (bothNone && candidate.rule() != null) {
            return new Typing(candidate.rule(), 1 - noEvent);
        }
        return new Typing(EventSubtype.valueOf(model.labels().get(best)),
                (1 - noEvent) * p[best] / Math.max(1e-9, 1 - p[none]));
    }

    /**
     * A sentence the rules did not read is an incident when the detector and the model both find an event and
     * give its sub-type at least {@value #UNREAD_MINIMUM}; the screen reads its words first, and the model (with
     * the embedding) reads only the sentences the screen gives "no event" under {@value #UNREAD_SCREEN}. The cue is
     * the word whose weight tells that sub-type most.
     */
    @Override
    public Typing typeUnread(IncidentCandidate sentence) {
        if (screen.probabilities(features(sentence, false))[screen.labels().indexOf(NONE)] >= UNREAD_SCREEN) {
            return new Typing(null, 1);
        }
        Typing typing = type(sentence, features(sentence, model.dimensions() > 0), true);
        if (typing.subtype() == null || typing.confidence() < UNREAD_MINIMUM) {
            return new Typing(null, 1);
        }
        int label = model.labels().indexOf(typing.subtype().name());
        int cue = -1;
        double strongest = 0;
        for (int i = 0; i < sentence.lemmas().size(); i++) {
            double w = model.weight("w=" + sentence.lemmas().get(i), label);
            if (w > strongest) {
                strongest = w;
                cue = i;
            }
        }
        return new Typing(typing.subtype(), typing.confidence(), cue);
    }

    /**
     * Each trigger kind paired with each side the rules read ({@code kind=CAPTURE&side1=STATE}): a linear model
     * cannot itself tell that a capture by the state is a government regaining ground and one by rebels is not,
     * nor a raid by the police from one on the police.
     */
    private static void addSidePairs(List<String> names, List<String> signals) {
        for (String kind : signals) {
            if (kind.startsWith("kind=")) {
                for (String side : signals) {
                    if (side.startsWith("side1=") || side.startsWith("side2=")) {
                        names.add(kind + "&" + side);
                    }
                }
            }
        }
    }

    /** What the model reads of a candidate, with or without its embedding (for models trained without). */
    public static Features features(IncidentCandidate c, boolean embed) {
        return features(c, embed ? SentenceEncoder.encode(c.text()) : null);
    }

    /** What the model reads of a candidate whose text has the given embedding (null for none). */
    public static Features features(IncidentCandidate c, float[] embedding) {
        List<String> names = new ArrayList<>(c.lemmas().size() * 2 + c.signals().size() + 1);
        List<String> lemmas = c.lemmas();
        for (int i = 0; i < lemmas.size(); i++) {
            names.add("w=" + lemmas.get(i));
            if (i > 0) {
                names.add("b=" + lemmas.get(i - 1) + "_" + lemmas.get(i));
            }
        }
        names.add("rule=" + (c.rule() == null ? NONE : c.rule().name()));
        names.addAll(c.signals());
        addSidePairs(names, c.signals());
        if (embedding == null) {
            return new Features(names, new float[0]);
        }
        float[] dense = new float[embedding.length];
        for (int d = 0; d < embedding.length; d++) {
            dense[d] = embedding[d] * EMBEDDING_SCALE;
        }
        return new Features(names, dense);
    }
}
