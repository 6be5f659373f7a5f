package org.sitrep.eval;

import org.sitrep.model.Actor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

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
                add(args, "attacker", e.actor1());
                add(args, family.equals("attack") ? "target" : "victim", e.actor2());
                if (e.location() != null) {
                    args.add(new GoldEventArgument("place", e.location().span()));
                }
                if (e.weapon() != null) {
                    args.add(new GoldEventArgument("instrument", e.weapon().span()));
                }
                mentions.add(new PredictedMention(family, t, args, e.evidence(), e.casualties().fatalities()));
            }
        }
        return mentions;
    }

    private static void add(List<GoldEventArgument> args, String role, Actor actor) {
        if (actor != null && actor.span() != null) {
            args.add(new GoldEventArgument(role, actor.span()));
        }
    }
}
