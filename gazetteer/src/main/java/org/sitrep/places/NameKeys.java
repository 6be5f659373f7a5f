package org.sitrep.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys a place name is looked up by. The {@linkplain #exact exact key} folds case, accents, apostrophes,
 * the dots of initials and punctuation ("Kup'yans'k" and "Kupyansk", "Élysée" and "Elysee", "U.S." and "US"). The {@linkplain #variant variant key} also
 * folds the usual differences between transliterations of one name: kh/h and g/h (Kharkiv, Harkiv; Glukhiv,
 * Hlukhiv), y/j/i (Kupiansk, Kupyansk, Kupjansk), w/v, ph/f, doubled letters (Odesa, Odessa) and the vowels of a
 * final -iv/-ov/-ev/-iev (Kyiv, Kiev; Kharkiv, Kharkov). The index is built and read with the same keys.
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʹ\"]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern FINAL_V = Pattern.compile("(?<=\\p{L})[aeiou]+v\\b");
    private static final Pattern INITIAL_DOT = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    private NameKeys() {
    }

    /** Lower case, no accents, apostrophes or punctuation, no leading "the", common abbreviations spelled out. */
    public static String exact(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i').replace("æ", "ae")
                .replace("œ", "oe").replace("ß", "ss").replace("þ", "th");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = INITIAL_DOT.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return spellOut(s);
    }

    /** The exact key with transliteration variants folded; see the class comment. */
    public static String variant(String name) {
        String s = exact(name);
        s = s.replace("kh", "h").replace("g", "h").replace("ph", "f").replace('w', 'v').replace('y', 'i')
                .replace('j', 'i');
        s = DOUBLED.matcher(s).replaceAll("$1");
        s = FINAL_V.matcher(s).replaceAll("v");
        return s;
    }

    private static String spellOut(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        String[] words = s.split(" ");
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(switch (w) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                case "mt" -> "mount";
                case "ft" -> "fort";
                default -> w;
            });
        }
        return sb.toString();
    }
}
