package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One article's tokens as the quote reader walks them: words, tags and lemmas; names and times under each token;
 * quotation marks and the quotations they open; and the phrases built from them (noun phrases to either side of a
 * token, clauses, the rest of a sentence). Reads tokens and tags only; no parser.
 */
final class Phrases {
    static final Set<String> AUX = Set.of("has", "have", "had", "did", "does", "do", "will", "would",
            "'s", "’s", "'ve", "'d", "is", "was", "are", "were", "been", "be", "could", "may", "might", "should",
            "can", "must", "shall", "not", "n't", "also", "never");
    static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "you");
    static final Set<String> OBJECTS = Set.of("him", "her", "them", "us", "me", "it", "you");
    static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    static final Set<String> NP_INSIDE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD",
            "POS", "PRP$", "VBN");
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    static final Set<String> WH = Set.of("whether", "if", "how", "why", "what", "when", "where", "who");
    static final Set<String> CONTRACTED = Set.of("'s", "’s", "'re", "’re", "'m", "’m", "'ll", "’ll",
            "'d", "’d", "'ve", "’ve");
    static final Set<String> FINAL = Set.of(".", "!", "?", ";", ",", ":", "--", "-", "—", "–", "...", "…");

    final AnnotatedArticle doc;
    final String text;
    final List<Token> tokens;
    final List<QuotationMarks.Quotation> quotations;
    final int[] sentenceOf;
    final NamedMention[] nameOf;
    final boolean[] inTime;
    final List<Span> paragraphs;

    Phrases(AnnotatedArticle doc, List<QuotationMarks.Quotation> quotations) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.quotations = quotations;
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken() && t < tokens.size(); t++) {
                sentenceOf[t] = s;
            }
        }
        this.nameOf = new NamedMention[tokens.size()];
        for (NamedMention m : doc.names()) {
            for (int t = m.firstToken(); t < m.endToken() && t < tokens.size(); t++) {
                nameOf[t] = m;
            }
        }
        this.inTime = new boolean[tokens.size()];
        for (TimeExpression time : doc.times()) {
            for (int t = doc.tokenAt(time.span().start()); t < tokens.size()
                    && tokens.get(t).span().start() < time.span().end(); t++) {
                inTime[t] = true;
            }
        }
        this.paragraphs = QuotationMarks.paragraphs(text);
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? lower(i) : lemma.toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String pos = tokens.get(i).pos();
        return pos == null ? "" : pos;
    }

    boolean isQuoteMark(int i) {
        return QuotationMarks.isMarkToken(text, tokens.get(i).span());
    }

    Span span(int first, int end) {
        return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    }

    /** The number of word tokens in {@code span}. */
    int words(Span span) {
        int n = 0;
        for (int t = doc.tokenAt(span.start()); t < tokens.size() && tokens.get(t).span().end() <= span.end(); t++) {
            n += Character.isLetterOrDigit(tokens.get(t).word().charAt(0)) ? 1 : 0;
        }
        return n;
    }

    int paragraphOf(int offset) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (offset <= paragraphs.get(p).end()) {
                return p;
            }
        }
        return paragraphs.size() - 1;
    }

    Span paragraphStarting(int offset) {
        for (Span p : paragraphs) {
            if (p.start() == offset) {
                return p;
            }
            if (p.start() > offset) {
                break;
            }
        }
        return null;
    }

    QuotationMarks.Quotation quotationOpeningAt(int k) {
        if (k >= tokens.size()) {
            return null;
        }
        int start = tokens.get(k).span().start();
        for (QuotationMarks.Quotation q : quotations) {
            if (q.span().start() == start) {
                return q;
            }
            if (q.span().start() > start) {
                break;
            }
        }
        return null;
    }

    QuotationMarks.Quotation quotationClosingAt(int k) {
        int end = tokens.get(k).span().end();
        for (QuotationMarks.Quotation q : quotations) {
            if (q.span().end() == end && q.closed()) {
                return q;
            }
        }
        return null;
    }

    /** Whether token {@code i} stands inside a quotation (not on its marks). */
    boolean quoted(int i) {
        Span span = tokens.get(i).span();
        for (QuotationMarks.Quotation q : quotations) {
            if (q.span().start() < span.start() && span.end() < q.span().end()) {
                return true;
            }
            if (q.span().start() > span.start()) {
                break;
            }
        }
        return false;
    }

    /** Whether at least half of the letters of {@code content} stand inside quotation marks. */
    boolean direct(Span content) {
        int letters = 0;
        int quoted = 0;
        for (int i = content.start(); i < content.end(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            letters++;
            for (QuotationMarks.Quotation q : quotations) {
                if (q.span().start() < i && i < q.span().end()) {
                    quoted++;
                    break;
                }
                if (q.span().start() > i) {
                    break;
                }
            }
        }
        return letters > 0 && 2 * quoted >= letters;
    }

    boolean opensSentence(QuotationMarks.Quotation q) {
        int t = doc.tokenAt(q.span().start());
        if (t >= tokens.size() || tokens.get(t).span().start() != q.span().start()) {
            return false;
        }
        Sentence s = doc.sentences().get(sentenceOf[t]);
        return s.firstToken() == t || (t > 0 && Set.of(".", "!", "?").contains(lower(t - 1)));
    }

    static boolean isCapitalised(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    boolean isNounHead(int j) {
        return NOUN_TAGS.contains(pos(j)) || nameOf[j] != null || pos(j).equals("CD");
    }

    boolean startsNp(int k) {
        String pos = pos(k);
        return pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.startsWith("JJ")
                || NOUN_TAGS.contains(pos) || pos.equals("CD") || nameOf[k] != null
                || (pos.equals("PRP") && PERSONAL.contains(lower(k)));
    }

    /** The first token of the noun phrase whose last token is {@code j}. */
    int npStartLeft(int j, int start) {
        int k = j;
        if (nameOf[k] != null) {
            k = Math.max(start, nameOf[k].firstToken());
        }
        while (k - 1 >= start) {
            int t = k - 1;
            if (nameOf[t] != null) {
                if (nameOf[k] != null && nameOf[k] != nameOf[t]) {
                    break; // two names side by side: "the Washington Post Trump said"
                }
                k = Math.max(start, nameOf[t].firstToken());
                continue;
            }
            String pos = pos(t);
            if (NP_INSIDE.contains(pos) || lower(t).equals("'s") || lower(t).equals("’s")) {
                k = t;
                continue;
            }
            if (pos.equals("DT") || pos.equals("PDT")) {
                k = t;
            }
            break;
        }
        return k;
    }

    /** Like {@link #npStartLeft}, taking in "of" phrases: "the head of the agency". */
    int npStartWithOf(int j, int start) {
        int k = npStartLeft(j, start);
        for (int n = 0; n < 2 && k - 2 >= start && lower(k - 1).equals("of") && isNounHead(k - 2); n++) {
            k = npStartLeft(k - 2, start);
        }
        return k;
    }

    /** The end (exclusive) of the noun phrase starting at {@code k}, or {@code k} when none starts there. */
    int npEnd(int k, int end) {
        if (k >= end) {
            return k;
        }
        if (pos(k).equals("PRP") && PERSONAL.contains(lower(k))) {
            return k + 1;
        }
        int j = k;
        if (pos(j).equals("DT") || pos(j).equals("PDT")) {
            j++;
        }
        int lastHead = -1;
        while (j < end) {
            if (nameOf[j] != null) {
                j = Math.min(end, nameOf[j].endToken());
                lastHead = j;
                continue;
            }
            String pos = pos(j);
            if (NP_INSIDE.contains(pos) || lower(j).equals("'s") || lower(j).equals("’s")) {
                j++;
                if (NOUN_TAGS.contains(pos) || pos.equals("CD")) {
                    lastHead = j;
                }
                continue;
            }
            if (lower(j).equals("of") && lastHead == j && j + 1 < end && startsNp(j + 1)
                    && !pos(j + 1).equals("PRP")) {
                j++;
                if (pos(j).equals("DT")) {
                    j++;
                }
                continue;
            }
            break;
        }
        return lastHead < 0 ? k : lastHead;
    }

    /** Whether a clause starts at {@code k}: a noun phrase or pronoun with a finite verb later in the sentence. */
    boolean startsClause(int k, int end) {
        String pos = pos(k);
        if (!(startsNp(k) || pos.equals("EX") || (pos.equals("PRP") && PERSONAL.contains(lower(k)))
                || Set.of("neither", "either", "both", "no", "none", "nobody", "nothing", "all", "only")
                .contains(lower(k)))) {
            return false;
        }
        for (int t = k + 1; t < end; t++) {
            if (isFinite(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is a finite verb, a contracted one included ("she's", tagged as a possessive). */
    boolean isFinite(int t) {
        return FINITE.contains(pos(t)) || (t > 0 && CONTRACTED.contains(lower(t))
                && (pos(t - 1).equals("PRP") || pos(t - 1).equals("EX") || lower(t - 1).equals("there")));
    }

    /** Whether a span holds a finite verb, or a past participle right after a noun (a past tense mistagged). */
    boolean holdsFiniteVerb(Span content) {
        int end = content.end();
        for (int t = doc.tokenAt(content.start()); t < tokens.size() && tokens.get(t).span().end() <= end; t++) {
            if (isFinite(t) || (pos(t).equals("VBN") && t > 0 && NOUN_TAGS.contains(pos(t - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** From token {@code k} to the end of the sentence, without its final stop; widened to a quotation it opens. */
    Span rest(int k, Sentence sentence) {
        int e = sentence.endToken() - 1;
        while (e > k && FINAL.contains(lower(e))) {
            e--;
        }
        if (e < k) {
            return null;
        }
        int startChar = tokens.get(k).span().start();
        int endChar = tokens.get(e).span().end();
        for (QuotationMarks.Quotation q : quotations) {
            if (q.span().start() >= startChar && q.span().start() < endChar && q.span().end() > endChar) {
                endChar = q.span().end();
            }
        }
        return endChar > startChar ? new Span(startChar, endChar) : null;
    }

    boolean isClosingBracket(int i) {
        return lower(i).equals(")") || lower(i).equals("-rrb-");
    }

    boolean isOpeningBracket(int i) {
        return lower(i).equals("(") || lower(i).equals("-lrb-");
    }

    int skipAdverbsLeft(int j, int start) {
        while (j > start && pos(j).startsWith("RB")) {
            j--;
        }
        return Math.max(j, start);
    }

    int skipAuxiliariesLeft(int j, int start) {
        while (j >= start && (pos(j).startsWith("RB") || pos(j).equals("MD") || AUX.contains(lower(j))
                || inTime[j])) {
            if (inTime[j] && nameOf[j] != null) {
                break;
            }
            j--;
        }
        return j;
    }
}
