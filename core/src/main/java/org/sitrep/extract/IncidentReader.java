package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Pos;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the reports of incidents from an article, one per clause and incident: the trigger words ("strike",
 * "clashed", "killed"), the weapons, the actors, the toll, the date and the place names. Triggers in what did not
 * happen ("permission to strike", "would attack", "did not attack") are skipped. Reports are merged into events
 * by {@link IncidentMerger}. Each job is a class of its own: {@link ClauseBoundaries}, {@link TriggerReader} with
 * {@link TriggerGuards}, {@link TriggerGrouper}, {@link WeaponReader}, {@link ActorReader}, {@link PeopleReader},
 * {@link TollReader}, {@link DateReader}, and {@link EventLocator} for places.
 */
final class IncidentReader {
    private static final Set<String> WITHOUT = WordLists.set("without-fighting");
    private static final Set<String> WITHOUT_A = WordLists.set("without-a-fight");

    private final EventLocator locator = new EventLocator();

    /** The reports of {@code doc}, in body order; {@code amounts} are the doc's, {@code entities} its actors. */
    List<IncidentReport> read(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts) {
        List<IncidentReport> reports = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int cs = sentence.firstToken();
            for (int ce : ClauseBoundaries.ends(doc, sentence)) {
                int before = reports.size();
                for (IncidentReport r : TriggerGrouper.group(doc, s, cs, ce)) {
                    describe(doc, entities, amounts, r, cs, ce);
                    reports.add(r);
                }
                if (reports.size() == before && before > 0 && reports.get(before - 1).sentence == s) {
                    // "that massacre, which left 89 people dead": a toll in a clause naming no incident of its own
                    TollReader.read(doc, amounts, reports.get(before - 1), cs, ce);
                } else if (reports.size() == before) {
                    // "nine people were dead": a toll alone, told of an incident named elsewhere
                    tollAlone(doc, entities, amounts, s, cs, ce).ifPresent(reports::add);
                }
                cs = ce;
            }
        }
        return reports;
    }

    private Optional<IncidentReport> tollAlone(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts,
                                               int sentence, int cs, int ce) {
        if (TriggerGuards.hazardIn(doc.tokens(), cs, ce)) {
            return Optional.empty(); // "a bus crashed into a ravine, killing 24": no conflict toll
        }
        IncidentReport probe = new IncidentReport();
        probe.kinds.add(Kind.TOLL);
        TollReader.read(doc, amounts, probe, cs, ce);
        Optional<TollFigure> figure = probe.figures.stream()
                .filter(f -> f.count() == TollFigure.Count.KILLED || f.count() == TollFigure.Count.INJURED).findFirst();
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        IncidentReport r = new IncidentReport();
        r.sentence = sentence;
        r.from = cs;
        r.to = ce;
        r.definite = true;
        r.kinds.add(Kind.TOLL);
        r.triggerKinds.add(Kind.TOLL);
        r.triggers.add(TollReader.tollWord(doc.tokens(), cs, ce, figure.get().span()));
        describe(doc, entities, amounts, r, cs, ce);
        r.tollUpdate = false;
        return Optional.of(r);
    }

    /**
     * The report of an incident the event typer found in a sentence no rule read: the sentence is its clause,
     * the token at {@code cue} its trigger; weapons, actors, toll, date and places are read as for any report.
     */
    IncidentReport learned(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts, int sentence, int cue) {
        Sentence s = doc.sentences().get(sentence);
        IncidentReport r = new IncidentReport();
        r.sentence = sentence;
        r.from = s.firstToken();
        r.to = s.endToken();
        r.learned = true;
        r.triggers.add(doc.tokens().get(cue).span());
        r.triggerKinds.add(Kind.LEARNED);
        describe(doc, entities, amounts, r, r.from, r.to);
        return r;
    }

    /** Fills in everything but the triggers: evidence, weapons, actors, toll, date, places. */
    private void describe(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts, IncidentReport r,
                          int cs, int ce) {
        List<Token> tokens = doc.tokens();
        Span first = tokens.get(r.from).span();
        int last = r.to - 1;
        while (last > r.from && tokens.get(last).isAny(Pos.STOPS_AND_QUOTES)) {
            last--;
        }
        r.evidence = new Span(first.start(), tokens.get(last).span().end());
        WeaponReader.read(doc, r);
        r.unopposed = unopposed(tokens, cs, ce);
        ActorReader.read(doc, entities, r);
        PeopleReader.read(doc, r);
        TollReader.read(doc, amounts, r, r.from, r.to);
        DateReader.read(doc, r, cs, ce);
        int placeFrom = r.from;
        r.places = locator.places(doc, placeFrom, r.to);
        if (r.places.isEmpty() && r.from == cs && cs > 0
                && tokens.get(cs).word().equalsIgnoreCase("where")) {
            // "..., where Ukrainian troops captured": the place is the one named just before.
            Sentence s = doc.sentences().get(r.sentence);
            List<NamedMention> before = locator.places(doc, s.firstToken(), cs);
            if (!before.isEmpty()) {
                NamedMention m = before.get(before.size() - 1);
                if (before.size() > 1 && tokens.get(m.firstToken() - 1).word().equalsIgnoreCase("in")
                        && m.firstToken() - before.get(before.size() - 2).endToken() <= 3) {
                    m = before.get(before.size() - 2);
                }
                r.places = List.of(m);
            }
        }
        r.location = locator.locate(doc, r.places, r.from, r.to).orElse(null);
    }

    /** Whether the clause says something happened without fighting: "without a fight", "unopposed". */
    private static boolean unopposed(List<Token> tokens, int cs, int ce) {
        for (int k = cs; k < ce; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (EventWords.UNOPPOSED.contains(w)) {
                return true;
            }
            if (w.equals("without") && k + 1 < ce) {
                String n = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
                String n2 = k + 2 < ce ? tokens.get(k + 2).word().toLowerCase(Locale.ROOT) : "";
                if (WITHOUT.contains(n)
                        || (n.equals("a") && WITHOUT_A.contains(n2))
                        || (n.equals("firing") && n2.equals("a"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
