package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes an article's names agree with each other, as a reporter's do: a name written the same way names the same
 * thing throughout. A name takes the class most of its occurrences have; a person's surname alone ("Rutte" after
 * "Mark Rutte") is that person; an occurrence the recogniser missed is labelled like the others; and names in a
 * headline set in capitals take the class of the same name in running text. One pass of hash look-ups over the
 * tokens.
 */
final class NameConsistency {

    /** Names longer than this many tokens are not looked for in unlabelled text. */
    static final int MAX_TOKENS = 6;

    /** The article's names made consistent, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        boolean[] capitals = Casing.inCapitalsSentence(tokens, sentences);
        Map<String, int[]> votes = new HashMap<>();
        Map<String, int[]> votesIgnoringCase = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        Set<String> shortCompanyNames = new HashSet<>();
        for (NameSpan name : names) {
            if (capitals[name.first()]) {
                continue;
            }
            if (name.nameClass() == NameClass.ORG && name.length() >= 2 && NamePatterns.endsLikeOrganisation(tokens, name)) {
                for (int end = name.first() + 1; end < name.end(); end++) {
                    shortCompanyNames.add(key(tokens, name.first(), end));
                }
            }
            String key = key(tokens, name.first(), name.end());
            votes.computeIfAbsent(key, k -> new int[NameClass.values().length])[name.nameClass().ordinal()]++;
            votesIgnoringCase.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new int[NameClass.values().length])
                    [name.nameClass().ordinal()]++;
            if (name.nameClass() == NameClass.PERSON && name.length() >= 2) {
                String last = tokens.get(name.end() - 1).word();
                if (last.length() > 1 && Casing.isCapitalised(last) && !last.endsWith(".")) {
                    surnames.add(last);
                }
            }
        }
        Set<String> surnamesIgnoringCase = new HashSet<>();
        surnames.forEach(s -> surnamesIgnoringCase.add(s.toLowerCase(Locale.ROOT)));

        List<NameSpan> result = new ArrayList<>(names.size());
        boolean[] covered = new boolean[tokens.size()];
        for (NameSpan name : names) {
            if (!capitals[name.first()] && shortCompanyNames.contains(key(tokens, name.first(), name.end()))) {
                result.add(name.as(NameClass.ORG));
                for (int i = name.first(); i < name.end(); i++) {
                    covered[i] = true;
                }
                continue;
            }
            NameClass agreed = agreedClass(tokens, capitals, name.first(), name.end(), votes, votesIgnoringCase,
                    surnames, surnamesIgnoringCase);
            if (capitals[name.first()] && agreed != NameClass.PERSON && name.nameClass() != NameClass.PERSON && !"1".equals(System.getProperty("capsRelabel"))) {
                agreed = null;
            }
            result.add(agreed == null ? name : name.as(agreed));
            for (int i = name.first(); i < name.end(); i++) {
                covered[i] = true;
            }
        }

        Set<String> commonWords = new HashSet<>();
        for (Token t : tokens) {
            if (Casing.isLowerCase(t.word())) {
                commonWords.add(t.word());
            }
        }
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                int end = covered[i] || !Casing.isCapitalised(tokens.get(i).word()) ? -1
                        : missedNameEnd(tokens, s, i, covered, capitals, votes, votesIgnoringCase, surnames,
                        surnamesIgnoringCase, commonWords);
                if (end < 0) {
                    i++;
                    continue;
                }
                NameClass c = agreedClass(tokens, capitals, i, end, votes, votesIgnoringCase, surnames,
                        surnamesIgnoringCase);
                if (c == null) {
                    i++;
                    continue;
                }
                result.add(new NameSpan(i, end, c));
                i = end;
            }
        }
        Collections.sort(result);
        return result;
    }

    /**
     * The end of the longest name the recogniser labelled elsewhere in the article that starts at {@code first}
     * and is unlabelled here, or -1 for none. It must be a whole name: no unlabelled capitalised word right
     * after it, nor before it unless that word opens the sentence; a single word opening a sentence must not
     * also occur in lower case in the article (it is then more likely a common word: "Such", "Green").
     */
    private static int missedNameEnd(List<Token> tokens, Sentence s, int first, boolean[] covered,
                                     boolean[] capitals, Map<String, int[]> votes,
                                     Map<String, int[]> votesIgnoringCase, Set<String> surnames,
                                     Set<String> surnamesIgnoringCase, Set<String> commonWords) {
        if (first > s.firstToken() + 1 && !covered[first - 1] && !capitals[first]
                && Casing.isCapitalised(tokens.get(first - 1).word())) {
            return -1;
        }
        int limit = Math.min(s.endToken(), first + MAX_TOKENS);
        for (int end = limit; end > first; end--) {
            boolean free = true;
            for (int i = first; i < end && free; i++) {
                free = !covered[i];
            }
            if (!free || !Casing.isCapitalised(tokens.get(end - 1).word())) {
                continue;
            }
            if (end < s.endToken() && !covered[end] && !capitals[end]
                    && Casing.isCapitalised(tokens.get(end).word())) {
                continue;
            }
            String key = key(tokens, first, end);
            boolean known;
            if (capitals[first]) {
                String lower = key.toLowerCase(Locale.ROOT);
                known = votesIgnoringCase.containsKey(lower) || (end - first == 1 && surnamesIgnoringCase.contains(lower));
            } else {
                known = votes.containsKey(key) || (end - first == 1 && surnames.contains(key));
            }
            if (!known) {
                continue;
            }
            if (end - first == 1 && first == s.firstToken()
                    && commonWords.contains(key.toLowerCase(Locale.ROOT))) {
                continue;
            }
            return end;
        }
        return -1;
    }

    /** The class the article agrees on for the words {@code [first, end)}, or null when it does not agree. */
    private static NameClass agreedClass(List<Token> tokens, boolean[] capitals, int first, int end,
                                         Map<String, int[]> votes, Map<String, int[]> votesIgnoringCase,
                                         Set<String> surnames, Set<String> surnamesIgnoringCase) {
        String key = key(tokens, first, end);
        if (capitals[first]) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (end - first == 1 && surnamesIgnoringCase.contains(lower)) {
                return NameClass.PERSON;
            }
            return plurality(votesIgnoringCase.get(lower));
        }
        if (end - first == 1 && surnames.contains(key)) {
            return NameClass.PERSON;
        }
        return plurality(votes.get(key));
    }

    /** The class with strictly more votes than any other, or null. */
    private static NameClass plurality(int[] votes) {
        if (votes == null) {
            return null;
        }
        int best = -1;
        boolean tie = false;
        for (int c = 0; c < votes.length; c++) {
            if (best < 0 || votes[c] > votes[best]) {
                best = c;
                tie = false;
            } else if (votes[c] == votes[best]) {
                tie = true;
            }
        }
        return tie || votes[best] == 0 ? null : NameClass.values()[best];
    }

    private static String key(List<Token> tokens, int first, int end) {
        if (end - first == 1) {
            return tokens.get(first).word();
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }
}
