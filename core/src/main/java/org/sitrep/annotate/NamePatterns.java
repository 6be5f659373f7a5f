package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names whose class their form gives away. The words in capitals that open a wire dateline, before the date or
 * the agency ("KYIV , Ukraine ( Reuters ) -", "LONDON 1996-08-30"), name a place. A name that ends in a company
 * suffix or "Ministry" ("Apic Yamada Corp", "Dow Chemical Co", "Defence Ministry") names an organisation.
 */
final class NamePatterns {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}(/\\d{2,4})?|"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|June|July|August"
            + "|September|October|November|December");
    private static final Pattern CAPITALS_WORD = Pattern.compile("[\\p{Lu}][\\p{Lu}'.-]*");
    private static final int MAX_PLACE_TOKENS = 4;
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd",
            "Ltd.", "Plc", "PLC", "plc", "LLC", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "Pharmaceuticals", "Ministry");

    private final Gazetteer gazetteer;

    NamePatterns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names with dateline places and organisations labelled, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        NameSpan[] at = new NameSpan[tokens.size()];
        List<NameSpan> result = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            if (name.length() >= 2 && endsLikeOrganisation(tokens, name)) {
                name = name.as(NameClass.ORG);
            }
            result.add(name);
            for (int i = name.first(); i < name.end(); i++) {
                at[i] = name;
            }
        }
        boolean changed = false;
        for (Sentence s : sentences) {
            NameSpan place = datelinePlace(tokens, s);
            if (place != null) {
                changed |= replaceWith(place, at, result);
            }
        }
        if (changed) {
            Collections.sort(result);
        }
        return result;
    }

    /**
     * The place a sentence opens with when it opens as a dateline: one to four words in capitals followed by a
     * date, by a bracketed agency, or by a comma, more capitalised words and then a date, an agency or a dash. Null when it does not, or when the words are a name
     * the gazetteer knows as something other than a place ("UNITED NATIONS").
     */
    private NameSpan datelinePlace(List<Token> tokens, Sentence s) {
        int first = s.firstToken();
        int end = first;
        while (end < s.endToken() && end - first < MAX_PLACE_TOKENS
                && CAPITALS_WORD.matcher(tokens.get(end).word()).matches()) {
            end++;
        }
        if (end == first || end >= s.endToken()
                || tokens.get(end - 1).word().chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String next = tokens.get(end).word();
        boolean dateline;
        if (next.equals(",")) {
            int k = end + 1;
            while (k < s.endToken() && Casing.isCapitalised(tokens.get(k).word())) {
                k++;
            }
            dateline = k > end + 1 && k < s.endToken() && (isDate(tokens.get(k).word()) || isAgency(tokens, k, s)
                    || isDash(tokens.get(k).word()));
        } else {
            dateline = isDate(next) || isAgency(tokens, end, s);
        }
        if (!dateline) {
            return null;
        }
        Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, first, end, true);
        if (kind.isPresent() && kind.get().nameClass != NameClass.LOCATION) {
            return null;
        }
        return new NameSpan(first, end, NameClass.LOCATION);
    }

    /** Whether the name's last word is a company suffix or "Ministry". */
    static boolean endsLikeOrganisation(List<Token> tokens, NameSpan name) {
        return ORGANISATION_ENDINGS.contains(tokens.get(name.end() - 1).word());
    }

    private static boolean isDate(String word) {
        return DATE.matcher(word).matches();
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
    }

    /** Whether an agency in brackets starts at {@code i}: "( Reuters )", "( AFP )". */
    private static boolean isAgency(List<Token> tokens, int i, Sentence s) {
        return i + 2 < s.endToken() && isOpening(tokens.get(i).word()) && isClosing(tokens.get(i + 2).word())
                && Casing.isCapitalised(tokens.get(i + 1).word());
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /** Puts {@code name} in place of the names it overlaps. */
    private static boolean replaceWith(NameSpan name, NameSpan[] at, List<NameSpan> result) {
        boolean same = false;
        for (int i = name.first(); i < name.end(); i++) {
            NameSpan old = at[i];
            if (old != null) {
                same |= old.equals(name);
                result.remove(old);
            }
        }
        for (int i = name.first(); i < name.end(); i++) {
            at[i] = name;
        }
        result.add(name);
        return !same;
    }
}
