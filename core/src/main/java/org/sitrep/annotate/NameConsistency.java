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
 * "Mark Rutte") is that person; the short form of a company name ("Magna" after "Magna International Inc") is that
 * company; and an occurrence the recogniser missed is labelled like the others. A headline set in capitals keeps
 * the recogniser's classes, except for people, but may gain names the running text has. One pass of hash look-ups
 * over the names and one over the tokens.
 */
final class NameConsistency {

    /** Names longer than this many tokens are not looked for in unlabelled text. */
    static final int MAX_TOKENS = 6;

    /** The article's names made consistent, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        Evidence evidence = new Evidence(tokens, Casing.inCapitalsSentence(tokens, sentences), names);
        List<NameSpan> result = new ArrayList<>(names.size() + 8);
        boolean[] covered = new boolean[tokens.size()];
        for (NameSpan name : names) {
            NameClass agreed = evidence.agreedClass(name.first(), name.end());
            if (evidence.capitals[name.first()] && agreed != NameClass.PERSON && name.nameClass() != NameClass.PERSON
                    && !evidence.isShortCompanyName(name.first(), name.end())) {
                agreed = null;
            }
            result.add(agreed == null ? name : name.as(agreed));
            for (int i = name.first(); i < name.end(); i++) {
                covered[i] = true;
            }
        }
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                int end = covered[i] ? -1 : evidence.missedNameEnd(s, i, covered);
                NameClass agreed = end < 0 ? null : evidence.agreedClass(i, end);
                if (agreed == null) {
                    i++;
                    continue;
                }
                result.add(new NameSpan(i, end, agreed));
                i = end;
            }
        }
        Collections.sort(result);
        return result;
    }

    /** What an article's names say about each other: how each is labelled, its people's surnames, its companies. */
    private static final class Evidence {
        private final List<Token> tokens;
        private final boolean[] capitals;
        /** Class counts of each name as written, outside headlines in capitals. */
        private final Map<String, int[]> votes = new HashMap<>();
        /** The same, keyed by the name in lower case, for headlines in capitals. */
        private final Map<String, int[]> votesIgnoringCase = new HashMap<>();
        /** Last words of people's names of two words or more. */
        private final Set<String> surnames = new HashSet<>();
        private final Set<String> surnamesIgnoringCase = new HashSet<>();
        /** Leading words of company names that end in a company suffix ("Magna International" of "... Inc"). */
        private final Set<String> shortCompanyNames = new HashSet<>();
        /** Words the article writes in lower case. */
        private final Set<String> commonWords = new HashSet<>();

        Evidence(List<Token> tokens, boolean[] capitals, List<NameSpan> names) {
            this.tokens = tokens;
            this.capitals = capitals;
            for (NameSpan name : names) {
                if (capitals[name.first()]) {
                    continue;
                }
                String key = Gazetteer.words(tokens, name.first(), name.end());
                int c = name.nameClass().ordinal();
                votes.computeIfAbsent(key, k -> new int[NameClass.values().length])[c]++;
                votesIgnoringCase.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new int[NameClass.values().length])[c]++;
                if (name.nameClass() == NameClass.PERSON && name.length() >= 2) {
                    String last = tokens.get(name.end() - 1).word();
                    if (last.length() > 1 && Casing.isCapitalised(last) && !last.endsWith(".")) {
                        surnames.add(last);
                        surnamesIgnoringCase.add(last.toLowerCase(Locale.ROOT));
                    }
                }
                if (name.nameClass() == NameClass.ORG && name.length() >= 2
                        && NamePatterns.endsLikeOrganisation(tokens, name)) {
                    for (int end = name.first() + 1; end < name.end(); end++) {
                        shortCompanyNames.add(Gazetteer.words(tokens, name.first(), end));
                    }
                }
            }
            for (Token t : tokens) {
                if (Casing.isLowerCase(t.word())) {
                    commonWords.add(t.word());
                }
            }
        }

        boolean isShortCompanyName(int first, int end) {
            return !capitals[first] && shortCompanyNames.contains(Gazetteer.words(tokens, first, end));
        }

        /** The class the article agrees on for the words {@code [first, end)}, or null when it does not agree. */
        NameClass agreedClass(int first, int end) {
            String key = Gazetteer.words(tokens, first, end);
            boolean single = end - first == 1;
            if (capitals[first]) {
                String lower = key.toLowerCase(Locale.ROOT);
                return single && surnamesIgnoringCase.contains(lower) ? NameClass.PERSON
                        : plurality(votesIgnoringCase.get(lower));
            }
            if (shortCompanyNames.contains(key)) {
                return NameClass.ORG;
            }
            return single && surnames.contains(key) ? NameClass.PERSON : plurality(votes.get(key));
        }

        /**
         * The end of the longest name the article labels elsewhere that starts, unlabelled, at {@code first}; -1
         * for none. It must be a whole name: no unlabelled capitalised word right after it, nor before it unless
         * that word opens the sentence; and a single word opening a sentence must not also be written in lower
         * case in the article (it is then likely a common word: "Such", "Green").
         */
        int missedNameEnd(Sentence s, int first, boolean[] covered) {
            boolean inCapitals = capitals[first];
            if (!Casing.isCapitalised(tokens.get(first).word())) {
                return -1;
            }
            if (!inCapitals && first > s.firstToken() + 1 && !covered[first - 1]
                    && Casing.isCapitalised(tokens.get(first - 1).word())) {
                return -1;
            }
            int limit = Math.min(s.endToken(), first + MAX_TOKENS);
            for (int end = limit; end > first; end--) {
                if (!isFree(first, end, covered) || !Casing.isCapitalised(tokens.get(end - 1).word())) {
                    continue;
                }
                if (!inCapitals && end < s.endToken() && !covered[end]
                        && Casing.isCapitalised(tokens.get(end).word())) {
                    continue;
                }
                String key = Gazetteer.words(tokens, first, end);
                boolean single = end - first == 1;
                boolean known = inCapitals
                        ? votesIgnoringCase.containsKey(key.toLowerCase(Locale.ROOT))
                                || single && surnamesIgnoringCase.contains(key.toLowerCase(Locale.ROOT))
                        : votes.containsKey(key) || single && surnames.contains(key);
                if (known && !(single && first == s.firstToken()
                        && commonWords.contains(key.toLowerCase(Locale.ROOT)))) {
                    return end;
                }
            }
            return -1;
        }

        private static boolean isFree(int first, int end, boolean[] covered) {
            for (int i = first; i < end; i++) {
                if (covered[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The class with strictly more votes than any other, or null. */
        private static NameClass plurality(int[] votes) {
            if (votes == null) {
                return null;
            }
            int best = 0;
            boolean tie = false;
            for (int c = 1; c < votes.length; c++) {
                if (votes[c] > votes[best]) {
                    best = c;
                    tie = false;
                } else if (votes[c] == votes[best]) {
                    tie = true;
                }
            }
            return tie || votes[best] == 0 ? null : NameClass.values()[best];
        }
    }
}
