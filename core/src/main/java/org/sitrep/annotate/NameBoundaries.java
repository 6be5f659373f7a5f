package org.sitrep.annotate;

import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends the recogniser's common boundary errors, which come from its labelling tokens one by one: two names joined
 * by "and" or "or" ("Nice and Paris St Germain"), a bracket that opens or closes outside the name ("Hizbollah (
 * Party of God"), punctuation or lower-case words at either end ("El Al freighter"), and a place adjective in
 * "-based" or "-born" before a name ("Boston-based Reagan Communications"), which is a name of its own.
 */
final class NameBoundaries {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** Lower-case words that belong to names: "de Gaulle", "bin Salman", "van der Westhuizen". */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "das", "do",
            "dos", "du", "la", "le", "van", "von", "bin", "ibn", "bint", "al", "el", "ul", "ben", "ter", "ten", "y");

    /** The names with their boundaries mended, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<NameSpan> names) {
        Set<String> known = new HashSet<>();
        for (NameSpan name : names) {
            known.add(words(tokens, name.first(), name.end()));
        }
        List<NameSpan> result = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            for (NameSpan part : splitAtConjunctions(tokens, name, known)) {
                for (NameSpan piece : splitAtStrayBrackets(tokens, part)) {
                    NameSpan trimmed = trim(tokens, piece);
                    if (trimmed != null) {
                        splitPlaceAdjective(tokens, trimmed, result);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Splits a name at "and" or "or" when the words on either side are a name on their own elsewhere in the
     * article ("Mercantile and Commerce"), not when the conjunction is part of the name ("Organisation for
     * Security and Cooperation in Europe").
     */
    private static List<NameSpan> splitAtConjunctions(List<Token> tokens, NameSpan name, Set<String> known) {
        List<NameSpan> parts = new ArrayList<>(1);
        int start = name.first();
        for (int i = name.first() + 1; i < name.end() - 1; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).word())
                    && (known.contains(words(tokens, start, i)) || known.contains(words(tokens, i + 1, nextConjunction(tokens, i + 1, name.end()))))) {
                if (i > start) {
                    parts.add(new NameSpan(start, i, name.nameClass()));
                }
                start = i + 1;
            }
        }
        parts.add(start == name.first() ? name : new NameSpan(start, name.end(), name.nameClass()));
        return parts;
    }

    /**
     * Splits a name at an opening bracket that is not closed inside it ("Hizbollah ( Party of God"); matched ones
     * ("Proleter ( Z )") stay.
     */
    private static List<NameSpan> splitAtStrayBrackets(List<Token> tokens, NameSpan name) {
        int depth = 0;
        for (int i = name.first(); i < name.end(); i++) {
            String w = tokens.get(i).word();
            if (isOpening(w)) {
                depth++;
            } else if (isClosing(w) && depth > 0) {
                depth--;
            }
        }
        if (depth == 0) {
            return List.of(name);
        }
        List<NameSpan> parts = new ArrayList<>(2);
        int start = name.first();
        for (int i = name.first(); i <= name.end(); i++) {
            if (i == name.end() || isOpening(tokens.get(i).word()) || isClosing(tokens.get(i).word())) {
                if (i > start) {
                    parts.add(new NameSpan(start, i, name.nameClass()));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("[") || w.equals("-LRB-") || w.equals("-LSB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("]") || w.equals("-RRB-") || w.equals("-RSB-");
    }

    /** The name without punctuation or lower-case words at its ends, or null when nothing is left. */
    private static NameSpan trim(List<Token> tokens, NameSpan name) {
        int first = name.first();
        int end = name.end();
        while (first < end && isLoose(tokens.get(first).word(), true)) {
            first++;
        }
        while (end > first && isLoose(tokens.get(end - 1).word(), false)) {
            end--;
        }
        if (first == end) {
            return null;
        }
        return first == name.first() && end == name.end() ? name : new NameSpan(first, end, name.nameClass());
    }

    /** Whether a word at the start (or end) of a name does not belong to it. */
    private static boolean isLoose(String word, boolean atStart) {
        if (word.chars().noneMatch(Character::isLetterOrDigit)) {
            return !isClosing(word) && !isOpening(word) && !(word.equals(".") && !atStart);
        }
        if (word.equalsIgnoreCase("'s")) {
            return atStart;
        }
        return Casing.isLowerCase(word) && !(atStart && PARTICLES.contains(word)) && !word.contains("-")
                && !word.contains(".");
    }

    private static int nextConjunction(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).word())) {
                return i;
            }
        }
        return end;
    }

    private static String words(List<Token> tokens, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    /** Adds the name, first splitting off a leading place adjective ("Boston-based", "Brazilian-born"). */
    private static void splitPlaceAdjective(List<Token> tokens, NameSpan name, List<NameSpan> out) {
        for (int i = name.first(); i < name.end() - 1; i++) {
            String w = tokens.get(i).word();
            if (w.endsWith("-based") || w.endsWith("-born")) {
                out.add(new NameSpan(name.first(), i + 1, NameClass.MISC));
                out.add(new NameSpan(i + 1, name.end(), name.nameClass()));
                return;
            }
        }
        out.add(name);
    }
}
