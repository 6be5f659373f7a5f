package org.sitrep.extract;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.extract.EventWords.Weapon;
import org.sitrep.extract.IncidentReport.Side;
import org.sitrep.model.Actor;
import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Mention;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.TollFigure;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the reports of incidents from an article, one per clause and incident: the trigger words ("strike",
 * "clashed", "killed"), the weapons, the actors, the toll, the date and the place names. Triggers in what did not
 * happen ("permission to strike", "would attack", "did not attack") are skipped. Reports are merged into events
 * by {@link IncidentMerger}.
 */
final class IncidentReader {

    private static final Set<String> MODALS_AND_NEGATIONS = Set.of("will", "would", "could", "can", "may", "might",
            "should", "must", "shall", "not", "n't", "never", "'ll", "wo", "threaten", "threatened", "threatens",
            "vowed", "vow", "plan", "plans", "planned", "want", "wants");
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "where", "who", "while", "whereas", "whom");
    private static final Set<String> TERRITORY = Set.of("town", "city", "village", "territory", "area", "base",
            "position", "positions", "control", "swathes", "swath", "airport", "district", "region", "settlement",
            "settlements", "villages", "towns", "hill", "outpost", "checkpoint", "headquarters", "province", "capital",
            "bridge", "port", "mine", "land", "ground", "stronghold", "garrison");
    private static final Set<String> MUNITIONS = Set.of("rocket", "rockets", "missile", "missiles", "shell", "shells",
            "mortar", "mortars", "drone", "drones", "artillery", "bullet", "bullets", "shot", "shots", "round", "rounds",
            "grenade", "grenades", "salvo", "salvos", "volley", "ammunition");
    private static final Set<String> KILL_UNITS = Set.of("dead", "killed", "deaths", "fatalities", "bodies",
            "lives", "death");
    private static final Set<String> INCLUDE = Set.of("included", "include", "includes", "were");
    private static final Set<String> WOUND_UNITS = Set.of("wounded", "injured", "injuries", "hurt");
    private static final Set<String> NOT_PEOPLE = Set.of("day", "days", "hour", "hours", "week", "weeks", "month",
            "months", "year", "years", "kilometre", "kilometres", "kilometer", "kilometers", "km", "mile", "miles",
            "percent", "dollar", "dollars", "metre", "metres", "meter", "meters", "tonne", "tonnes", "ton", "tons",
            "house", "houses", "building", "buildings", "home", "homes", "vehicle", "vehicles", "car", "cars", "time",
            "times", "round", "rounds", "shot", "shots", "minute", "minutes");
    private static final Set<String> POLICE = Set.of("police", "policeman", "policemen", "rab", "bgb", "officer",
            "officers", "constable", "constables", "cops");
    private static final Set<String> INTERVENTION = Set.of("tear", "baton", "batons", "lathi", "charge", "charged",
            "disperse", "dispersed", "fire", "fired", "shots", "rubber", "control", "lobbed", "lob");

    private final EventLocator locator = new EventLocator();

    /** The reports of {@code doc}, in body order; {@code amounts} are the doc's, {@code entities} its actors. */
    List<IncidentReport> read(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts) {
        List<IncidentReport> reports = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int cs = sentence.firstToken();
            for (int ce : clauseEnds(doc, sentence)) {
                int before = reports.size();
                readClause(doc, entities, amounts, s, cs, ce, reports);
                if (reports.size() == before && before > 0 && reports.get(before - 1).sentence == s) {
                    // "that massacre, which left 89 people dead": a toll in a clause naming no incident of its own
                    readToll(doc, amounts, reports.get(before - 1), cs, ce);
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
        if (hazardIn(doc.tokens(), cs, ce)) {
            return Optional.empty(); // "a bus crashed into a ravine, killing 24": no conflict toll
        }
        IncidentReport probe = new IncidentReport();
        probe.kinds.add(Kind.TOLL);
        readToll(doc, amounts, probe, cs, ce);
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
        Span trigger = figure.get().span();
        for (int k = cs; k < ce; k++) {
            Token t = doc.tokens().get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!figure.get().span().contains(t.span()) && (Set.of("die", "hurt").contains(t.lemma().toLowerCase(Locale.ROOT))
                    || KILL_UNITS.contains(w) || WOUND_UNITS.contains(w))) {
                trigger = t.span(); // "nine people were dead", "Scores died": the word that tells the toll
                break;
            }
        }
        r.triggers.add(trigger);
        describe(doc, entities, amounts, r, cs, ce);
        r.tollUpdate = false;
        return Optional.of(r);
    }

    /** The ends of the clauses of a sentence: before ", which", ", where", ";", "--". */
    private static List<Integer> clauseEnds(AnnotatedArticle doc, Sentence sentence) {
        List<Integer> ends = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (int i = sentence.firstToken() + 1; i < sentence.endToken(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if ((CLAUSE_OPENERS.contains(w) && tokens.get(i - 1).word().equals(","))
                    || w.equals(";") || w.equals("--") || w.equals("—")) {
                ends.add(i);
            }
        }
        ends.add(sentence.endToken());
        return ends;
    }

    private void readClause(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts, int sentence,
                            int cs, int ce, List<IncidentReport> out) {
        List<Token> tokens = doc.tokens();
        List<int[]> triggers = new ArrayList<>(); // {token, kind ordinal, weak 0/1}
        for (int i = cs; i < ce; i++) {
            Optional<Kind> kind = trigger(tokens, i, cs, ce);
            if (kind.isPresent()) {
                triggers.add(new int[]{i, kind.get().ordinal(), weak(tokens, i, ce) ? 1 : 0});
            }
        }
        // Group the triggers into reports: a new report at the first strong trigger and at every fresh one.
        List<IncidentReport> clause = new ArrayList<>();
        IncidentReport current = null;
        int lastTrigger = cs - 1;
        for (int[] t : triggers) {
            int i = t[0];
            Kind kind = Kind.values()[t[1]];
            boolean fresh = t[2] == 0 && tokens.get(i).pos().startsWith("NN") && markedFresh(tokens, i, cs);
            if (current == null && t[2] == 1) {
                continue; // "hit" alone names no incident
            }
            boolean subordinate = current != null && !kind.casualtyOnly() && afterSubordinator(tokens, i, lastTrigger);
            if (current == null || (fresh && !kind.casualtyOnly()) || subordinate) {
                current = new IncidentReport();
                current.sentence = sentence;
                current.fresh = fresh;
                current.definite = markedDefinite(tokens, i, cs) || kind.casualtyOnly();
                current.from = clause.isEmpty() ? cs : Math.max(phraseStart(tokens, i, cs), lastTrigger + 1);
                if (!clause.isEmpty()) {
                    clause.get(clause.size() - 1).to = current.from;
                }
                clause.add(current);
            } else if (current.casualtyOnly() && !kind.casualtyOnly()) {
                current.definite = markedDefinite(tokens, i, cs);
            }
            Span span = tokens.get(i).span();
            if (kind == Kind.TOLL && i > cs && tokens.get(i - 1).word().equalsIgnoreCase("death")) {
                span = new Span(tokens.get(i - 1).span().start(), span.end()); // "death toll"
            }
            current.triggers.add(span);
            lastTrigger = i;
            current.triggerKinds.add(kind);
            if (tokens.get(i).pos().startsWith("NN") && tokens.get(i).lemma().equalsIgnoreCase("bombing")) {
                current.bombing = true;
            }
            current.kinds.add(kind);
        }
        for (IncidentReport r : clause) {
            if (r.to == 0) {
                r.to = ce;
            }
            // "The attack came a day after delegations met in Riyadh on Monday": what follows is another story.
            int last = doc.tokenAt(r.triggers.get(r.triggers.size() - 1).start());
            for (int k = last + 1; k < r.to; k++) {
                Token t = tokens.get(k);
                if (t.pos().equals("IN") && Set.of("after", "before", "since").contains(t.word().toLowerCase(Locale.ROOT))) {
                    r.to = k;
                    break;
                }
            }
            describe(doc, entities, amounts, r, cs, ce);
            out.add(r);
        }
    }

    /** Whether the token at {@code i} is an incident's trigger in this clause, and of what kind. */
    private static Optional<Kind> trigger(List<Token> tokens, int i, int cs, int ce) {
        Token t = tokens.get(i);
        String pos = t.pos();
        if (!(pos.startsWith("NN") || pos.startsWith("VB")) || pos.startsWith("NNP")) {
            return Optional.empty();
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        Kind kind = EventWords.TRIGGERS.get(lemma);
        if (kind == null) {
            kind = EventWords.TRIGGERS.get(word);
        }
        if (kind == null) {
            return Optional.empty();
        }
        String prev = i > cs ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < ce ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (pos.startsWith("NN") && (EventWords.NOT_AFTER.contains(next) || next.equals("lines"))) {
            return Optional.empty();
        }
        if ((kind == Kind.KILL || kind == Kind.WOUND || kind == Kind.STRIKE || kind == Kind.TOLL || kind == Kind.DESTROY
                || kind == Kind.ATTACK) && hazardIn(tokens, cs, ce)) {
            return Optional.empty(); // "an earthquake struck", "a bus crashed into a ravine, killing 24"
        }
        switch (lemma) {
            case "agreement", "accord" -> {
                if (!wordBefore(tokens, i, cs, 3, "peace", "ceasefire", "truce", "cease-fire", "signed", "sign",
                        "signs", "reached")) {
                    return Optional.empty();
                }
            }
            case "destroy", "demolish" -> {
                if (!pos.startsWith("VB")) {
                    return Optional.empty();
                }
                if (munitionsAfter(tokens, i, ce)) {
                    kind = Kind.INTERCEPT; // "destroyed 10 drones"
                }
            }
            case "establish" -> {
                if (!wordAfter(tokens, i, ce, 5, "base", "bases", "camp", "camps", "headquarters", "outpost",
                        "garrison", "checkpoint", "checkpoints")) {
                    return Optional.empty();
                }
            }
            case "hand" -> {
                if (!pos.startsWith("VB") || !wordAfter(tokens, i, ce, 3, "over") || !territoryIn(tokens, cs, ce)) {
                    return Optional.empty(); // "handed it over": territory only ("withdrew from the town and ...")
                }
            }
            case "handover", "cede" -> {
                if (!territoryAfter(tokens, i, ce)) {
                    return Optional.empty();
                }
            }
            case "surrender" -> {
                if (!pos.startsWith("VB")) {
                    return Optional.empty();
                }
            }
            case "allegiance" -> {
                if (!wordBefore(tokens, i, cs, 2, "pledged", "pledge", "pledges", "swore", "sworn")) {
                    return Optional.empty();
                }
            }
            case "sit" -> {
                if (!(pos.startsWith("NN") && next.equals("-") && i + 2 < ce
                        && tokens.get(i + 2).word().equalsIgnoreCase("in"))) {
                    return Optional.empty(); // "a sit - in", as the tokenizer splits it
                }
            }
            case "protest" -> {
                if (prev.equals("to") && pos.equals("VB") && purposeOfGathering(tokens, i, cs)) {
                    return Optional.of(Kind.PROTEST); // "gathered in the square to protest", "held a sit-in to protest"
                }
            }
            case "grave" -> {
                if (!prev.equals("mass")) {
                    return Optional.empty();
                }
            }
            case "shoot" -> {
                if (next.equals("down")) {
                    kind = Kind.INTERCEPT;
                }
            }
            case "down" -> {
                if (!pos.startsWith("VB")) {
                    return Optional.empty();
                }
            }
            case "fire" -> {
                if (Set.of("exchanged", "exchange", "exchanging", "exchanges").contains(prev)) {
                    return Optional.of(Kind.CLASH); // "exchanged fire"
                }
                boolean open = prev.equals("opened") || prev.equals("open") || prev.equals("opening");
                if (!open && !(pos.startsWith("VB") && munitionsAfter(tokens, i, ce))) {
                    return Optional.empty();
                }
                kind = open || firearmsAfter(tokens, i, ce) ? Kind.SHOOT : Kind.LAUNCH;
            }
            case "launch" -> {
                if (!munitionsAfter(tokens, i, ce)) {
                    return Optional.empty();
                }
            }
            case "shell", "bomb" -> {
                if (!pos.startsWith("VB") && !word.endsWith("ing")) {
                    return Optional.empty();
                }
            }
            case "strike" -> {
                if (Set.of("hunger", "general", "labour", "labor").contains(prev)
                        || (prev.equals("on") && i >= 2 && tokens.get(i - 2).lemma().equalsIgnoreCase("go"))) {
                    kind = Kind.PROTEST;
                }
            }
            case "attack" -> {
                if (prev.equals("heart") || prev.equals("panic")) {
                    return Optional.empty();
                }
            }
            case "assault" -> {
                if (prev.equals("sexual") || prev.equals("sexually")) {
                    kind = Kind.SEXUAL;
                }
            }
            case "arrest", "detain" -> {
                if (prev.equals("cardiac")) {
                    return Optional.empty();
                }
                if (pos.equals("VBN") && i + 1 < ce && tokens.get(i + 1).pos().startsWith("NN")
                        && !Set.of("was", "were", "been", "be", "is", "are", "had", "have", "has", "being").contains(prev)) {
                    return Optional.empty(); // "the release of detained activists": no arrest told here
                }
            }
            case "capture", "seize", "overrun", "recapture", "retake", "regain", "liberate" -> {
                if (!territoryAfter(tokens, i, ce)) {
                    if ((lemma.equals("seize") || lemma.equals("capture")) && wordAfter(tokens, i, ce, 5, "weapons",
                            "arms", "explosives", "ammunition", "cache", "rifles", "guns", "munitions")) {
                        return Optional.of(Kind.INTERCEPT); // "seized a cache of weapons": disrupted weapons use
                    }
                    return Optional.empty();
                }
            }
            case "die" -> {
                // "died of his wounds" is an incident's toll; "died of cancer", "died peacefully" are not
                for (int k = i + 1; k < Math.min(ce, i + 4); k++) {
                    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                    if (Set.of("peacefully", "naturally", "aged", "age", "suddenly").contains(w)) {
                        return Optional.empty();
                    }
                    if ((w.equals("of") || w.equals("from")) && k + 2 < ce) {
                        String what = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
                        String what2 = tokens.get(k + 2).word().toLowerCase(Locale.ROOT);
                        if (!Set.of("wounds", "injuries", "wound", "injury", "gunshot", "burns").contains(what)
                                && !Set.of("wounds", "injuries", "wound", "injury", "gunshot", "burns").contains(what2)) {
                            return Optional.empty();
                        }
                    }
                }
            }
            case "throw", "pelt" -> {
                if (!lemma.equals("pelt") && !wordAfter(tokens, i, ce, 4, "stones", "stone", "rocks", "bricks", "bottles",
                        "brickbats", "molotov", "petrol")) {
                    return Optional.empty();
                }
            }
            case "set" -> {
                if (next.equals("up") && wordAfter(tokens, i, ce, 5, "base", "bases", "camp", "camps",
                        "headquarters", "outpost", "garrison", "checkpoint", "checkpoints")) {
                    return Optional.of(Kind.BASE); // "set up a camp"
                }
                if (!wordAfter(tokens, i, ce, 4, "fire", "ablaze", "alight")) {
                    return Optional.empty();
                }
            }
            case "take" -> {
                if (next.equals("over") && territoryAfter(tokens, i, ce)) {
                    return Optional.of(Kind.CAPTURE); // "took over the town"
                }
                if (!(i + 1 < ce && tokens.get(i + 1).word().equalsIgnoreCase("control")
                        || i + 2 < ce && tokens.get(i + 2).word().equalsIgnoreCase("control"))) {
                    return Optional.empty();
                }
            }
            case "burn" -> {
                if (!pos.startsWith("VB") || wordAfter(tokens, i, ce, 3, "death", "alive")) {
                    return Optional.empty();
                }
            }
            case "beat" -> {
                if (wordAfter(tokens, i, ce, 5, "death")) {
                    kind = Kind.KILL;
                }
            }
            case "protester", "protestor", "demonstrator" -> {
                if (!pos.startsWith("NN")) {
                    return Optional.empty();
                }
            }
            case "demonstrate" -> {
                if (prev.equals("to") && pos.equals("VB") && purposeOfGathering(tokens, i, cs)) {
                    return Optional.of(Kind.PROTEST);
                }
                if (!Set.of("against", "in", "outside", "at", "for", "over", "near", "on", ",", ".", "demanding")
                        .contains(next)) {
                    return Optional.empty();
                }
            }
            case "rally", "march" -> {
                if (!pos.startsWith("NN") && !next.equals("against") && !next.equals("in")) {
                    return Optional.empty();
                }
            }
            default -> {
            }
        }
        if (lemma.equals("down") && prev.equals("shot")) {
            return Optional.empty(); // "shot" already is the trigger
        }
        if (irrealis(tokens, i, cs)) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /** Whether "after", "before" or "since" stands between the last trigger and the phrase of the one at {@code i}. */
    private static boolean afterSubordinator(List<Token> tokens, int i, int lastTrigger) {
        for (int k = i - 1; k > lastTrigger; k--) {
            Token t = tokens.get(k);
            if (t.pos().equals("IN") && Set.of("after", "before", "since").contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!(modifier(t) || t.pos().equals("DT") || t.pos().equals("RB"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause names a natural hazard or an accident: "earthquake", "crashed", "a fire broke out". */
    static boolean hazardIn(List<Token> tokens, int cs, int ce) {
        for (int k = cs; k < ce; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (EventWords.HAZARDS.contains(w)) {
                return true;
            }
            if ((w.equals("fire") || w.equals("blaze")) && k + 1 < ce && Set.of("broke", "breaks", "erupted",
                    "swept", "gutted", "raged", "engulfed").contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of gathering ("gathered", "held", "took to the streets") stands before "to" at {@code i - 1}. */
    private static boolean purposeOfGathering(List<Token> tokens, int i, int cs) {
        for (int k = Math.max(cs, i - 10); k < i - 1; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") && Set.of("gather", "assemble", "hold", "take", "march", "rally", "converge",
                    "stage", "block", "walk", "mass").contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBefore(List<Token> tokens, int i, int cs, int within, String... words) {
        for (int k = Math.max(cs, i - within); k < i; k++) {
            if (Set.of(words).contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAfter(List<Token> tokens, int i, int ce, int within, String... words) {
        for (int k = i + 1; k < Math.min(ce, i + 1 + within); k++) {
            if (Set.of(words).contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words that join an incident already named but never name one alone. */
    private static boolean weak(List<Token> tokens, int i, int ce) {
        Token t = tokens.get(i);
        if (t.lemma().equalsIgnoreCase("beat") && wordAfter(tokens, i, ce, 5, "death")) {
            return false; // "beat a man to death"
        }
        return Set.of("hit", "beat", "hack", "execute", "hurt").contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "to strike", "would attack", "did not attack", "the threat of an attack": nothing happened. */
    private static boolean irrealis(List<Token> tokens, int i, int cs) {
        Token t = tokens.get(i);
        if (t.pos().startsWith("VB")) {
            if (i > cs && (tokens.get(i - 1).pos().equals("TO") || tokens.get(i - 1).word().equalsIgnoreCase("without"))) {
                return true;
            }
            for (int k = Math.max(cs, i - 3); k < i; k++) {
                if (MODALS_AND_NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        for (int k = Math.max(cs, i - 4); k < i; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("threat", "risk", "fear", "fears", "threatened", "threatening", "no", "any", "prevent", "without",
                    "avert", "deter", "halt", "halting", "stop", "stopping", "end", "ending").contains(w)) {
                return true;
            }
            if (tokens.get(k).pos().equals("TO") && k + 1 < i && tokens.get(k + 1).pos().equals("VB")
                    && onlyDeterminers(tokens, k + 2, i)) {
                return true; // "to launch an attack", not "to disperse hundreds of protesters"
            }
        }
        return false;
    }

    private static boolean onlyDeterminers(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Set.of("DT", "JJ", "PRP$", "JJR", "JJS").contains(tokens.get(k).pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean munitionsAfter(List<Token> tokens, int i, int ce) {
        for (int k = i + 1; k < Math.min(ce, i + 7); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("tear") || w.equals("rubber")) {
                return false;
            }
            if (MUNITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean firearmsAfter(List<Token> tokens, int i, int ce) {
        for (int k = i + 1; k < Math.min(ce, i + 7); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("bullet", "bullets", "shot", "shots", "round", "rounds", "ammunition").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean territoryIn(List<Token> tokens, int cs, int ce) {
        for (int k = cs; k < ce; k++) {
            if (TERRITORY.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean territoryAfter(List<Token> tokens, int i, int ce) {
        for (int k = i + 1; k < Math.min(ce, i + 6); k++) {
            Token t = tokens.get(k);
            if (TERRITORY.contains(t.word().toLowerCase(Locale.ROOT))
                    || (t.ner().equals("LOCATION") && k <= i + 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase of the trigger at {@code i} opens with "another", "a separate", "an earlier". */
    private static boolean markedFresh(List<Token> tokens, int i, int cs) {
        for (int k = i - 1; k >= Math.max(cs, i - 4); k--) {
            Token t = tokens.get(k);
            if (EventWords.FRESH.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!modifier(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the trigger at {@code i} is named with "the", "this" or "that": an incident already told. */
    private static boolean markedDefinite(List<Token> tokens, int i, int cs) {
        for (int k = i - 1; k >= Math.max(cs, i - 4); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these")) {
                return true;
            }
            if (!modifier(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean modifier(Token t) {
        return Set.of("JJ", "NN", "NNS", "NNP", "HYPH", "VBN", "JJS", "JJR", "POS", "CD").contains(t.pos())
                || t.ner().equals("MISC");
    }

    /** Where the noun phrase of the trigger at {@code i} begins: its determiner or first modifier. */
    private static int phraseStart(List<Token> tokens, int i, int cs) {
        int k = i;
        while (k - 1 >= cs && (modifier(tokens.get(k - 1)) || tokens.get(k - 1).pos().equals("DT"))
                && k > i - 5) {
            k--;
            if (tokens.get(k).pos().equals("DT")) {
                break;
            }
        }
        return k;
    }

    /** Fills in everything but the triggers: evidence, weapons, actors, toll, date, places. */
    private void describe(AnnotatedArticle doc, List<Entity> entities, List<Amount> amounts, IncidentReport r,
                          int cs, int ce) {
        List<Token> tokens = doc.tokens();
        Span first = tokens.get(r.from).span();
        int last = r.to - 1;
        while (last > r.from && tokens.get(last).pos().matches("[.,:;]|''|``")) {
            last--;
        }
        r.evidence = new Span(first.start(), tokens.get(last).span().end());
        readWeapons(doc, r);
        r.unopposed = unopposed(tokens, cs, ce);
        readActors(doc, entities, r, cs);
        readPeople(doc, r);
        readToll(doc, amounts, r, r.from, r.to);
        readDate(doc, r, cs, ce);
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

    private static void readWeapons(AnnotatedArticle doc, IncidentReport r) {
        List<Token> tokens = doc.tokens();
        for (int i = r.from; i < r.to; i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Weapon weapon = EventWords.WEAPONS.get(lemma);
            if (weapon == null) {
                weapon = EventWords.WEAPONS.get(w);
            }
            if (t.pos().startsWith("VB") && (lemma.equals("shell") || lemma.equals("bombard"))) {
                r.weapons.add(Weapon.SHELLING); // "shelled the city": the class of weapon, though no weapon is named
                continue;
            }
            if (weapon == null || t.pos().startsWith("PRP")
                    || (t.pos().startsWith("VB") && Set.of("shoot", "mine", "bomb", "shell", "fire", "shot")
                    .contains(lemma))) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (prev.equals("gas") || prev.equals("tear") || prev.equals("rubber") || next.equals("defence")
                    || next.equals("defense") || next.equals("defences") || next.equals("defenses")
                    || next.equals("technology") || next.equals("programme") || next.equals("program")) {
                continue;
            }
            if (w.equals("air") && !Set.of("strike", "strikes", "raid", "raids", "attack", "attacks").contains(next)) {
                continue;
            }
            if ((w.equals("shot") || w.equals("mine")) && !t.pos().startsWith("NN")) {
                continue;
            }
            if (w.equals("explosive") && !next.startsWith("device")) {
                continue;
            }
            r.weapons.add(weapon);
            if (r.weapon == null || (weapon != Weapon.FIREARM && weapon != Weapon.BOMB
                    && EventWords.WEAPONS.get(r.weapon.text().toLowerCase(Locale.ROOT)) == Weapon.FIREARM)) {
                r.weapon = new Mention(t.span(), t.word());
            }
        }
    }

    private static void readActors(AnnotatedArticle doc, List<Entity> entities, IncidentReport r, int cs) {
        List<Token> tokens = doc.tokens();
        if (r.kinds.equals(java.util.EnumSet.of(Kind.TOLL))) {
            return; // "the toll rose to 14, Synegubov said on Telegram" names no one who did it
        }
        int trigger = doc.tokenAt(r.triggers.get(0).start());
        boolean verb = tokens.get(trigger).pos().startsWith("VB");
        boolean passive = verb && tokens.get(trigger).pos().equals("VBN") && trigger > 0
                && Set.of("be", "get").contains(tokens.get(trigger - 1).lemma().toLowerCase(Locale.ROOT));
        Candidate before = null;
        Candidate after = null;
        Candidate by = null;
        for (int i = r.from; i < r.to; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (i < trigger && (w.equals("that") || tokens.get(i).lemma().equalsIgnoreCase("say")
                    || (tokens.get(i).pos().equals("IN") && SUBORDINATORS.contains(w)))) {
                before = null; // "Kyiv said that Russia had launched", "died after an IED detonated"
            }
            Optional<Candidate> c = candidate(doc, entities, i);
            if (c.isEmpty()) {
                continue;
            }
            Candidate cand = c.get();
            Candidate previous = i < trigger ? before : after;
            if (previous != null && previous.end == i && cand.actor.entity() == null && previous.side == Side.STATE
                    && cand.side != Side.UNKNOWN) {
                Span span = new Span(previous.actor.span().start(), cand.actor.span().end());
                cand = new Candidate(new Actor(previous.actor.name(), previous.actor.entity(), span), cand.side,
                        cand.end); // "Ukrainian troops": Ukraine's troops
            }
            if (i < trigger && !verb && !modifies(tokens, cand, trigger)) {
                i = Math.max(i, cand.end - 1);
                continue; // a noun trigger's doer stands in its own phrase ("IS attacks", "Russian strike")
            }
            if (i < trigger) {
                if (!(verb && cand.actor.entity() != null && ofBefore(tokens, i, r.from))) {
                    before = cand; // the nearest, but not "of X" after a verb's subject ("loyalists of X attacked")
                }
            } else if (i > trigger) {
                String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
                if (prev.equals("by") && by == null) {
                    by = cand;
                } else if (after == null && (verb || prev.equals("on") || prev.equals("against")
                        || prev.equals("at"))) {
                    after = cand;
                }
            }
            i = Math.max(i, cand.end - 1);
        }
        Candidate doer;
        Candidate target;
        String lemma = tokens.get(trigger).lemma().toLowerCase(Locale.ROOT);
        boolean harm = EventWords.TRIGGERS.get(lemma) == Kind.KILL || EventWords.TRIGGERS.get(lemma) == Kind.WOUND;
        if (lemma.equals("die")) {
            doer = null; // "Gladkikh died": the subject is the victim
            target = before != null ? before : headBefore(doc, trigger, r.from);
        } else if (passive) {
            doer = by;
            target = before != null || !harm ? before : headBefore(doc, trigger, r.from);
        } else {
            doer = by != null ? by : before;
            target = after != null || !harm || !verb ? after : headAfter(doc, trigger, r.to);
        }
        if (doer != null) {
            r.actor1 = doer.actor;
            r.side1 = doer.side;
        }
        if (target != null) {
            r.actor2 = target.actor;
            r.side2 = target.side;
        }
    }

    /** The noun phrase right before a passive or intransitive verb ("a major general was killed"), as a victim. */
    private static Candidate headBefore(AnnotatedArticle doc, int verb, int from) {
        List<Token> tokens = doc.tokens();
        int k = verb - 1;
        while (k >= from && (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals("RB")
                || tokens.get(k).pos().equals("MD"))) {
            k--;
        }
        if (k < from || !tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().startsWith("NNP")) {
            return null;
        }
        return nounPhrase(doc, k, from);
    }

    /** The noun phrase right after an active verb ("killed three soldiers"), as a victim. */
    private static Candidate headAfter(AnnotatedArticle doc, int verb, int to) {
        List<Token> tokens = doc.tokens();
        int k = verb + 1;
        while (k < to && Set.of("DT", "CD", "JJ", "JJR", "PRP$", "NN", "NNS", "HYPH").contains(tokens.get(k).pos())
                && !(tokens.get(k).pos().startsWith("NN") && (k + 1 >= to || !tokens.get(k + 1).pos().startsWith("NN")))) {
            k++;
        }
        if (k >= to || !tokens.get(k).pos().startsWith("NN") || k > verb + 6) {
            return null;
        }
        return nounPhrase(doc, k, verb + 1);
    }

    private static Candidate nounPhrase(AnnotatedArticle doc, int head, int from) {
        List<Token> tokens = doc.tokens();
        int start = head;
        while (start - 1 >= from && Set.of("JJ", "NN", "NNS", "CD", "HYPH", "JJR").contains(tokens.get(start - 1).pos())) {
            start--;
        }
        Token h = tokens.get(head);
        if (NOT_PEOPLE.contains(h.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Span span = new Span(tokens.get(start).span().start(), h.span().end());
        Side side = sideOf(h.word());
        return new Candidate(new Actor(h.word(), null, span), side, head + 1);
    }

    private static boolean ofBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("of")) {
                return true;
            }
            if (!(tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /** An actor named at token {@code i}: an entity, a nationality, or a force, group or crowd. */
    private record Candidate(Actor actor, Side side, int end, boolean place) {
        Candidate(Actor actor, Side side, int end) {
            this(actor, side, end, false);
        }
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "because", "while", "since",
            "before", "until", "although", "though", "once");

    /**
     * Whether a candidate stands in the phrase of the noun trigger at {@code trigger}, as its doer: only modifiers
     * between ("Russian aerial bombardment"), and not a place name ("the Manchester bombing") unless possessive.
     */
    private static boolean modifies(List<Token> tokens, Candidate cand, int trigger) {
        if (cand.end > trigger || trigger - cand.end > 3) {
            return false;
        }
        if (cand.place && !(cand.end < tokens.size() && tokens.get(cand.end).pos().equals("POS"))) {
            return false;
        }
        for (int k = cand.end; k < trigger; k++) {
            if (!Set.of("JJ", "NN", "NNS", "HYPH", "POS", "VBN", "NNP").contains(tokens.get(k).pos())
                    && !EventWords.WEAPONS.containsKey(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Candidate> candidate(AnnotatedArticle doc, List<Entity> entities, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        for (NamedMention m : doc.names()) {
            if (m.firstToken() != i) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            if ((m.type() == EntityType.GPE || m.type() == EntityType.LOC)
                    && Set.of("in", "at", "near", "of", "from", "to", "into", "over", "on", "outside", "across")
                    .contains(prev)) {
                return Optional.empty(); // a place, not an actor
            }
            if (m.type() == EntityType.LOC || m.type() == EntityType.MISC
                    || EventWords.WEAPONS.containsKey(tokens.get(m.endToken() - 1).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<String> country = Demonyms.country(EntityGrouper.display(m.text()));
            if (m.type() == EntityType.NORP && country.isPresent()) {
                int end = m.endToken();
                while (end < tokens.size() && end < m.endToken() + 3 && Set.of("JJ", "NN", "NNS").contains(tokens.get(end).pos())
                        && !EventWords.TRIGGERS.containsKey(tokens.get(end).lemma().toLowerCase(Locale.ROOT))
                        && !EventWords.WEAPONS.containsKey(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                Side side = Side.STATE;
                if (end > m.endToken()) {
                    Side head = sideOf(tokens.get(end - 1).word());
                    side = head == Side.UNKNOWN ? Side.STATE : head;
                }
                Span span = new Span(m.span().start(), tokens.get(end - 1).span().end());
                return Optional.of(new Candidate(new Actor(country.get(), Entities.idNamed(entities, country.get()), span),
                        side, end));
            }
            Entity e = Entities.at(entities, m.span());
            String name = e != null ? e.name() : EntityGrouper.display(m.text());
            Side side = m.type() == EntityType.GPE ? Side.STATE : sideOf(m.text());
            return Optional.of(new Candidate(new Actor(name, e == null ? null : e.id(), m.span()), side, m.endToken(),
                    m.type() == EntityType.GPE));
        }
        if (!t.pos().startsWith("NN")) {
            return Optional.empty();
        }
        Side side = sideOf(t.word());
        if (side == Side.UNKNOWN) {
            return Optional.empty();
        }
        if (i > 0 && Set.of("armed", "masked", "unidentified", "suspected").contains(
                tokens.get(i - 1).word().toLowerCase(Locale.ROOT)) && side == Side.CROWD) {
            side = Side.ARMED; // "armed men"
        }
        return Optional.of(new Candidate(new Actor(t.word(), null, t.span()), side, i + 1));
    }

    private static Side sideOf(String words) {
        Side side = Side.UNKNOWN;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (EventWords.STATE_FORCES.contains(w)) {
                side = Side.STATE;
            } else if (EventWords.ARMED_GROUPS.contains(w)) {
                side = Side.ARMED;
            } else if (EventWords.CROWDS.contains(w) && side == Side.UNKNOWN) {
                side = Side.CROWD;
            }
        }
        return side;
    }

    /** Civilian victims, protests as context or as target, police controlling a crowd. */
    private static void readPeople(AnnotatedArticle doc, IncidentReport r) {
        List<Token> tokens = doc.tokens();
        int trigger = -1;
        boolean police = false;
        boolean control = false;
        for (int i = r.from; i < r.to; i++) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (trigger < 0 && r.triggers.get(0).start() == t.span().start()) {
                trigger = i;
            }
            if (EventWords.PROTEST_WORDS.contains(lemma) && !t.pos().startsWith("NNP")
                    && !(lemma.equals("strike") && r.kinds.contains(Kind.STRIKE))) {
                r.protestContext = true;
                for (int n = 0; n < r.triggers.size(); n++) {
                    Kind k = r.triggerKinds.get(n);
                    int at = doc.tokenAt(r.triggers.get(n).start());
                    if ((k == Kind.ATTACK || k == Kind.SHOOT || k == Kind.KILL) && i > at && i - at <= 12
                            && !verbBetween(tokens, at, i)) {
                        r.protestTarget = true; // "attacked a JCD procession", "fired at protesters"
                    }
                }
            }
            if (trigger >= 0 && i > trigger && EventWords.CIVILIANS.contains(lemma)) {
                r.civilians = true;
            }
            if (POLICE.contains(w) || (w.equals("security") && i + 1 < r.to
                    && tokens.get(i + 1).word().equalsIgnoreCase("forces"))) {
                police = true;
            }
            if (INTERVENTION.contains(w)) {
                control = true;
            }
        }
        r.intervention = police && control && (r.actor1 == null
                || POLICE.contains(r.actor1.name().toLowerCase(Locale.ROOT)));
        if (r.actor2 != null && EventWords.CIVILIANS.contains(singular(r.actor2.name().toLowerCase(Locale.ROOT)))) {
            r.civilians = true;
        }
    }

    /** Whether a verb stands between two tokens: the second is then outside the first one's object. */
    private static boolean verbBetween(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The toll: people killed and injured, munitions launched and shot down. */
    private static void readToll(AnnotatedArticle doc, List<Amount> amounts, IncidentReport r, int from, int to) {
        List<Token> tokens = doc.tokens();
        Span scope = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        int previousEnd = -1; // the token after the amount before this one
        TollFigure previous = null; // that amount's figure of people killed or injured, if it gave one
        for (Amount a : amounts) {
            if (!scope.contains(a.span()) || a.total() != null) {
                continue;
            }
            int start = doc.tokenAt(a.span().start());
            int end = doc.tokenAt(a.span().end() - 1) + 1;
            TollFigure listed = previous;
            boolean coordinated = previousEnd >= 0 && onlyConnectors(tokens, previousEnd, start);
            previousEnd = end;
            previous = null;
            String unit = a.unit() == null ? "" : a.unit().toLowerCase(Locale.ROOT);
            String unitHead = unit.isEmpty() ? "" : unit.substring(unit.lastIndexOf(' ') + 1);
            String unitFirst = unit.isEmpty() ? "" : unit.split(" ")[0];
            int q = start;
            FatalityQualifier qualifier = FatalityQualifier.EXACT;
            String w1 = q - 1 >= from ? tokens.get(q - 1).word().toLowerCase(Locale.ROOT) : "";
            String w2 = q - 2 >= from ? tokens.get(q - 2).word().toLowerCase(Locale.ROOT) + " " + w1 : "";
            if (w2.equals("at least") || w2.equals("more than") || w2.equals("at minimum")
                    || w1.equals("over")) {
                qualifier = FatalityQualifier.AT_LEAST;
                q -= w1.equals("over") ? 1 : 2;
            } else if (w2.equals("up to") || w2.equals("as many")) {
                qualifier = FatalityQualifier.UP_TO;
                q -= 2;
            } else if (Set.of("about", "around", "some", "approximately", "nearly", "almost", "roughly",
                    "estimated", "approx.").contains(w1)) {
                qualifier = FatalityQualifier.ABOUT;
                q -= 1;
            }
            String numberWord = tokens.get(start).word().toLowerCase(Locale.ROOT);
            if (Set.of("dozens", "scores", "hundreds", "thousands").contains(numberWord)) {
                qualifier = FatalityQualifier.AT_LEAST;
            }
            if (q - 1 >= from && tokens.get(q - 1).word().equalsIgnoreCase("including")) {
                previousEnd = -1;
                continue; // "including 6 police": a part of a toll already counted
            }
            if (q - 1 >= from && tokens.get(q - 1).word().equalsIgnoreCase("the")) {
                q--; // "killing the three on the spot"
            }
            if (q - 2 >= from && tokens.get(q - 1).word().equalsIgnoreCase("of")
                    && EventWords.TRIGGERS.get(tokens.get(q - 2).lemma().toLowerCase(Locale.ROOT)) == Kind.KILL) {
                q--; // "the slaying of seven more demonstrators"
            }
            String verbBefore = q - 1 >= from ? tokens.get(q - 1).lemma().toLowerCase(Locale.ROOT) : "";
            String wordBefore = q - 1 >= from ? tokens.get(q - 1).word().toLowerCase(Locale.ROOT) : "";
            int value = (int) Math.round(a.value());
            boolean weaponUnit = EventWords.WEAPONS.containsKey(singular(unitHead)) && !unitHead.isEmpty();
            String raw = wordsAfter(tokens, end, Math.min(to, end + 12));
            String after = raw
                    .replaceFirst("^of (those|them) (who|that) [a-z -]{0,40}?(?=(were|was|had been|have been) )", "")
                    .replaceFirst("^of (the |those |them )?[a-z-]+ ", ""); // "hundreds of protesters were killed"
            if (NOT_PEOPLE.contains(unitHead) && !weaponUnit) {
                continue;
            }
            if (raw.matches("of (the )?[0-9a-z,-]+ .*") && NumberWords.isNumberWord(raw.split(" ")[raw.startsWith("of the ") ? 2 : 1])) {
                continue; // "Two of the 12 initially killed": a part of a toll told beside it
            }
            if (listed != null && coordinated && !weaponUnit && !unit.isEmpty()
                    && !KILL_UNITS.contains(unitFirst) && !WOUND_UNITS.contains(unitFirst)
                    && !after.matches("(were |was |have been |had been |are |)(killed|dead|died|slain|wounded|injured|hurt).*")) {
                // "killed two Iraqis, one Tunisian and one person from Uzbekistan": one toll listed by group
                TollFigure sum = new TollFigure(new Span(listed.span().start(), a.span().end()), listed.count(),
                        listed.value() + value(a), listed.qualifier());
                r.figures.set(r.figures.indexOf(listed), sum);
                if (sum.count() == TollFigure.Count.KILLED) {
                    if (Objects.equals(r.fatalities, listed.value()) || r.fatalities == null || sum.value() > r.fatalities) {
                        r.fatalities = sum.value();
                        r.qualifier = sum.qualifier();
                    }
                } else if (r.injured == null || r.injured <= sum.value()) {
                    r.injured = sum.value();
                }
                previous = sum;
                continue;
            }
            if (weaponUnit) {
                if (after.matches("(were |was |have been |had been )(shot down|intercepted|downed|destroyed).*")) {
                    r.intercepted = value;
                    r.figures.add(new TollFigure(a.span(), TollFigure.Count.INTERCEPTED, value, qualifier));
                } else if (verbBefore.equals("launch") || verbBefore.equals("fire")
                        || (r.launched != null && wordBefore.equals("and"))) {
                    r.launched = r.launched == null ? value : r.launched + value; // "64 drones and two missiles"
                    r.figures.add(new TollFigure(a.span(), TollFigure.Count.LAUNCHED, value, qualifier));
                } else if (r.kinds.contains(Kind.LAUNCH) && r.launched == null) {
                    r.launched = value;
                    r.figures.add(new TollFigure(a.span(), TollFigure.Count.LAUNCHED, value, qualifier));
                } else if (verbBefore.equals("down") || verbBefore.equals("intercept") || wordBefore.equals("down")) {
                    r.intercepted = value;
                    r.figures.add(new TollFigure(a.span(), TollFigure.Count.INTERCEPTED, value, qualifier));
                }
                continue;
            }
            boolean killVerb = EventWords.TRIGGERS.get(verbBefore) == Kind.KILL && !verbBefore.equals("die");
            boolean deadListed = INCLUDE.contains(wordBefore) && deathNounBefore(tokens, q - 1, from);
            if (KILL_UNITS.contains(unitFirst) || killVerb || wordBefore.equals("killing") || deadListed
                    || after.matches("(were |was |have been |had been |are |)(killed|dead|died|slain|lost their lives).*")
                    || after.matches("(people |persons |civilians |)(were |was |have been |)(killed|died).*")
                    || (tollBefore(tokens, q, from) && (wordBefore.equals("to") || wordBefore.equals("at")
                    || wordBefore.equals("of")))) {
                if (r.kinds.contains(Kind.TOLL) && (wordBefore.equals("to") || verbBefore.equals("reach"))) {
                    r.tollUpdate = true;
                }
                if (r.fatalities == null || r.tollUpdate || value > r.fatalities) {
                    r.fatalities = value;
                    r.qualifier = qualifier;
                }
                previous = new TollFigure(a.span(), TollFigure.Count.KILLED, value, qualifier);
                r.figures.add(previous);
            } else if (WOUND_UNITS.contains(unitFirst) || verbBefore.equals("wound") || verbBefore.equals("injure")
                    || wordBefore.equals("injuring") || wordBefore.equals("wounding")
                    || after.matches("(were |was |have been |had been |are |)(wounded|injured|hurt).*")) {
                r.injured = r.injured == null ? value : Math.max(r.injured, value);
                previous = new TollFigure(a.span(), TollFigure.Count.INJURED, value, qualifier);
                r.figures.add(previous);
            } else if (after.matches("(were |was |have been |had been )(shot down|intercepted|downed|destroyed).*")) {
                r.intercepted = value;
                r.figures.add(new TollFigure(a.span(), TollFigure.Count.INTERCEPTED, value, qualifier));
            }
        }
        if (r.launched != null && r.intercepted != null && r.intercepted > r.launched) {
            r.intercepted = null;
        }
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
                if (Set.of("fighting", "resistance", "bloodshed", "violence").contains(n)
                        || (n.equals("a") && Set.of("fight", "shot", "battle", "struggle").contains(n2))
                        || (n.equals("firing") && n2.equals("a"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether only commas and "and" stand between tokens {@code from} and {@code to} (at least one of them). */
    private static boolean onlyConnectors(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word();
            if (!w.equals(",") && !w.equalsIgnoreCase("and")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word naming the dead ("fatalities", "the dead") stands in the few words before token {@code k}. */
    private static boolean deathNounBefore(List<Token> tokens, int k, int from) {
        for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (KILL_UNITS.contains(w) && !w.equals("lives") && !w.equals("death")) {
                return true;
            }
        }
        return false;
    }

    private static int value(Amount a) {
        return (int) Math.round(a.value());
    }

    /** Whether "toll" stands in the few words before token {@code q} ("the death toll had risen to"). */
    private static boolean tollBefore(List<Token> tokens, int q, int from) {
        for (int k = q - 1; k >= Math.max(from, q - 6); k--) {
            if (tokens.get(k).word().equalsIgnoreCase("toll")) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String wordsAfter(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if ((tokens.get(k).pos().equals("RB") && w.endsWith("ly")) || w.equals("also") || w.equals("later")) {
                continue; // "12 initially killed", "were reportedly killed"; not "shot down"
            }
            sb.append(w).append(' ');
        }
        return sb.toString();
    }

    /** The report's own date: a time expression in its scope (else in its clause); "days after" gives a week. */
    private static void readDate(AnnotatedArticle doc, IncidentReport r, int cs, int ce) {
        List<Token> tokens = doc.tokens();
        Span scope = new Span(tokens.get(r.from).span().start(), tokens.get(r.to - 1).span().end());
        Span clause = new Span(tokens.get(cs).span().start(), tokens.get(ce - 1).span().end());
        TimeExpression best = null;
        for (TimeExpression t : doc.times()) {
            if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
                    && t.value().matches("\\d{4}.*")) {
                if (scope.contains(t.span())) {
                    best = t;
                    break;
                }
                if (best == null && clause.contains(t.span()) && t.span().end() <= scope.end()
                        + (r.to == ce ? Integer.MAX_VALUE / 2 : 0)) {
                    best = t;
                }
            }
        }
        if (best != null) {
            String v = best.value();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                r.date = v.substring(0, 10);
                r.precision = DatePrecision.DAY;
            } else if (v.matches("\\d{4}-W\\d{2}.*")) {
                r.date = v.substring(0, 8);
                r.precision = DatePrecision.WEEK;
            } else if (v.matches("\\d{4}-\\d{2}")) {
                r.date = v;
                r.precision = DatePrecision.MONTH;
            } else if (v.matches("\\d{4}")) {
                r.date = v;
                r.precision = DatePrecision.YEAR;
            }
            if (r.date != null) {
                return;
            }
        }
        // "just days after", "days ago", "earlier this week": within the week before the article.
        for (int i = cs; i + 1 < ce; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            if ((w.equals("days") && (next.equals("after") || next.equals("ago") || next.equals("before")
                    || next.equals("earlier"))) || (w.equals("this") && next.equals("week"))
                    || (w.equals("last") && next.equals("week"))) {
                r.precision = DatePrecision.WEEK;
                return;
            }
        }
    }
}
