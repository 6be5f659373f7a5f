package org.sitrep.annotate;

import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names whose class their form gives away. The words in capitals that open a wire dateline, before the date or
 * the agency ("KYIV , Ukraine ( Reuters ) -", "LONDON 1996-08-30"), name a place. A name that ends in a company
 * suffix or "Ministry" ("Apic Yamada Corp", "Dow Chemical Co", "Defence Ministry") names an organisation. A
 * weapon or aircraft designation ("F-16", "Su-34", "AK-47s") and a place adjective in "-based" ("London-based")
 * are other names. Capitalised words alone between quotation marks ("The Crying Game") are a title.
 */
final class NamePatterns {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}(/\\d{2,4})?|"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|June|July|August"
            + "|September|October|November|December");
    private static final Pattern CAPITALS_WORD = Pattern.compile("[\\p{Lu}][\\p{Lu}'.-]*");
    private static final int MAX_PLACE_TOKENS = 4;
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd",
            "Ltd.", "Plc", "PLC", "plc", "LLC", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "Pharmaceuticals", "Ministry");

    /** Designations of aircraft, missiles, guns and armour: letters, a hyphen, a number ("F-16", "MiG-29", "T-72"). */
    private static final Pattern DESIGNATION = Pattern.compile("(?:F|A|B|E|P|AH|CH|MH|UH|KC|MQ|RQ|Su|MiG|Tu|Il|Ka|Mi|Yak|An"
            + "|AK|AKM|M|T|S|BM|BMP|BTR|TOS|Kh|R|SS|SA|AGM|AIM|HQ|DF|J|H|Z|KN|KF|TB|CV|Mk)-\\d{1,4}[A-Z]{0,3}s?");
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}.]*-based");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201C", "\u201D");
    private static final Set<String> TITLE_WORDS = Set.of("of", "the", "a", "an", "in", "on", "for", "and", "to", "at");
    private static final int MAX_TITLE_TOKENS = 6;
    private static final int MAX_DESIGNATION_TOKENS = 4;

    private final Gazetteer gazetteer;

    NamePatterns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names with dateline places, organisations, designations and titles labelled, in token order. */
    List<NameSpan> apply(List<Token> tokens, List<Sentence> sentences, List<NameSpan> names) {
        NameSpan[] at = new NameSpan[tokens.size()];
        List<NameSpan> result = new ArrayList<>(names.size() + 8);
        for (NameSpan name : names) {
            if (name.length() >= 2 && endsLikeOrganisation(tokens, name)) {
                name = name.as(NameClass.ORG);
            }
            result.add(name);
            for (int i = name.first(); i < name.end(); i++) {
                at[i] = name;
            }
        }
        Set<NameSpan> replaced = new HashSet<>();
        for (Sentence s : sentences) {
            NameSpan place = datelinePlace(tokens, s);
            if (place != null) {
                replace(place, at, replaced, result);
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                NameSpan title = quotedTitle(tokens, s, i, at);
                if (title != null) {
                    replace(title, at, replaced, result);
                }
            }
        }
        int added = result.size();
        for (int i = 0; i < tokens.size(); i++) {
            int end = at[i] == null ? otherNameEnd(tokens, i, at) : -1;
            if (end > i) {
                NameSpan other = new NameSpan(i, end, NameClass.MISC);
                for (int k = i; k < end; k++) {
                    at[k] = other;
                }
                result.add(other);
                i = end - 1;
            }
        }
        if (replaced.isEmpty() && added == result.size()) {
            return result;
        }
        List<NameSpan> kept = new ArrayList<>(result.size());
        for (NameSpan name : result) {
            if (!replaced.contains(name)) {
                kept.add(name);
            }
        }
        Collections.sort(kept);
        return kept;
    }

    /**
     * The place a sentence opens with when it opens as a dateline: one to four words in capitals followed by a
     * date or a bracketed agency, or by a comma and capitalised words up to a date, an agency or a dash. Null when
     * it does not, or when the words are a name the gazetteer knows as something other than a place ("UNITED
     * NATIONS").
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
            dateline = false;
            for (int k = end + 1; k < s.endToken() && !dateline; k++) {
                String w = tokens.get(k).word();
                dateline = isDate(w) || isAgency(tokens, k, s) || k > end + 1 && isDash(w);
                if (!dateline && !Casing.isCapitalised(w)) {
                    break;
                }
            }
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

    /**
     * The title that an opening quotation mark at {@code open} encloses: one to six words, capitalised but for short
     * function words inside, up to the closing mark. Null when there is none, or when one name the recogniser found
     * is the whole quotation ("Islamic State" in quotes stays an organisation).
     */
    private static NameSpan quotedTitle(List<Token> tokens, Sentence s, int open, NameSpan[] at) {
        if (!QUOTES.contains(tokens.get(open).word())) {
            return null;
        }
        int close = open + 1;
        while (close < s.endToken() && close - open - 1 <= MAX_TITLE_TOKENS && !QUOTES.contains(tokens.get(close).word())) {
            close++;
        }
        int first = open + 1;
        if (close >= s.endToken() || close == first || close - first > MAX_TITLE_TOKENS) {
            return null;
        }
        if (!Casing.isCapitalised(tokens.get(first).word()) || !Casing.isCapitalised(tokens.get(close - 1).word())) {
            return null;
        }
        for (int i = first; i < close; i++) {
            String w = tokens.get(i).word();
            if (!Casing.isCapitalised(w) && !TITLE_WORDS.contains(w)) {
                return null;
            }
            if (at[i] != null && (at[i].first() < first || at[i].end() > close)) {
                return null;
            }
        }
        if (at[first] != null && at[first].first() == first && at[first].end() == close) {
            return null;
        }
        return new NameSpan(first, close, NameClass.MISC);
    }

    /**
     * The end of a designation ("F-16s", which the tokenizer may have split at the hyphen) or a single-token
     * place adjective ("London-based") starting at {@code first}, or -1.
     */
    private static int otherNameEnd(List<Token> tokens, int first, NameSpan[] at) {
        if (!Casing.isCapitalised(tokens.get(first).word())
                || first > 0 && tokens.get(first).span().start() == tokens.get(first - 1).span().end()) {
            return -1;
        }
        if (PLACE_ADJECTIVE.matcher(tokens.get(first).word()).matches()) {
            return first + 1;
        }
        int last = first;
        while (last + 1 < tokens.size() && last + 1 - first < MAX_DESIGNATION_TOKENS && at[last + 1] == null
                && tokens.get(last + 1).span().start() == tokens.get(last).span().end()) {
            last++;
        }
        for (int end = last + 1; end > first; end--) {
            if (DESIGNATION.matcher(Gazetteer.words(tokens, first, end)).matches()) {
                return end;
            }
        }
        return -1;
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

    /** Puts {@code name} in place of the names it overlaps, unless it is one of them. */
    private static void replace(NameSpan name, NameSpan[] at, Set<NameSpan> replaced, List<NameSpan> result) {
        if (name.equals(at[name.first()])) {
            return;
        }
        for (int i = name.first(); i < name.end(); i++) {
            if (at[i] != null) {
                replaced.add(at[i]);
            }
            at[i] = name;
        }
        result.add(name);
    }
}
