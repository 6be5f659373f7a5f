package org.sitrep.eval;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.util.ArrayList;
import java.util.List;

/**
 * One trigger of a Sitrep event seen as a KAIROS event mention (see {@link KairosMapping}): its family, trigger,
 * arguments, the clause it stands in, and the death toll that clause states (else its incident's). The victims of a
 * death or injury are the toll figure of its kind nearest the trigger in its clause ("killed 23 Afghan soldiers"),
 * else the incident's {@code actor2}.
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
            for (EventMention m : e.mentions()) {
                for (Span t : m.triggers()) {
                    int i = doc.tokenAt(t.start());
                    String lemma = i < doc.tokens().size() ? doc.tokens().get(i).lemma() : "";
                    String family = KairosMapping.family(lemma, e.type());
                    if (family == null) {
                        continue;
                    }
                    // A mention's arguments are those its own clause names, else the incident's that stand in it.
                    Span own = m.evidence();
                    List<GoldEventArgument> args = new ArrayList<>();
                    add(args, "attacker", own, first(m.actor1(), e.actor1()));
                    Span victims = family.equals("attack") ? null : counted(e, own, t,
                            family.equals("die") ? TollFigure.Count.KILLED : TollFigure.Count.INJURED);
                    add(args, family.equals("attack") ? "target" : "victim", own,
                            victims != null ? victims : first(m.actor2(), e.actor2()));
                    add(args, "place", own, m.location() != null ? m.location().span()
                            : e.location() == null ? null : e.location().span());
                    add(args, "instrument", own, m.weapon() != null ? m.weapon().span()
                            : e.weapon() == null ? null : e.weapon().span());
                    // The toll a mention states is the one its own clause gives, else its incident's.
                    Integer toll = e.figures().stream()
                            .filter(f -> f.count() == TollFigure.Count.KILLED && own.contains(f.span()))
                            .map(TollFigure::value).max(Integer::compare).orElse(e.casualties().fatalities());
                    mentions.add(new PredictedMention(family, t, args, List.of(own), toll));
                }
            }
        }
        return mentions;
    }

    /** The figure of the given count nearest the trigger in its clause ("injured another 15"): the victims. */
    private static Span counted(Event e, Span clause, Span trigger, TollFigure.Count count) {
        Span best = null;
        for (TollFigure f : e.figures()) {
            if (f.count() == count && clause.contains(f.span()) && (best == null
                    || distance(f.span(), trigger) < distance(best, trigger))) {
                best = f.span();
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    private static Span first(Actor own, Actor incident) {
        Actor a = own != null ? own : incident;
        return a == null ? null : a.span();
    }

    private static void add(List<GoldEventArgument> args, String role, Span evidence, Span span) {
        if (span != null && evidence.contains(span)) {
            args.add(new GoldEventArgument(role, span));
        }
    }
}
