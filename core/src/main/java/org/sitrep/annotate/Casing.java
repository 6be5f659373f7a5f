package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.List;

/** How words and sentences are capitalised: names are, and wire headlines are set in capitals throughout. */
final class Casing {

    private Casing() {
    }

    /** Whether the word starts with an upper-case letter ("Kyiv", "NATO", "McCain"). */
    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Whether the word has letters and none of them is lower case ("NATO", "U.S.", "KYIV"). */
    static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Whether the word has a lower-case letter and no upper-case one ("the", "ceasefire"). */
    static boolean isLowerCase(String word) {
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /**
     * For each token, whether its sentence is set in capitals: it has at least three words with letters and
     * none of them has a lower-case letter. Case says nothing about names there.
     */
    static boolean[] inCapitalsSentence(List<Token> tokens, List<Sentence> sentences) {
        boolean[] capitals = new boolean[tokens.size()];
        for (Sentence s : sentences) {
            int words = 0;
            boolean lower = false;
            for (int i = s.firstToken(); i < s.endToken() && !lower; i++) {
                String w = tokens.get(i).word();
                lower = w.chars().anyMatch(Character::isLowerCase);
                if (isAllCaps(w)) {
                    words++;
                }
            }
            if (!lower && words >= 3) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    capitals[i] = true;
                }
            }
        }
        return capitals;
    }
}
