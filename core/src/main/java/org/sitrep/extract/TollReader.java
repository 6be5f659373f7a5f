package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The toll of a report, from the amounts in its scope: people killed and injured ("at least 12 killed", "the death
 * toll rose to 14"), munitions launched and shot down ("64 drones, 50 of which were intercepted").
 */
final class TollReader {
    private static final Set<String> ABOUT = WordLists.set("about");
    private static final Set<String> AT_LEAST_NUMBERS = WordLists.set("vague-counts");
    private static final Set<String> TOLL_VERBS = WordLists.set("toll-verbs");
    private static final Set<String> KILL_UNITS = WordLists.set("killed");
    private static final Set<String> INCLUDE = WordLists.set("include");
    private static final Set<String> WOUND_UNITS = WordLists.set("injured");
    private static final Set<String> NOT_PEOPLE = WordLists.set("not-people");

    private TollReader() {
    }

    /**
     * Reads into {@code r} the toll told by {@code amounts} between tokens {@code from} and {@code to}: people killed
     * and injured, munitions launched and shot down. Adds to what {@code r} holds: a report's toll may be read from
     * its own scope and then from a clause that follows ("that massacre, which left 89 people dead").
     */
    static void read(AnnotatedArticle doc, List<Amount> amounts, IncidentReport r, int from, int to) {
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
            } else if (ABOUT.contains(w1)) {
                qualifier = FatalityQualifier.ABOUT;
                q -= 1;
            }
            String numberWord = tokens.get(start).word().toLowerCase(Locale.ROOT);
            if (AT_LEAST_NUMBERS.contains(numberWord)) {
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
            boolean weaponUnit = EventWords.WEAPONS.containsKey(EventWords.singular(unitHead)) && !unitHead.isEmpty();
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

    /**
     * The word of the clause of tokens {@code cs} to {@code ce} that tells a toll given alone ("nine people were
     * dead", "Scores died"), outside the {@code figure}'s span; else the figure's span.
     */
    static Span tollWord(List<Token> tokens, int cs, int ce, Span figure) {
        Span trigger = figure;
        for (int k = cs; k < ce; k++) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!figure.contains(t.span()) && (TOLL_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || KILL_UNITS.contains(w) || WOUND_UNITS.contains(w))) {
                trigger = t.span(); // "nine people were dead", "Scores died": the word that tells the toll
                break;
            }
        }
        return trigger;
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

    private static String wordsAfter(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if ((tokens.get(k).is(Pos.RB) && w.endsWith("ly")) || w.equals("also") || w.equals("later")) {
                continue; // "12 initially killed", "were reportedly killed"; not "shot down"
            }
            sb.append(w).append(' ');
        }
        return sb.toString();
    }
}
