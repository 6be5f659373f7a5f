package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends the recogniser's common boundary errors, which come from its labelling tokens one by one: an
 * organisation's name broken at "of" or "for" ("Organisation" "for the" "Prohibition of Chemical Weapons"), a
 * name running over a line break (a heading into the next line), two names joined by "and" or "or" when each is a
 * name on its own elsewhere in the article ("Mercantile and Commerce"), a bracket opened inside a name and not
 * closed ("Hizbollah ( Party of God"), punctuation or lower-case words at either end ("El Al freighter"), a place
 * adjective in "-based" or "-born" before a name, which is a name of its own ("Boston-based Reagan
 * Communications"), and a regnal number left out of a person's name ("Charles III").
 */
final class NameBoundaries {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** Lower-case words that open names: "de Gaulle", "bin Salman", "van der Westhuizen". */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "das", "do",
            "dos", "du", "la", "le", "van", "von", "bin", "ibn", "bint", "al", "el", "ul", "ben", "ter", "ten", "y");
    private static final Set<String> ROYAL_TITLES = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Tsar",
            "Czar", "Prince", "Princess", "Sultan", "Shah", "Pharaoh", "Kaiser");
    /** Words that end the first part of an organisation's name broken at "of" or "for". */
    private static final Set<String> ORGANISATION_HEADS = Set.of("Organisation", "Organization", "Ministry", "Office",
            "Department", "Council", "Commission", "Committee", "Court", "Institute", "Bank", "Agency", "Union",
            "League", "Federation", "Association", "Party", "Board", "Bureau", "Fund", "Society", "Academy",
            "University", "Centre", "Center", "Movement", "Front", "Alliance", "Coalition", "Command");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("X{0,2}(?:IX|IV|V?I{0,3})");

    /** The names of {@code text} with their boundaries mended, in token order. */
    List<NameSpan> apply(String text, List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        Set<String> written = new HashSet<>();
        for (NameSpan name : names) {
            written.add(Gazetteer.words(tokens, name.first(), name.end()));
        }
        int[] sentenceEnd = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceEnd[i] = s.endToken();
            }
        }
        List<NameSpan> result = new ArrayList<>(names.size());
        for (NameSpan joined : joinOfPhrases(tokens, names)) {
            for (NameSpan line : splitAtLineBreaks(text, tokens, joined)) {
                for (NameSpan part : splitAtConjunctions(tokens, line, written)) {
                    for (NameSpan piece : splitAtStrayBrackets(tokens, part)) {
                        NameSpan trimmed = trim(tokens, piece);
                        if (trimmed != null) {
                            splitPlaceAdjective(tokens, withRegnalNumber(tokens, sentenceEnd, trimmed), result);
                        }
                    }
                }
            }
        }
        return result;
    }

    /** Splits a name at line breaks: a heading, a list of links or a byline is not one name with the next line. */
    private static List<NameSpan> splitAtLineBreaks(String text, List<Token> tokens, NameSpan name) {
        List<NameSpan> parts = new ArrayList<>(1);
        int start = name.first();
        for (int i = name.first() + 1; i < name.end(); i++) {
            if (text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start()).indexOf('\n') >= 0) {
                parts.add(new NameSpan(start, i, name.nameClass()));
                start = i;
            }
        }
        parts.add(start == name.first() ? name : new NameSpan(start, name.end(), name.nameClass()));
        return parts;
    }

    /**
     * Joins an organisation's name that the recogniser broke at "of", "for" or "on" ("Organisation" + "for the" +
     * "Prohibition of Chemical Weapons"), when the first part ends in a word that organisations' names end in.
     */
    private static List<NameSpan> joinOfPhrases(List<Token> tokens, List<NameSpan> names) {
        List<NameSpan> joined = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            while (name.nameClass() == NameClass.ORG && n + 1 < names.size()
                    && names.get(n + 1).nameClass() == NameClass.ORG
                    && ORGANISATION_HEADS.contains(tokens.get(name.end() - 1).word())) {
                NameSpan next = names.get(n + 1);
                int gap = next.first() - name.end();
                String link = tokens.get(name.end()).word();
                boolean linked = (gap == 1 || gap == 2 && tokens.get(name.end() + 1).word().equals("the"))
                        && (link.equals("of") || link.equals("for") || link.equals("on"));
                if (!linked) {
                    break;
                }
                name = new NameSpan(name.first(), next.end(), NameClass.ORG);
                n++;
            }
            joined.add(name);
        }
        return joined;
    }

    /**
     * Splits a name at "and" or "or" when the words before or after it are written as a name of their own elsewhere
     * in the article ("Mercantile and Commerce"), not when the conjunction belongs to the name ("Organisation for
     * Security and Cooperation in Europe").
     */
    private static List<NameSpan> splitAtConjunctions(List<Token> tokens, NameSpan name, Set<String> written) {
        List<NameSpan> parts = new ArrayList<>(1);
        int start = name.first();
        for (int i = name.first() + 1; i < name.end() - 1; i++) {
            if (!CONJUNCTIONS.contains(tokens.get(i).word())) {
                continue;
            }
            int nextEnd = i + 1;
            while (nextEnd < name.end() && !CONJUNCTIONS.contains(tokens.get(nextEnd).word())) {
                nextEnd++;
            }
            if (i > start && (written.contains(Gazetteer.words(tokens, start, i))
                    || written.contains(Gazetteer.words(tokens, i + 1, nextEnd)))) {
                parts.add(new NameSpan(start, i, name.nameClass()));
                start = i + 1;
            }
        }
        parts.add(start == name.first() ? name : new NameSpan(start, name.end(), name.nameClass()));
        return parts;
    }

    /**
     * Splits a name at its brackets when one opens inside it and does not close there ("Hizbollah ( Party of
     * God"); matched ones ("Proleter ( Z )") stay.
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

    static boolean isOpening(String w) {
        return w.equals("(") || w.equals("[") || w.equals("-LRB-") || w.equals("-LSB-");
    }

    static boolean isClosing(String w) {
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

    /** Whether a word at the start (or the end) of a name does not belong to it. */
    private static boolean isLoose(String word, boolean atStart) {
        if (word.chars().noneMatch(Character::isLetterOrDigit)) {
            return !isClosing(word) && !isOpening(word);
        }
        if (word.equalsIgnoreCase("'s")) {
            return atStart;
        }
        return Casing.isLowerCase(word) && !(atStart && PARTICLES.contains(word)) && !word.contains("-")
                && !word.contains(".");
    }

    /**
     * The person's name with the regnal number that follows it in its sentence ("Charles III", "Benedict XVI"); a
     * bare "I" only after a royal title ("Queen Elizabeth I"), as it is otherwise the pronoun.
     */
    private static NameSpan withRegnalNumber(List<Token> tokens, int[] sentenceEnd, NameSpan name) {
        int next = name.end();
        if (name.nameClass() != NameClass.PERSON || next >= sentenceEnd[name.first()]
                || !tokens.get(next).ner().equals("O")) {
            return name;
        }
        String w = tokens.get(next).word();
        if (w.isEmpty() || !REGNAL_NUMBER.matcher(w).matches()) {
            return name;
        }
        if (w.equals("I") && (name.first() == 0 || !ROYAL_TITLES.contains(tokens.get(name.first() - 1).word()))) {
            return name;
        }
        return new NameSpan(name.first(), next + 1, name.nameClass());
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
