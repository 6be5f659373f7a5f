package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Corrects and completes the recogniser's names with the {@link Gazetteer}: a name it knows unambiguously
 * ("Scotland", "Puerto Rico") takes the gazetteer's class, and a known place is never a person ("Kyiv said"); a
 * known name the recogniser left unlabelled is added when it stands alone, not inside a longer run of capitalised
 * words. A city the recogniser calls an organisation stays one: a club or a government may be named after it.
 */
final class KnownNames {

    private final Gazetteer gazetteer;

    KnownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names corrected and completed, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        boolean[] capitals = Casing.inCapitalsSentence(tokens, sentences);
        int[] sentenceFirst = new int[tokens.size()];
        int[] sentenceEnd = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceFirst[i] = s.firstToken();
                sentenceEnd[i] = s.endToken();
            }
        }
        boolean[] covered = new boolean[tokens.size()];
        List<NameSpan> result = new ArrayList<>(names.size() + 8);
        for (NameSpan name : names) {
            for (int i = name.first(); i < name.end(); i++) {
                covered[i] = true;
            }
        }
        for (NameSpan name : names) {
            boolean inCapitals = capitals[name.first()];
            NameSpan extended = extended(tokens, name, sentenceFirst[name.first()], sentenceEnd[name.first()],
                    covered, inCapitals);
            if (extended != null) {
                result.add(extended);
                continue;
            }
            Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, name.first(), name.end(), inCapitals);
            result.add(kind.isPresent() ? name.as(classOf(kind.get(), name)) : name);
        }
        int added = 0;
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                NameSpan found = covered[i] || !Casing.isCapitalised(tokens.get(i).word()) ? null
                        : knownNameAt(tokens, s, i, covered, capitals);
                if (found == null) {
                    i++;
                    continue;
                }
                result.add(found);
                added++;
                i = found.end();
            }
        }
        if (added > 0) {
            Collections.sort(result);
        }
        return result;
    }

    /** The class of a name the gazetteer knows: the gazetteer's when it overrules the recogniser's or is a place. */
    private static NameClass classOf(Gazetteer.Kind kind, NameSpan name) {
        boolean overrules = kind.overrules
                || kind.nameClass == NameClass.LOCATION && name.nameClass() == NameClass.PERSON;
        return overrules ? kind.nameClass : name.nameClass();
    }

    /**
     * The name grown by one or two unlabelled capitalised words before or after it into a name the gazetteer knows
     * ("NORTHERN IRELAND" from "IRELAND", "Saudi Arabia" from "Arabia"), marking them covered; null when there is
     * none.
     */
    private NameSpan extended(List<Token> tokens, NameSpan name, int sentenceFirst, int sentenceEnd,
                              boolean[] covered, boolean inCapitals) {
        for (int before = 0; before <= 2; before++) {
            for (int after = 0; after <= 2; after++) {
                if (before + after == 0) {
                    continue;
                }
                int first = name.first() - before;
                int end = name.end() + after;
                if (first < sentenceFirst || end > sentenceEnd || !free(tokens, first, name.first(), covered)
                        || !free(tokens, name.end(), end, covered)) {
                    continue;
                }
                Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, first, end, inCapitals);
                if (kind.isPresent()) {
                    for (int i = first; i < end; i++) {
                        covered[i] = true;
                    }
                    return new NameSpan(first, end, classOf(kind.get(), name));
                }
            }
        }
        return null;
    }

    /** Whether tokens {@code [first, end)} are unlabelled and capitalised. */
    private static boolean free(List<Token> tokens, int first, int end, boolean[] covered) {
        for (int i = first; i < end; i++) {
            if (covered[i] || !Casing.isCapitalised(tokens.get(i).word())) {
                return false;
            }
        }
        return true;
    }

    /** The longest known name starting at {@code first} that stands alone among unlabelled words, or null. */
    private NameSpan knownNameAt(List<Token> tokens, Sentence s, int first, boolean[] covered, boolean[] capitals) {
        boolean inCapitals = capitals[first];
        if (!inCapitals && first > s.firstToken() + 1 && !covered[first - 1]
                && Casing.isCapitalised(tokens.get(first - 1).word())) {
            return null;
        }
        int limit = Math.min(s.endToken(), first + gazetteer.maxTokens());
        int free = first;
        while (free < limit && !covered[free]) {
            free++;
        }
        for (int end = free; end > first; end--) {
            if (!inCapitals && end < s.endToken() && !covered[end] && Casing.isCapitalised(tokens.get(end).word())) {
                continue;
            }
            Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, first, end, inCapitals);
            if (kind.isPresent()) {
                return new NameSpan(first, end, kind.get().nameClass);
            }
        }
        return null;
    }
}
