package org.sitrep.resolve;

import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the descriptions set beside person names: a title run right before a mention ("NATO chief Mark Rutte",
 * "New York businessman Donald Trump") and an appositive right after one, between commas ("Mark Rutte, the NATO
 * chief,"). A description is one to five words of letters, digits, hyphens and apostrophes, without a function
 * word, whose last word is in lower case (a common noun such as "chief" or "businessman": this keeps out a place
 * or a name before the mention, "in Moscow Vladimir Putin"); before a name it is capitalised modifiers followed
 * by one or two lower-case words ("New York businessman", not "praised New York businessman").
 */
public final class DescriptionFinder {
    private static final int MAX_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Pattern APPOSITIVE = Pattern.compile("\\A,\\s+(?:the|a|an)\\s+([^,.;:()\"\u201c\u201d]{2,80}?)\\s*[,.;]");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "as", "said", "says", "told", "according", "that", "who", "which", "when",
            "while", "after", "before", "than", "his", "her", "its", "their", "our", "this", "these", "those", "is",
            "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "also", "not", "if", "so",
            "both", "between", "against", "over", "under", "into", "about", "met", "called", "added", "asked",
            "what", "why", "whether", "how", "where", "whose", "whom", "yet", "indeed", "wrote", "around", "then",
            "now", "even", "just", "only", "like", "unlike", "said.", "says.", "via", "per", "during", "since");
    /** Lower-case words that are not the nouns of a description: adverbs, participles, contractions. */
    private static final Pattern NOT_A_NOUN = Pattern.compile(".*(?:ly|ing|ed|n't|n\u2019t)");

    /** The descriptions beside the person mentions of an article, in body order. */
    public List<Description> find(Article article, List<Entity> entities) {
        String text = article.text();
        List<Description> found = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.text().strip().indexOf(' ') < 0) {
                    continue; // a full name only: "Rutte" alone may be another Rutte's
                }
                before(text, m.span()).ifPresent(s -> found.add(new Description(e.id(), s, s.of(text))));
                after(text, m.span()).ifPresent(s -> found.add(new Description(e.id(), s, s.of(text))));
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** The title run right before a mention: words back to a stop word, punctuation or the line's start. */
    static java.util.Optional<Span> before(String text, Span mention) {
        int end = mention.start();
        int i = end;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == end || i == 0) {
            return java.util.Optional.empty();
        }
        int stop = i;
        int start = -1;
        int words = 0;
        int lower = 0;
        boolean capitals = false;
        while (words < MAX_WORDS && i > 0) {
            int wEnd = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            String word = text.substring(i, wEnd);
            if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
                break; // the end of the sentence before, not an abbreviation such as "U.S."
            }
            if (!WORD.matcher(word).matches() || STOP.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0));
            if (!capital && NOT_A_NOUN.matcher(word).matches()) {
                break;
            }
            if (capital) {
                capitals = true;
            } else if (capitals || ++lower > 2) {
                break; // a noun phrase is capitalised modifiers, then one or two common nouns: not "praised X chief"
            }
            start = i;
            words++;
            if (i == 0 || text.charAt(i - 1) != ' ') {
                break; // a line break or the text's start ends the run
            }
            i--;
        }
        if (start < 0) {
            return java.util.Optional.empty();
        }
        return accepted(text, new Span(start, stop));
    }

    /** The appositive right after a mention: ", the NATO chief," (the span without "the"). */
    static java.util.Optional<Span> after(String text, Span mention) {
        Matcher m = APPOSITIVE.matcher(text).region(mention.end(), text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return java.util.Optional.empty();
        }
        Span s = new Span(m.start(1), m.end(1));
        List<String> words = words(s.of(text));
        if (words.isEmpty() || words.size() > MAX_WORDS
                || words.stream().anyMatch(w -> STOP.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
            return java.util.Optional.empty();
        }
        return accepted(text, s);
    }

    private static java.util.Optional<Span> accepted(String text, Span s) {
        List<String> words = words(s.of(text));
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String last = words.get(words.size() - 1);
        boolean common = last.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c))
                && last.chars().anyMatch(Character::isLetter);
        return common ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                if (!WORD.matcher(w).matches()) {
                    return List.of();
                }
                words.add(w);
            }
        }
        return words;
    }
}
