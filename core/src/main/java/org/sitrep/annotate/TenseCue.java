package org.sitrep.annotate;

import org.sitrep.model.Pos;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads which way a time expression points from the tense of its clause: the nearest finite verb before the
 * expression in the sentence, or else the nearest after it. Past tense and the present perfect point back;
 * "will", "would", "is going to", "is expected to" and modal verbs point ahead; so do verbs of planning in any
 * tense ("planned a rally Saturday", "is set to resume Monday"; "set" and "expected" only when not in the
 * simple past), and a planning participle just before the expression ("the talks, set to resume Monday"). A past
 * participle right before it with no finite verb earlier ("the deal, announced Friday, ...") points back.
 * "since Monday" and a possessive weekday ("Wednesday's ruling") point back; "until Tuesday" points ahead unless
 * the clause is in the past perfect.
 */
final class TenseCue {

    /** Verbs whose object or complement lies after the time they are said. */
    private static final Pattern PLANNING = Pattern.compile("(?i)plan|schedule|set|expect|intend|prepare|aim|hope"
            + "|promise|vow|pledge|threaten|due|slate");
    /** Planning verbs that point ahead even in the simple past: "planned a rally Saturday". */
    private static final Pattern PLANNED = Pattern.compile("(?i)plan|schedule");
    private static final Pattern WILL = Pattern.compile("(?i)will|'ll|shall|wo|would|'d");

    private TenseCue() {
    }

    /** The direction of the expression covering tokens {@code [first, end)} of a sentence's tokens. */
    static Direction of(List<Token> tokens, int first, int end) {
        if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("since")
                || end < tokens.size() && tokens.get(end).word().equals("'s")) {
            return Direction.PAST;
        }
        boolean until = first > 0 && tokens.get(first - 1).word().matches("(?i)until|till");
        if (plannedJustBefore(tokens, first)) {
            return Direction.FUTURE;
        }
        int finiteBefore = first - 1;
        while (finiteBefore >= 0 && !isFinite(tokens.get(finiteBefore))) {
            finiteBefore--;
        }
        if (finiteBefore < 0 && participleJustBefore(tokens, first)) {
            return Direction.PAST;
        }
        for (int i = first - 1; i >= 0; i--) {
            if (isFinite(tokens.get(i))) {
                // "postponed until Tuesday" looks ahead; "had not ... until Thursday" does not
                return until && !tokens.get(i).word().equalsIgnoreCase("had") ? Direction.FUTURE
                        : tenseAt(tokens, i, first);
            }
        }
        for (int i = end; i < tokens.size(); i++) {
            if (isFinite(tokens.get(i))) {
                return tenseAt(tokens, i, tokens.size());
            }
        }
        return Direction.UNKNOWN;
    }

    /** "the process, set to resume Monday", "talks scheduled for Friday": a planning participle just before. */
    private static boolean plannedJustBefore(List<Token> tokens, int first) {
        for (int i = Math.max(0, first - 4); i + 1 < first; i++) {
            Token t = tokens.get(i);
            if (t.is(Pos.VBN) && PLANNING.matcher(lemma(t)).matches()
                    && tokens.get(i + 1).word().matches("(?i)to|for")) {
                return true;
            }
        }
        return false;
    }

    /** "the deal, announced Friday, ...": a past participle right before the expression, with no finite verb. */
    private static boolean participleJustBefore(List<Token> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("on")) {
            i--;
        }
        return i >= 0 && tokens.get(i).is(Pos.VBN) && !PLANNING.matcher(lemma(tokens.get(i))).matches();
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? t.word() : t.lemma();
    }

    private static boolean isFinite(Token t) {
        return t.is(Pos.VBD) || t.is(Pos.VBZ) || t.is(Pos.VBP) || t.is(Pos.MD);
    }

    /** The direction of the verb group that starts with the finite verb at {@code i}, read up to {@code limit}. */
    private static Direction tenseAt(List<Token> tokens, int i, int limit) {
        for (int j = i; j < limit && j < i + 4; j++) {
            Token t = tokens.get(j);
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (t.isVerb() && PLANNING.matcher(lemma).matches()
                    && (!t.is(Pos.VBD) || PLANNED.matcher(lemma).matches())) {
                return Direction.FUTURE;
            }
        }
        Token verb = tokens.get(i);
        String word = verb.word().toLowerCase(Locale.ROOT);
        if (verb.is(Pos.MD)) {
            return modal(tokens, i, word);
        }
        if (verb.is(Pos.VBD)) {
            return Direction.PAST;
        }
        // the present: "is going to", "are expected to", "is meeting" look ahead; "has left" looks back
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            Token t = tokens.get(j);
            if (t.is(Pos.VBN) && (word.equals("has") || word.equals("have") || word.equals("'ve"))) {
                return Direction.PAST;
            }
            if (t.word().equalsIgnoreCase("going") || t.word().equalsIgnoreCase("to") || t.is(Pos.VBG)
                    || t.is(Pos.VBN)) {
                return Direction.FUTURE;
            }
            if (!t.isAdverb()) {
                break;
            }
        }
        return Direction.UNKNOWN;
    }

    /** "will go" and "could come" look ahead; "could not be located" and "may have left" do not. */
    private static Direction modal(List<Token> tokens, int i, String word) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (next.equals("have")) {
            return Direction.PAST;
        }
        if (WILL.matcher(word).matches()) {
            return Direction.FUTURE;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (tokens.get(j).word().equalsIgnoreCase("be")) {
                return Direction.UNKNOWN;
            }
        }
        return Direction.FUTURE;
    }
}
