package org.sitrep.eval;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * One trigger of a Sitrep event seen as a KAIROS event mention (see {@link KairosMapping}): its family, trigger,
 * arguments, the evidence of its event and its event's death toll.
 */
public record PredictedMention(String family, Span trigger, List<GoldEventArgument> arguments, List<Span> evidence,
                               Integer fatalities) {
    public PredictedMention {
        arguments = List.copyOf(arguments);
        evidence = List.copyOf(evidence);
    }

    /** The mentions of {@code events}, one per trigger that stands for a scored family. */
    public static List<PredictedMention> of(AnnotatedArticle doc, List<Event> events) {
        List<PredictedMention> mentions = new ArrayList<>();
        for (Event e : events) {
            for (Span t : e.triggers()) {
                int i = doc.tokenAt(t.start());
                String lemma = i < doc.tokens().size() ? doc.tokens().get(i).lemma() : "";
                String family = KairosMapping.family(lemma, e.type());
                if (family == null) {
                    continue;
                }
                List<GoldEventArgument> args = new ArrayList<>();
                add(args, "attacker", e.actor1() == null ? null : e.actor1().span());
                add(args, family.equals("attack") ? "target" : "victim", e.actor2() == null ? null : e.actor2().span());
                add(args, "place", e.location() == null ? null : e.location().span());
                add(args, "instrument", e.weapon() == null ? null : e.weapon().span());
                // An argument belongs to the mention whose evidence holds it: the sentence of its trigger.
                Span own = e.evidence().stream().filter(ev -> ev.contains(t)).findFirst().orElse(null);
                args.removeIf(a -> own == null || !own.contains(a.span()));
                // The toll a mention states is the one its own evidence gives, else its incident's.
                Integer toll = e.figures().stream()
                        .filter(f -> f.count() == TollFigure.Count.KILLED && own != null && own.contains(f.span()))
                        .map(TollFigure::value).max(Integer::compare).orElse(e.casualties().fatalities());
                mentions.add(new PredictedMention(family, t, args, e.evidence(), toll));
            }
        }
        return mentions;
    }

    private static void add(List<GoldEventArgument> args, String role, Span span) {
        if (span != null) {
            args.add(new GoldEventArgument(role, span));
        }
    }
}
