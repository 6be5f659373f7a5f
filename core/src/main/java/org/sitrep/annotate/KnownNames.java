package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Corrects and completes the recogniser's names with the {@link Gazetteer}: a name it knows unambiguously
 * ("Scotland", "Kharkiv Oblast" aside) takes the gazetteer's class; a known name the recogniser left unlabelled is
 * added when it stands alone, not inside a longer run of capitalised words.
 */
final class KnownNames {

    private final Gazetteer gazetteer;

    KnownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names corrected and completed, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        boolean[] capitals = Casing.inCapitalsSentence(tokens, sentences);
        boolean[] covered = new boolean[tokens.size()];
        List<NameSpan> result = new ArrayList<>(names.size() + 8);
        for (NameSpan name : names) {
            Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, name.first(), name.end(), capitals[name.first()]);
            boolean overrule = kind.isPresent() && kind.get().overrules;
            result.add(overrule ? name.as(kind.get().nameClass) : name);
            for (int i = name.first(); i < name.end(); i++) {
                covered[i] = true;
            }
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

    /** The longest known name starting at {@code first} that stands alone among unlabelled words, or null. */
    private NameSpan knownNameAt(List<Token> tokens, Sentence s, int first, boolean[] covered, boolean[] capitals) {
        boolean inCapitals = capitals[first];
        if (!inCapitals && first > s.firstToken() + 1 && !covered[first - 1]
                && Casing.isCapitalised(tokens.get(first - 1).word())) {
            return null;
        }
        int limit = Math.min(s.endToken(), first + gazetteer.maxTokens());
        for (int end = limit; end > first; end--) {
            if (covered[end - 1]) {
                continue;
            }
            if (!inCapitals && end < s.endToken() && !covered[end] && Casing.isCapitalised(tokens.get(end).word())) {
                continue;
            }
            Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, first, end, inCapitals);
            if (kind.isPresent()) {
                for (int i = first; i < end; i++) {
                    if (covered[i]) {
                        return null;
                    }
                }
                return new NameSpan(first, end, kind.get().nameClass);
            }
        }
        return null;
    }
}
