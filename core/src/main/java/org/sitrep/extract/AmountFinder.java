package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.Amount;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Pos;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds numbers with what they count: "87 drones", "some 50,000 troops", "two percent of gross domestic
 * product", "23 of the 32 NATO members", "10 dead". Numbers that are part of a date or a clock time are not
 * amounts; durations ("1,000 days") are both.
 */
public final class AmountFinder {

    private static final Set<Pos> NOUN_TAGS = EnumSet.of(Pos.NN, Pos.NNS, Pos.NNP, Pos.NNPS);
    private static final Set<Pos> MODIFIER_TAGS = EnumSet.of(Pos.JJ, Pos.JJR, Pos.JJS, Pos.VBN, Pos.VBG, Pos.NN,
            Pos.NNS, Pos.NNP, Pos.NNPS, Pos.HYPH);
    /** Tags of a one-word unit that is no noun: "10 dead", "55 wounded". */
    private static final Set<Pos> PARTICIPLE_TAGS = EnumSet.of(Pos.JJ, Pos.VBN);
    private static final Set<String> PERCENT = WordLists.set("percent");

    /** The amounts of {@code doc}, in body order. */
    public List<Amount> find(AnnotatedArticle doc) {
        String text = doc.text();
        List<Amount> amounts = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensOf(sentence);
            int i = 0;
            while (i < tokens.size()) {
                int end = numberEnd(tokens, i);
                if (end == i || inDateOrClockTime(tokens.get(i).span(), doc.times())) {
                    i = Math.max(end, i + 1);
                    continue;
                }
                OptionalDouble value = NumberWords.value(words(tokens, i, end));
                if (value.isEmpty()) {
                    i = end;
                    continue;
                }
                Amount amount = withUnit(text, tokens, i, end, value.getAsDouble(), doc.times());
                amounts.add(amount);
                i = Math.max(end, indexAfter(tokens, amount.span().end()));
            }
        }
        return amounts;
    }

    /** Builds the amount that starts with the number {@code tokens[start, end)}, reading its unit after it. */
    private static Amount withUnit(String text, List<Token> tokens, int start, int end, double value,
                                   List<TimeExpression> times) {
        int k = end;
        Double total = null;
        String unit = null;
        int unitStart = -1;
        int unitEnd = -1;
        if (k < tokens.size() && isPercent(tokens, k)) {
            unitStart = tokens.get(k).span().start();
            k += tokens.get(k).word().equalsIgnoreCase("per") ? 2 : 1;
            unitEnd = tokens.get(k - 1).span().end();
            int of = nounPhraseAfterOf(tokens, k, times);
            if (of > k) {
                unitEnd = tokens.get(of - 1).span().end();
                k = of;
            }
        } else {
            int partOf = k;
            if (partOf + 1 < tokens.size() && tokens.get(partOf).word().equalsIgnoreCase("of")) {
                int t = partOf + 1;
                if (t < tokens.size() && tokens.get(t).is(Pos.DT)) {
                    t++;
                }
                int totalEnd = numberEnd(tokens, t);
                if (totalEnd > t) {
                    OptionalDouble whole = NumberWords.value(words(tokens, t, totalEnd));
                    if (whole.isPresent()) {
                        total = whole.getAsDouble();
                        k = totalEnd;
                    }
                }
            }
            int np = nounPhraseEnd(tokens, k, times);
            if (np > k) {
                unitStart = tokens.get(k).span().start();
                unitEnd = tokens.get(np - 1).span().end();
                k = np;
            } else if (total != null) {
                total = null; // "23 of 32" without a noun: not a part-of reading we can name
                k = end;
            }
        }
        if (unitStart >= 0) {
            unit = text.substring(unitStart, unitEnd);
        }
        int spanEnd = unitStart >= 0 ? unitEnd : tokens.get(k - 1).span().end();
        Span span = new Span(tokens.get(start).span().start(), spanEnd);
        return new Amount(span, text.substring(span.start(), span.end()), value, unit, total);
    }

    private static boolean isPercent(List<Token> tokens, int k) {
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return PERCENT.contains(w) || (w.equals("per") && k + 1 < tokens.size()
                && tokens.get(k + 1).word().equalsIgnoreCase("cent"));
    }

    /** The end of "of [the] adjectives nouns" starting at {@code k}, or {@code k} when there is none. */
    private static int nounPhraseAfterOf(List<Token> tokens, int k, List<TimeExpression> times) {
        if (k >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("of")) {
            return k;
        }
        int t = k + 1;
        if (t < tokens.size() && tokens.get(t).is(Pos.DT)) {
            t++;
        }
        int np = nounPhraseEnd(tokens, t, times);
        return np > t ? np : k;
    }

    /**
     * The end of the noun phrase starting at {@code k}: modifiers then nouns, ending at its last noun; a lone
     * adjective ("10 dead", "55 wounded") counts as the phrase when no noun follows it. A time expression
     * ends the phrase ("seven others early Tuesday").
     */
    private static int nounPhraseEnd(List<Token> tokens, int k, List<TimeExpression> times) {
        int lastNoun = -1;
        int t = k;
        while (t < tokens.size() && tokens.get(t).isAny(MODIFIER_TAGS)
                && !NumberWords.isNumberWord(tokens.get(t).word())
                && !inDateOrClockTime(tokens.get(t).span(), times)) {
            if (tokens.get(t).isAny(NOUN_TAGS)) {
                lastNoun = t;
            }
            t++;
        }
        if (lastNoun >= 0) {
            return lastNoun + 1;
        }
        if (k < tokens.size() && tokens.get(k).isAny(PARTICIPLE_TAGS)) {
            return k + 1;
        }
        return k;
    }

    /** The end of the number starting at {@code i}: figures and number words, with "and"/"a" between them. */
    private static int numberEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size()) {
            String w = tokens.get(j).word();
            if (NumberWords.isNumberWord(w)) {
                j++;
            } else if (j > i && j + 2 < tokens.size() && w.equalsIgnoreCase("and")
                    && tokens.get(j + 1).word().equalsIgnoreCase("a") && tokens.get(j + 2).word().equalsIgnoreCase("half")) {
                j += 3; // "two and a half"
            } else if (j > i && j + 1 < tokens.size() && w.equalsIgnoreCase("and")
                    && NumberWords.isNumberWord(tokens.get(j + 1).word())) {
                j++; // "two hundred and fifty"
            } else if (j == i && (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")) && j + 1 < tokens.size()
                    && (NumberWords.isScale(tokens.get(j + 1).word()) || tokens.get(j + 1).word().equalsIgnoreCase("dozen"))) {
                j++;
            } else {
                break;
            }
        }
        // A lone "half" or "a" is not an amount on its own.
        if (j == i + 1 && (tokens.get(i).word().equalsIgnoreCase("half") || tokens.get(i).word().equalsIgnoreCase("a"))) {
            return i;
        }
        return j;
    }

    private static List<String> words(List<Token> tokens, int start, int end) {
        List<String> words = new ArrayList<>(end - start);
        for (int t = start; t < end; t++) {
            words.add(tokens.get(t).word());
        }
        return words;
    }

    private static boolean inDateOrClockTime(Span span, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME || t.type() == TimeType.SET)
                    && t.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static int indexAfter(List<Token> tokens, int offset) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).span().start() >= offset) {
                return t;
            }
        }
        return tokens.size();
    }
}
