package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores predicted event mentions against a document's gold mentions of the scored families (attack, die,
 * injure; see {@link KairosMapping}). A predicted mention is right when its trigger overlaps a gold trigger of the
 * same family; a predicted argument is right when its mention is right and that gold mention has an argument of the
 * same role overlapping it. Precision counts every predicted mention of a scored family when the document is
 * completely annotated (WikiEvents), and only those at a gold trigger when it is not (RAMS: one event per window).
 * A gold death whose victim states a number counts toward fatalities-exact when Sitrep's event at its trigger (or
 * whose evidence holds it) has exactly that toll.
 */
public final class EventScorer {

    public EventCounts score(EventDocument doc, List<PredictedMention> predictions) {
        List<GoldEvent> gold = doc.events().stream().filter(g -> g.family() != null).toList();
        List<PredictedMention> judged = new ArrayList<>();
        for (PredictedMention p : predictions) {
            if (doc.complete() || doc.events().stream().anyMatch(g -> g.trigger().overlaps(p.trigger()))) {
                judged.add(p);
            }
        }
        int goldFound = 0;
        int goldArgs = 0;
        int goldArgsFound = 0;
        for (GoldEvent g : gold) {
            List<PredictedMention> matches = judged.stream().filter(p -> matches(p, g)).toList();
            if (!matches.isEmpty()) {
                goldFound++;
            }
            for (GoldEventArgument a : g.arguments()) {
                goldArgs++;
                if (matches.stream().anyMatch(p -> p.arguments().stream().anyMatch(b -> same(a, b)))) {
                    goldArgsFound++;
                }
            }
        }
        int right = 0;
        int predictedArgs = 0;
        int argsRight = 0;
        for (PredictedMention p : judged) {
            List<GoldEvent> matches = gold.stream().filter(g -> matches(p, g)).toList();
            if (!matches.isEmpty()) {
                right++;
            }
            for (GoldEventArgument b : p.arguments()) {
                predictedArgs++;
                if (matches.stream().anyMatch(g -> g.arguments().stream().anyMatch(a -> same(a, b)))) {
                    argsRight++;
                }
            }
        }
        int deaths = 0;
        int exact = 0;
        for (GoldEvent g : gold) {
            if (!"die".equals(g.family()) || g.count() == null) {
                continue;
            }
            deaths++;
            Integer toll = null;
            for (PredictedMention p : predictions) {
                if (p.trigger().overlaps(g.trigger())) {
                    toll = p.fatalities();
                    break;
                }
            }
            if (toll == null) {
                for (PredictedMention p : predictions) {
                    if (p.evidence().stream().anyMatch(e -> e.contains(g.trigger())) && p.fatalities() != null) {
                        toll = p.fatalities();
                        break;
                    }
                }
            }
            if (toll != null && toll.equals(g.count())) {
                exact++;
            }
        }
        return new EventCounts(gold.size(), judged.size(), goldFound, right, goldArgs, predictedArgs, goldArgsFound,
                argsRight, deaths, exact);
    }

    /** Arguments missed and predicted wrongly: "MISSED family role 'text'", "SPURIOUS family role 'text'". */
    public List<String> argumentErrors(EventDocument doc, List<PredictedMention> predictions) {
        List<String> errors = new ArrayList<>();
        List<GoldEvent> gold = doc.events().stream().filter(g -> g.family() != null).toList();
        for (GoldEvent g : gold) {
            List<PredictedMention> matches = predictions.stream().filter(p -> matches(p, g)).toList();
            for (GoldEventArgument a : g.arguments()) {
                if (matches.stream().noneMatch(p -> p.arguments().stream().anyMatch(b -> same(a, b)))) {
                    errors.add("MISSED " + g.family() + " " + a.role() + " '" + a.span().of(doc.text()) + "' of '"
                            + g.trigger().of(doc.text()) + "'" + (matches.isEmpty() ? " (trigger missed)" : ""));
                }
            }
        }
        for (PredictedMention p : predictions) {
            List<GoldEvent> matches = gold.stream().filter(g -> matches(p, g)).toList();
            if (!doc.complete() && doc.events().stream().noneMatch(g -> g.trigger().overlaps(p.trigger()))) {
                continue;
            }
            for (GoldEventArgument b : p.arguments()) {
                if (matches.stream().noneMatch(g -> g.arguments().stream().anyMatch(a -> same(a, b)))) {
                    errors.add("SPURIOUS " + p.family() + " " + b.role() + " '" + b.span().of(doc.text()) + "' of '"
                            + p.trigger().of(doc.text()) + "'" + (matches.isEmpty() ? " (trigger wrong)" : ""));
                }
            }
        }
        return errors;
    }

    /** The gold deaths with a number whose toll Sitrep did not get exactly: "gold N predicted M: context". */
    public List<String> tollMisses(EventDocument doc, List<PredictedMention> predictions) {
        List<String> misses = new ArrayList<>();
        for (GoldEvent g : doc.events()) {
            if (!"die".equals(g.family()) || g.count() == null) {
                continue;
            }
            Integer toll = null;
            boolean found = false;
            for (PredictedMention p : predictions) {
                if (p.trigger().overlaps(g.trigger())) {
                    toll = p.fatalities();
                    found = true;
                    break;
                }
            }
            if (!found) {
                for (PredictedMention p : predictions) {
                    if (p.evidence().stream().anyMatch(e -> e.contains(g.trigger())) && p.fatalities() != null) {
                        toll = p.fatalities();
                        break;
                    }
                }
            }
            if (toll == null || !toll.equals(g.count())) {
                int from = Math.max(0, g.trigger().start() - 120);
                int to = Math.min(doc.text().length(), g.trigger().end() + 80);
                misses.add("gold " + g.count() + " predicted " + toll + (found ? "" : " (no trigger)") + ": "
                        + doc.text().substring(from, to).replace('\n', ' '));
            }
        }
        return misses;
    }

    private static boolean matches(PredictedMention p, GoldEvent g) {
        return p.family().equals(g.family()) && p.trigger().overlaps(g.trigger());
    }

    private static boolean same(GoldEventArgument gold, GoldEventArgument predicted) {
        return gold.role().equals(predicted.role()) && gold.span().overlaps(predicted.span());
    }
}
