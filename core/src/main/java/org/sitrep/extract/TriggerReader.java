package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.model.Pos;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which words name an incident, and of what kind: a trigger word of {@link EventWords#TRIGGERS}, read with its
 * neighbours ("exchanged fire" is a clash, "a hunger strike" a protest, "died of cancer" no incident), then
 * checked by {@link TriggerGuards} for what did not happen.
 */
final class TriggerReader {
    private static final Set<String> AGREEMENT_CUES = WordLists.set("agreement-cues");
    private static final Set<String> BASES = WordLists.set("bases");
    private static final Set<String> PLEDGES = WordLists.set("pledges");
    private static final Set<String> EXCHANGE = WordLists.set("exchange");
    private static final Set<String> STRIKE_NOT_ARMED = WordLists.set("strike-not-armed");
    private static final Set<String> AUXILIARIES = WordLists.set("auxiliaries");
    private static final Set<String> ARMS = WordLists.set("arms");
    private static final Set<String> NATURAL_DEATH = WordLists.set("natural-death");
    private static final Set<String> WOUNDS = WordLists.set("wounds");
    private static final Set<String> THROWN = WordLists.set("thrown");
    private static final Set<String> ABLAZE = WordLists.set("ablaze");
    private static final Set<String> BURNED_ALIVE = WordLists.set("burned-alive");
    private static final Set<String> DEMONSTRATE_NEXT = WordLists.set("demonstrate-next");
    private static final Set<String> WEAK = WordLists.set("weak-triggers");
    private static final Set<String> GATHERING = WordLists.set("gathering");
    private static final Set<String> ROUNDS = WordLists.set("rounds");
    private static final Set<String> TERRITORY = WordLists.set("territory");
    private static final Set<String> MUNITIONS = WordLists.set("munitions");

    private TriggerReader() {
    }

    /**
     * Whether the token at {@code i} is an incident's trigger in the clause of tokens {@code cs} to {@code ce}, and
     * of what kind; empty for a word naming no incident here or one that did not happen.
     */
    static Optional<Kind> kind(List<Token> tokens, int i, int cs, int ce) {
        Token t = tokens.get(i);
        if (!(t.isNoun() || t.isVerb()) || t.isProperNoun()) {
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
        if (t.isNoun() && (EventWords.NOT_AFTER.contains(next) || next.equals("lines"))) {
            return Optional.empty();
        }
        if ((kind == Kind.KILL || kind == Kind.WOUND || kind == Kind.STRIKE || kind == Kind.TOLL || kind == Kind.DESTROY
                || kind == Kind.ATTACK) && TriggerGuards.hazardIn(tokens, cs, ce)) {
            return Optional.empty(); // "an earthquake struck", "a bus crashed into a ravine, killing 24"
        }
        switch (lemma) {
            case "agreement", "accord" -> {
                if (!wordBefore(tokens, i, cs, 3, AGREEMENT_CUES)) {
                    return Optional.empty();
                }
            }
            case "destroy", "demolish" -> {
                if (!t.isVerb()) {
                    return Optional.empty();
                }
                if (munitionsAfter(tokens, i, ce)) {
                    kind = Kind.INTERCEPT; // "destroyed 10 drones"
                }
            }
            case "establish" -> {
                if (!wordAfter(tokens, i, ce, 5, BASES)) {
                    return Optional.empty();
                }
            }
            case "hand" -> {
                if (!t.isVerb() || !wordAfter(tokens, i, ce, 3, "over") || !territoryIn(tokens, cs, ce)) {
                    return Optional.empty(); // "handed it over": territory only ("withdrew from the town and ...")
                }
            }
            case "handover", "cede" -> {
                if (!territoryAfter(tokens, i, ce)) {
                    return Optional.empty();
                }
            }
            case "surrender" -> {
                if (!t.isVerb()) {
                    return Optional.empty();
                }
            }
            case "allegiance" -> {
                if (!wordBefore(tokens, i, cs, 2, PLEDGES)) {
                    return Optional.empty();
                }
            }
            case "sit" -> {
                if (!(t.isNoun() && next.equals("-") && i + 2 < ce
                        && tokens.get(i + 2).word().equalsIgnoreCase("in"))) {
                    return Optional.empty(); // "a sit - in", as the tokenizer splits it
                }
            }
            case "protest" -> {
                if (prev.equals("to") && t.is(Pos.VB) && purposeOfGathering(tokens, i, cs)) {
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
                if (!t.isVerb()) {
                    return Optional.empty();
                }
            }
            case "fire" -> {
                if (EXCHANGE.contains(prev)) {
                    return Optional.of(Kind.CLASH); // "exchanged fire"
                }
                boolean open = prev.equals("opened") || prev.equals("open") || prev.equals("opening");
                if (!open && !(t.isVerb() && munitionsAfter(tokens, i, ce))) {
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
                if (!t.isVerb() && !word.endsWith("ing")) {
                    return Optional.empty();
                }
            }
            case "strike" -> {
                if (STRIKE_NOT_ARMED.contains(prev)
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
                if (t.is(Pos.VBN) && i + 1 < ce && tokens.get(i + 1).isNoun()
                        && !AUXILIARIES.contains(prev)) {
                    return Optional.empty(); // "the release of detained activists": no arrest told here
                }
            }
            case "capture", "seize", "overrun", "recapture", "retake", "regain", "liberate" -> {
                if (!territoryAfter(tokens, i, ce)) {
                    if ((lemma.equals("seize") || lemma.equals("capture")) && wordAfter(tokens, i, ce, 5, ARMS)) {
                        return Optional.of(Kind.INTERCEPT); // "seized a cache of weapons": disrupted weapons use
                    }
                    return Optional.empty();
                }
            }
            case "die" -> {
                // "died of his wounds" is an incident's toll; "died of cancer", "died peacefully" are not
                for (int k = i + 1; k < Math.min(ce, i + 4); k++) {
                    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                    if (NATURAL_DEATH.contains(w)) {
                        return Optional.empty();
                    }
                    if ((w.equals("of") || w.equals("from")) && k + 2 < ce) {
                        String what = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
                        String what2 = tokens.get(k + 2).word().toLowerCase(Locale.ROOT);
                        if (!WOUNDS.contains(what)
                                && !WOUNDS.contains(what2)) {
                            return Optional.empty();
                        }
                    }
                }
            }
            case "throw", "pelt" -> {
                if (!lemma.equals("pelt") && !wordAfter(tokens, i, ce, 4, THROWN)) {
                    return Optional.empty();
                }
            }
            case "set" -> {
                if (next.equals("up") && wordAfter(tokens, i, ce, 5, BASES)) {
                    return Optional.of(Kind.BASE); // "set up a camp"
                }
                if (!wordAfter(tokens, i, ce, 4, ABLAZE)) {
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
                if (!t.isVerb() || wordAfter(tokens, i, ce, 3, BURNED_ALIVE)) {
                    return Optional.empty();
                }
            }
            case "beat" -> {
                if (wordAfter(tokens, i, ce, 5, "death")) {
                    kind = Kind.KILL;
                }
            }
            case "protester", "protestor", "demonstrator" -> {
                if (!t.isNoun()) {
                    return Optional.empty();
                }
            }
            case "demonstrate" -> {
                if (prev.equals("to") && t.is(Pos.VB) && purposeOfGathering(tokens, i, cs)) {
                    return Optional.of(Kind.PROTEST);
                }
                if (!DEMONSTRATE_NEXT
                        .contains(next)) {
                    return Optional.empty();
                }
            }
            case "rally", "march" -> {
                if (!t.isNoun() && !next.equals("against") && !next.equals("in")) {
                    return Optional.empty();
                }
            }
            default -> {
            }
        }
        if (lemma.equals("down") && prev.equals("shot")) {
            return Optional.empty(); // "shot" already is the trigger
        }
        if (TriggerGuards.irrealis(tokens, i, cs)) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /** Whether the trigger at {@code i} only joins an incident already named, never naming one alone ("hit"). */
    static boolean weak(List<Token> tokens, int i, int ce) {
        Token t = tokens.get(i);
        if (t.lemma().equalsIgnoreCase("beat") && wordAfter(tokens, i, ce, 5, "death")) {
            return false; // "beat a man to death"
        }
        return WEAK.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether a verb of gathering ("gathered", "held", "took to the streets") stands before "to" at {@code i - 1}. */
    private static boolean purposeOfGathering(List<Token> tokens, int i, int cs) {
        for (int k = Math.max(cs, i - 10); k < i - 1; k++) {
            Token t = tokens.get(k);
            if (t.isVerb() && GATHERING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands in the {@code within} tokens before token {@code i}, in the clause. */
    private static boolean wordBefore(List<Token> tokens, int i, int cs, int within, Set<String> words) {
        for (int k = Math.max(cs, i - within); k < i; k++) {
            if (words.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands in the {@code within} tokens after token {@code i}, in the clause. */
    private static boolean wordAfter(List<Token> tokens, int i, int ce, int within, Set<String> words) {
        for (int k = i + 1; k < Math.min(ce, i + 1 + within); k++) {
            if (words.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} stands in the {@code within} tokens after token {@code i}, in the clause. */
    private static boolean wordAfter(List<Token> tokens, int i, int ce, int within, String word) {
        for (int k = i + 1; k < Math.min(ce, i + 1 + within); k++) {
            if (word.equals(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
            if (ROUNDS.contains(w)) {
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
}
