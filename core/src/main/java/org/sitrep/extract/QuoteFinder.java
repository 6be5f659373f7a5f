package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attributions;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what an article reports as said, with the cue and the words naming the source: direct quotes (over several
 * paragraphs by the press convention), quotes that open or close with a cue ({@code "...," Rutte said},
 * {@code He added: "...}), reported speech after a cue ({@code Rutte said that ...}, holding any partial quotes),
 * statements before a closing cue ({@code ..., the emergency services said}) and {@code according to}. A quotation
 * with no cue of its own that opens a sentence continues the statement just before it. Quotations with no cue
 * anywhere near (scare quotes, titles) are no statements. Reads tokens, parts of speech and names; no parser.
 */
public final class QuoteFinder {

    private final QuotationMarks marks = new QuotationMarks();

    /** The statements of {@code doc} in body order, and the problems met (an unclosed quotation). */
    public Attributions find(AnnotatedArticle doc) {
        QuotationMarks.Found found = marks.find(doc.text());
        Reading reading = new Reading(doc, found.quotations());
        return new Attributions(reading.read(), found.problems());
    }

    /** The state of reading one article. */
    private static final class Reading {
        private static final Set<String> AUX = Set.of("has", "have", "had", "did", "does", "do", "will", "would",
                "'s", "’s", "'ve", "'d", "is", "was", "are", "were", "been", "be", "could", "may", "might", "should",
                "can", "must", "shall", "not", "n't", "also", "never");
        private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "you");
        private static final Set<String> OBJECTS = Set.of("him", "her", "them", "us", "me", "it", "you");
        private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
        private static final Set<String> NP_INSIDE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD",
                "POS", "PRP$", "VBN");
        private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
        private static final Set<String> WH = Set.of("whether", "if", "how", "why", "what", "when", "where", "who");
        private static final Set<String> CONTRACTED = Set.of("'s", "’s", "'re", "’re", "'m", "’m", "'ll", "’ll",
                "'d", "’d", "'ve", "’ve");
        private static final Set<String> INTENTIONS = Set.of("plan", "promise", "pledge", "vow", "threat", "call",
                "proposal", "decision", "determination", "bid", "desire", "offer", "commitment", "refusal",
                "intention", "demand", "effort", "push");
        private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
        private static final Set<String> FINAL = Set.of(".", "!", "?", ";", ",", ":", "--", "-", "—", "–", "...",
                "…");

        private final AnnotatedArticle doc;
        private final String text;
        private final List<Token> tokens;
        private final List<QuotationMarks.Quotation> quotations;
        private final int[] sentenceOf;
        private final NamedMention[] nameOf;
        private final boolean[] inTime;
        private final List<Span> paragraphs;
        private final List<Attribution> found = new ArrayList<>();

        Reading(AnnotatedArticle doc, List<QuotationMarks.Quotation> quotations) {
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

        List<Attribution> read() {
            for (Sentence sentence : doc.sentences()) {
                readSentence(sentence);
            }
            continueQuotations();
            found.sort(Comparator.comparing(Attribution::content));
            return found;
        }

        // ---- cues -------------------------------------------------------------------------------------------

        /** A cue: tokens {@code [first, end)}, how it takes its content, and whether it is "according to". */
        private record Cue(int first, int end, CueWords.Frame frame, boolean accordingTo) {
        }

        private void readSentence(Sentence sentence) {
            Attribution transcript = transcript(sentence);
            if (transcript == null) {
                transcript = headline(sentence);
            }
            if (transcript != null) {
                found.add(transcript);
                return;
            }
            Attribution signed = signedQuotation(sentence);
            if (signed != null) {
                found.add(signed);
            }
            // A closing cue ("..., the source added.") holds the whole sentence: find it first, so that cues inside
            // what it holds are read as part of the statement.
            for (int i = sentence.endToken() - 1; i >= sentence.firstToken(); i--) {
                Cue cue = cueAt(i, sentence);
                if (cue != null && !claimed(tokens.get(i).span()) && !quoted(i)) {
                    List<Attribution> closing = attributions(cue, sentence, true);
                    if (!closing.isEmpty()) {
                        found.addAll(closing);
                        break;
                    }
                }
            }
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                if (claimed(tokens.get(i).span()) || isCue(i) || quoted(i)) {
                    continue;
                }
                Cue cue = cueAt(i, sentence);
                if (cue == null) {
                    continue;
                }
                List<Attribution> statements = attributions(cue, sentence, false);
                if (!statements.isEmpty()) {
                    found.addAll(statements);
                    i = cue.end() - 1;
                }
            }
            for (int i = sentence.firstToken(); i + 2 < sentence.endToken(); i++) {
                Attribution noun = nounCue(i, sentence);
                if (noun == null) {
                    noun = stanceCue(i, sentence);
                }
                if (noun == null) {
                    noun = judgedSubject(i, sentence);
                }
                if (noun == null) {
                    noun = adjectiveClause(i, sentence);
                }
                if (noun == null) {
                    noun = hearsay(i, sentence);
                }
                if (noun != null) {
                    found.add(noun);
                    i = doc.tokenAt(noun.content().end() - 1);
                }
            }
        }

        /**
         * A stance taken on something, named by a noun or adjective and its preposition: "has been critical of
         * Trump", "is raising questions about his health", "a staunch opponent of the death penalty", "his adulation
         * of Putin": what follows the preposition up to the end of its clause, held by the possessor or the subject.
         * A noun of stance opening its sentence needs no holder ("Allegations of fraud ..."); any other needs one.
         */
        private Attribution stanceCue(int i, Sentence sentence) {
            int end = sentence.endToken();
            String pos = pos(i);
            boolean noun = pos.equals("NN") || pos.equals("NNS");
            boolean adjective = pos.startsWith("JJ") || pos.equals("VBN");
            if (!(noun || adjective) || nameOf[i] != null || quoted(i) || claimed(tokens.get(i).span())) {
                return null;
            }
            String preposition = lower(i + 1);
            boolean stance = noun ? CueWords.isStanceNoun(lemma(i), preposition)
                    : CueWords.isStanceAdjective(lower(i), preposition);
            boolean about = preposition.equals("about") && pos(i + 1).equals("IN");
            if (!stance && !about) {
                return null;
            }
            int k = i + 2;
            if (!(startsNp(k) || pos(k).equals("VBG") || WH.contains(lower(k)) || pos(k).equals("PRP"))
                    || (about && pos(k).equals("CD"))) {
                return null;
            }
            Span source = holder(i, sentence, noun);
            if (source == null && (!stance || !noun || !CueWords.isSpeechNoun(lemma(i)) || !opensNp(i, sentence))) {
                return null;
            }
            // In the predicate the stance's object runs to the end of the clause ("is critical of ..."); a stance
            // in the subject ends where the subject's verb begins ("Support for NATO has been ...").
            boolean subject = true;
            for (int t = sentence.firstToken(); t < i && subject; t++) {
                subject = !isFinite(t);
            }
            int e = k;
            while (e < end && !Set.of(",", ";", ":", "--", "—", "–", "(", "-lrb-").contains(lower(e))
                    && !(FINAL.contains(lower(e)) && e == end - 1) && !(subject && e > k && isFinite(e))) {
                e++;
            }
            Span content = e > k ? span(k, e) : null;
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, direct(content), span(i, i + 2), source);
        }

        /** A clause reported as an unnamed claim by an adverb: "he allegedly brandished a pistol", "reportedly". */
        private Attribution hearsay(int i, Sentence sentence) {
            if (!pos(i).startsWith("RB") || !CueWords.isHearsay(lower(i)) || quoted(i)) {
                return null;
            }
            int k = sentence.firstToken();
            while (k < i && (isQuoteMark(k) || pos(k).equals("CC"))) {
                k++;
            }
            Span content = rest(k, sentence);
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, direct(content), span(i, i + 1), null);
        }

        /**
         * A clause after an adjective of feeling or knowing: "Many Democrats are afraid that ...", "Republicans were
         * incensed that ...", "McConnell came away convinced that ...", or an intent ("were willing to ..."), held
         * by the subject. With the empty subject
         * "it" ("it was unclear whether ...") it is no statement.
         */
        private Attribution adjectiveClause(int i, Sentence sentence) {
            int end = sentence.endToken();
            String pos = pos(i);
            if (!(pos.startsWith("JJ") || pos.equals("VBN")) || i + 2 >= end || quoted(i)
                    || claimed(tokens.get(i).span())) {
                return null;
            }
            String next = lower(i + 1);
            boolean that = next.equals("that") && !pos(i + 1).equals("WDT") && startsClause(i + 2, end);
            boolean wh = WH.contains(next) && !next.equals("who") && !next.equals("when") && !next.equals("where");
            boolean intent = next.equals("to") && pos(i + 2).equals("VB") && CueWords.isIntentAdjective(lower(i));
            if (!that && !wh && !intent) {
                return null;
            }
            int j = skipAdverbsLeft(i - 1, sentence.firstToken());
            if (j <= sentence.firstToken() || !(pos(j).startsWith("VB") || AUX.contains(lower(j)))
                    || lower(j - 1).equals("so") || lower(j).equals("so")) {
                return null;
            }
            Left subject = sourceLeft(j, sentence);
            if (subject == null || subject.source().of(text).equalsIgnoreCase("it")) {
                return null; // "it is unclear whether ...": a judgement no one holds
            }
            Span content = rest(i + 1, sentence);
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, direct(content), span(i, i + 1), subject.source());
        }

        /**
         * A judgement reported about the subject, by a passive cue ("Oz has been called a charlatan by fellow
         * physicians", "Mr. Quiros was accused of ...", any cue verb with its agent: "is supported by far fewer
         * papers") or a raising verb or adjective ("Melania seems to have vanished", "the veto is expected to
         * come", "seems like ...", "is likely to be decided by ..."): the clause from its subject on, said by the agent after "by" when one is named.
         */
        private Attribution judgedSubject(int i, Sentence sentence) {
            int end = sentence.endToken();
            String pos = pos(i);
            String lemma = lemma(i);
            boolean byAgent = i + 2 < end && (lower(i + 1).equals("by")
                    || (pos(i + 1).startsWith("RB") && lower(i + 2).equals("by")));
            boolean passive = pos.equals("VBN")
                    && (CueWords.isPassiveCue(lemma) || (byAgent && CueWords.verb(lemma) != null))
                    && !perfect(i, sentence)
                    && Set.of("is", "are", "was", "were", "been", "be", "being", "'re", "’re")
                    .contains(lower(skipAdverbsLeft(i - 1, sentence.firstToken())));
            boolean raising = (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")
                    && CueWords.isRaising(lemma) && i + 2 < end
                    && ((lower(i + 1).equals("to") && pos(i + 2).equals("VB")) || lower(i + 1).equals("like")))
                    || (pos.startsWith("JJ") && (lemma.equals("likely") || lemma.equals("unlikely")) && i + 2 < end
                    && lower(i + 1).equals("to") && pos(i + 2).equals("VB")
                    && Set.of("is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re")
                    .contains(lower(skipAdverbsLeft(i - 1, sentence.firstToken()))));
            boolean expected = passive && (lemma.equals("expect") || lemma.equals("think") || lemma.equals("say")
                    || lemma.equals("believe") || lemma.equals("know") || lemma.equals("rumor")
                    || lemma.equals("rumour") || lemma.equals("report") || lemma.equals("suspect"))
                    && i + 2 < end && lower(i + 1).equals("to") && pos(i + 2).equals("VB");
            if (!(raising || expected || (passive && !Set.of("expect", "think", "say", "believe", "know", "report")
                    .contains(lemma))) || quoted(i) || claimed(tokens.get(i).span())) {
                return null;
            }
            Left subject = sourceLeft(i, sentence);
            if (subject == null || subject.source().length() < 2) {
                return null;
            }
            int k = i + 1;
            boolean standsAlone = Set.of("announce", "confirm", "debate", "deny").contains(lemma);
            if (passive && !expected && !standsAlone && !(k < end && (startsNp(k)
                    || Set.of("of", "for", "as", "by", "with").contains(lower(k)) || pos(k).startsWith("JJ")))) {
                return null; // "was called", "were rejected" alone say nothing about their subject
            }
            Span source = null;
            int e = k;
            while (e < end && !Set.of(";", ":", "--", "—", "–", "(", "-lrb-").contains(lower(e))
                    && !(FINAL.contains(lower(e)) && e == end - 1)) {
                int agent = e + 1;
                while (agent < end && pos(agent).startsWith("RB")) {
                    agent++; // "by far fewer publications"
                }
                if (lower(e).equals("by") && npEnd(agent, end) > agent && source == null) {
                    source = span(agent, npEnd(agent, end));
                }
                e++;
            }
            Span content = new Span(subject.source().start(), tokens.get(e - 1).span().end());
            if (claimed(content)) {
                return null;
            }
            return new Attribution(content, direct(content), span(i, i + 1), source);
        }

        /** Whether the noun at {@code i} heads a noun phrase that opens its sentence ("Allegations of", "An assessment of"). */
        private boolean opensNp(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (pos(j).startsWith("JJ") || pos(j).equals("DT") || isQuoteMark(j))) {
                j--;
            }
            return j < sentence.firstToken();
        }

        /**
         * Who holds the stance named at {@code i}: the possessor ("his adulation of", "Trump's claims about"), or the
         * subject of the verb the noun or adjective completes ("Graham has been critical of", "Trump is raising
         * questions about", "who is a staunch opponent of").
         */
        private Span holder(int i, Sentence sentence, boolean noun) {
            int start = sentence.firstToken();
            int j = i - 1;
            while (j >= start && (pos(j).startsWith("JJ") || pos(j).startsWith("RB") || pos(j).equals("CC")
                    || (noun && NOUN_TAGS.contains(pos(j)) && nameOf[j] == null) || lower(j).equals(","))) {
                j--;
            }
            if (j < start) {
                return null;
            }
            if (noun && CueWords.isHolderNoun(lemma(i)) && !(pos(j).startsWith("VB") || AUX.contains(lower(j))
                    || pos(j).equals("DT"))) {
                return null; // "Critics of the program say": the critics are a source, not a statement
            }
            if (noun && pos(j).equals("PRP$")) {
                // "Trump continues his adulation of Putin": the subject the possessive pronoun stands for
                int v = j - 1;
                while (v > start && pos(v).startsWith("RB")) {
                    v--;
                }
                Left subject = v > start && pos(v).startsWith("VB") ? sourceLeft(v, sentence) : null;
                return subject != null ? subject.source() : span(j, j + 1);
            }
            if (noun && (lower(j).equals("'s") || lower(j).equals("’s")) && pos(j).equals("POS") && j > start
                    && isNounHead(j - 1)) {
                return span(npStartLeft(j - 1, start), j);
            }
            if (noun && (pos(j).equals("DT") || pos(j).equals("CD"))) {
                j--;
            }
            if (j <= start || !(pos(j).startsWith("VB") || AUX.contains(lower(j)))) {
                return null;
            }
            Left left = sourceLeft(j, sentence);
            return left == null ? null : left.source();
        }

        /**
         * A statement after a noun cue: "Trump's claim that ...", "the view that ...", "her plan to ...": the
         * that-clause or to-infinitive, said by the possessor when there is one.
         */
        private Attribution nounCue(int i, Sentence sentence) {
            if (!NOUN_TAGS.contains(pos(i)) || nameOf[i] != null || quoted(i)) {
                return null;
            }
            String lemma = tokens.get(i).lemma() == null ? lower(i) : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (!CueWords.isNoun(lemma)) {
                return null;
            }
            String next = lower(i + 1);
            boolean clause = next.equals("that") && pos(i + 1).equals("IN") && startsClause(i + 2,
                    sentence.endToken());
            boolean infinitive = next.equals("to") && pos(i + 2).equals("VB") && INTENTIONS.contains(lemma);
            if (!clause && !infinitive) {
                return null;
            }
            Span content = rest(i + 1, sentence);
            if (content == null || claimed(tokens.get(i).span()) || claimed(content)) {
                return null;
            }
            Span source = null;
            int j = i - 1;
            while (j > sentence.firstToken() && pos(j).startsWith("JJ")) {
                j--;
            }
            if (j >= sentence.firstToken() && pos(j).equals("PRP$")) {
                source = span(j, j + 1);
            } else if (j > sentence.firstToken() && pos(j).equals("POS") && isNounHead(j - 1)) {
                source = span(npStartLeft(j - 1, sentence.firstToken()), j);
            }
            if (infinitive && source == null) {
                return null; // "efforts to get out the vote", "plans to pay for it": an aim, but no one's in particular
            }
            return new Attribution(content, direct(content), span(i, i + 1), source);
        }

        /** A quotation signed with a dash and a name at the end of its paragraph ("..." ― Pamela Padilla). */
        private Attribution signedQuotation(Sentence sentence) {
            for (int i = Math.max(1, sentence.firstToken()); i + 1 < sentence.endToken(); i++) {
                if (!DASHES.contains(lower(i)) || !isQuoteMark(i - 1) || quotationClosingAt(i - 1) == null) {
                    continue;
                }
                int e = npEnd(i + 1, sentence.endToken());
                if (e == i + 1) {
                    continue;
                }
                Span paragraph = paragraphs.get(paragraphOf(tokens.get(i).span().start()));
                boolean signs = e >= sentence.endToken() || lower(e).equals(",") || lower(e).equals("(")
                        || tokens.get(e).span().start() >= paragraph.end() || (lower(e).equals(".")
                        && (e + 1 >= tokens.size() || tokens.get(e + 1).span().start() >= paragraph.end()));
                if (signs) {
                    Span content = quotationClosingAt(i - 1).span();
                    return new Attribution(content, direct(content), span(i, i + 1), span(i + 1, e));
                }
            }
            return null;
        }

        /** Whether token {@code i} is the cue of a statement already found. */
        private boolean isCue(int i) {
            Span span = tokens.get(i).span();
            for (Attribution a : found) {
                if (a.cue().overlaps(span)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token {@code i} stands inside a quotation (not on its marks). */
        private boolean quoted(int i) {
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

        private Cue cueAt(int i, Sentence sentence) {
            String word = lower(i);
            int at = tokens.get(i).span().start();
            if (at > 0 && text.charAt(at - 1) == '-') {
                return null; // part of a compound: "Clinton-Supporting Super PACs", "much-discussed"
            }
            if (word.equals("according") && i + 1 < sentence.endToken() && lower(i + 1).equals("to")) {
                return new Cue(i, i + 2, null, true);
            }
            String pos = pos(i);
            if ((pos.startsWith("JJ") || pos.equals("VBN")) && i + 2 < sentence.endToken()
                    && lower(i + 1).equals("about") && (startsNp(i + 2) || pos(i + 2).equals("VBG"))
                    && i > sentence.firstToken() && Set.of("is", "are", "was", "were", "been", "be", "'re", "’re")
                    .contains(lower(skipAdverbsLeft(i - 1, sentence.firstToken())))) {
                return new Cue(i, i + 2, CueWords.about("feel"), false); // "were worried about", "is coy about"
            }
            if (!pos.startsWith("VB")) {
                return null;
            }
            String lemma = tokens.get(i).lemma() == null ? word : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (pos.equals("VBN") && !perfect(i, sentence) && !mistaggedPast(i, sentence)) {
                return null; // passive or adjectival: "was told", "well known"
            }
            if (i + 1 < sentence.endToken()) {
                CueWords.Frame phrasal = CueWords.phrasal(lemma, lower(i + 1));
                if (phrasal == null && lower(i + 1).equals("about") && pos(i + 1).equals("IN")
                        && i + 2 < sentence.endToken() && (startsNp(i + 2) || pos(i + 2).equals("VBG")
                        || WH.contains(lower(i + 2)))) {
                    phrasal = CueWords.about(lemma); // "talked about", "fretted about": the topic
                }
                if (phrasal != null) {
                    return new Cue(i, i + 2, phrasal, false);
                }
            }
            CueWords.Frame frame = CueWords.verb(lemma);
            if (frame == null && i + 2 < sentence.endToken() && lower(i + 1).equals("that")
                    && pos(i + 1).equals("IN") && !CueWords.isNoCue(lemma) && !imperative(i, sentence)) {
                frame = CueWords.THAT_CLAUSE; // "learned that", "conceded that": any verb with a that-clause
            }
            if (frame == null) {
                return null;
            }
            // "that is to say", "needless to say", "let's say"
            if (lemma.equals("say") && i > sentence.firstToken() && (lower(i - 1).equals("to")
                    || lower(i - 1).equals("let") || (i - 2 >= sentence.firstToken() && lower(i - 2).equals("let")))) {
                return null;
            }
            return new Cue(i, i + 1, frame, false);
        }

        /** Whether the verb at {@code i} is a command with no subject: "Imagine that ...", "Don't forget that ...". */
        private boolean imperative(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (pos(j).startsWith("RB") || lower(j).equals("do")
                    || lower(j).equals("n't") || lower(j).equals("n’t") || isQuoteMark(j))) {
                j--;
            }
            return pos(i).equals("VB") && j < sentence.firstToken();
        }

        /**
         * Whether a past participle stands where a past tense would: "Rutte said", ""...," he added", "published
         * images and called on".
         */
        private boolean mistaggedPast(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && pos(j).startsWith("RB")) {
                j--;
            }
            if (j < sentence.firstToken()) {
                return false;
            }
            String pos = pos(j);
            return NOUN_TAGS.contains(pos) || nameOf[j] != null || isQuoteMark(j) || lower(j).equals(",")
                    || lower(j).equals("and") || lower(j).equals("but")
                    || (pos.equals("PRP") && PERSONAL.contains(lower(j))) || pos.equals("WP") || pos.equals("WDT");
        }

        /** Whether a past participle is perfect ("has said", "had long argued"), not passive or adjectival. */
        private boolean perfect(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (pos(j).startsWith("RB") || lower(j).equals("not")
                    || lower(j).equals("n't"))) {
                j--;
            }
            return j >= sentence.firstToken() && Set.of("has", "have", "had", "'ve", "’ve", "'d", "’d", "having")
                    .contains(lower(j));
        }

        /**
         * A transcript line ("PENCE: Well, ...") or a headline's attribution ("Rutte: ..."): the rest of the paragraph,
         * said by the capitalised name or the person or organisation named before the colon.
         */
        private Attribution transcript(Sentence sentence) {
            int end = sentence.endToken();
            int k = sentence.firstToken();
            while (k < end && isQuoteMark(k)) {
                k++;
            }
            int name = k;
            if (k >= end || paragraphStarting(tokens.get(sentence.firstToken()).span().start()) == null) {
                return null;
            }
            while (k < end && k - name < 4 && isCapitalised(tokens.get(k).word())) {
                k++;
            }
            if (k == name && nameOf[name] != null && nameOf[name].firstToken() == name
                    && (nameOf[name].type() == EntityType.PERSON || nameOf[name].type() == EntityType.ORG)) {
                k = nameOf[name].endToken(); // "Rutte: ...", as headlines and summaries write it
            }
            if (k == name && paragraphOf(tokens.get(name).span().start()) == 0 && NOUN_TAGS.contains(pos(name))
                    && Character.isUpperCase(tokens.get(name).word().charAt(0)) && k + 1 < end
                    && lower(k + 1).equals(":")) {
                k = name + 1; // a headline's source: "Poll: ...", "Study: ..."
            }
            if (k == name || k + 1 >= end || !lower(k).equals(":")) {
                return null;
            }
            Span paragraph = paragraphStarting(tokens.get(sentence.firstToken()).span().start());
            int startChar = tokens.get(k + 1).span().start();
            if (startChar >= paragraph.end()) {
                return null;
            }
            Span content = new Span(startChar, paragraph.end());
            return new Attribution(content, direct(content), span(k, k + 1), span(name, k));
        }

        /**
         * A headline's statement, in title case and often without a finite verb of its own: "Flynn Says Trump
         * 'Absolutely Right' on Generals", "Obama Sees 'Personal Insult' if ...": what follows the cue verb, said
         * by the names before it.
         */
        private Attribution headline(Sentence sentence) {
            int first = sentence.firstToken();
            int end = sentence.endToken();
            if (tokens.get(first).span().start() != paragraphs.get(0).start()
                    || sentence.span().end() > paragraphs.get(0).end() || !titleCase(first, end)) {
                return null;
            }
            for (int i = first + 1; i + 1 < end && i < first + 6; i++) {
                if (!Character.isUpperCase(tokens.get(first).word().charAt(0)) || isQuoteMark(i - 1)) {
                    return null;
                }
                if (!Character.isWhitespace(text.charAt(tokens.get(i).span().start() - 1))) {
                    continue; // part of a compound: "Clinton-Supporting Super PACs"
                }
                // a title-case verb may be tagged as a noun: "Says", "Sees"
                String word = lower(i);
                CueWords.Frame frame = pos(i).startsWith("VB") ? CueWords.verb(lemma(i))
                        : word.endsWith("s") ? CueWords.verb(word.substring(0, word.length() - 1)) : null;
                if (frame == null || !(frame.clause() || frame.quotation() || frame.nounPhrase())) {
                    continue;
                }
                Span content = rest(i + 1, sentence);
                return content == null ? null
                        : new Attribution(content, direct(content), span(i, i + 1), span(first, i));
            }
            return null;
        }

        /** Whether most words of tokens {@code [first, end)} open with a capital, as a headline's do. */
        private boolean titleCase(int first, int end) {
            int words = 0;
            int capitals = 0;
            for (int t = first; t < end; t++) {
                String w = tokens.get(t).word();
                if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                    words++;
                    capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
                }
            }
            return words >= 3 && capitals * 10 >= words * 8;
        }

        private static boolean isCapitalised(String word) {
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

        private Span paragraphStarting(int offset) {
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

        // ---- one attribution ----------------------------------------------------------------------------------

        /**
         * The statements of a cue: none, one, or two for a cue between the two halves of a quotation
         * ({@code "...," he said, "..."}); with {@code closingOnly}, only a statement before a closing cue
         * ("..., the ministry said").
         */
        private List<Attribution> attributions(Cue cue, Sentence sentence, boolean closingOnly) {
            int start = sentence.firstToken();
            int end = sentence.endToken();
            Span source = null;
            int frameStart = cue.first();
            int afterCue = cue.end();
            boolean inverted = false;
            boolean participial = false;
            CueWords.Frame frame = cue.frame();
            if (cue.accordingTo()) {
                // The source runs to the next comma or the end of the sentence: "according to show insiders".
                int e = afterCue;
                while (e < end && e - afterCue < 12 && !FINAL.contains(lower(e)) && !isQuoteMark(e)) {
                    e++;
                }
                if (e == afterCue || e - afterCue >= 12) {
                    return List.of();
                }
                source = span(afterCue, e);
                afterCue = e;
                frame = new CueWords.Frame(false, false, false, false, false);
                if (!closingOnly && e < end && lower(e).equals(",") && onlyAdverbsBefore(cue.first(), sentence)) {
                    Span content = rest(e + 1, sentence);
                    return content == null || words(content) < 2 ? List.of() // not "According to MSNBC, basically."
                            : List.of(new Attribution(content, direct(content), span(cue.first(), cue.end()), source));
                }
            } else {
                participial = pos(cue.first()).equals("VBG") && cue.first() > start
                        && (lower(cue.first() - 1).equals(",") || lower(cue.first() - 1).equals("and"));
                if (participial) {
                    source = mainSource(sentence, cue.first());
                } else {
                    Left left = sourceLeft(cue.first(), sentence);
                    if (left == null && (pos(cue.first()).equals("VB") || pos(cue.first()).equals("VBG"))
                            && cue.first() > start && !quoted(cue.first())) {
                        // "plans to call on", "by announcing", "while showing": the subject of the clause before
                        source = subjectBefore(sentence, cue.first());
                    }
                    if (left != null) {
                        source = left.source();
                        frameStart = left.frameStart();
                    } else if (cue.first() == start || lower(cue.first() - 1).equals(",")
                            || isQuoteMark(cue.first() - 1)) {
                        int e = npEnd(afterCue, end);
                        if (e > afterCue && (e >= end || Set.of(",", ".", ":", "in", "on", "at", "during", "after",
                                "who", "late", "earlier", "when", "to", "--", "—", ";", "!", "?", "(", "-lrb-", "for",
                                "from", "with", "as", "before", "while", "last", "this", "recently")
                                .contains(lower(e))
                                || isQuoteMark(e) || inTime[e])) {
                            if (e < end && isOpeningBracket(e)) {
                                int close = e + 1;
                                while (close < end && close < e + 12 && !isClosingBracket(close)) {
                                    close++;
                                }
                                if (close < end && isClosingBracket(close)) {
                                    e = close + 1;
                                }
                            }
                            source = span(afterCue, e);
                            afterCue = e;
                            inverted = true;
                        }
                    }
                }
            }
            Span after = forward(frame, afterCue, sentence, inverted);
            if (after != null && frame.quotedOnly() && !holdsQuotation(after) && !judges(after)) {
                after = null;
            }
            if (closingOnly && (after != null || !endsSentence(frame, afterCue, sentence))) {
                return List.of();
            }
            boolean particle = afterCue < end && pos(afterCue).equals("RP"); // "backed out", "called off"
            Span before = participial || frame.quotedOnly() || particle ? null
                    : backward(frameStart, afterCue, sentence);
            Span cueSpan = span(cue.first(), cue.end());
            List<Attribution> statements = new ArrayList<>(2);
            boolean split = after != null && before != null && quotationOpeningAt(doc.tokenAt(after.start())) != null
                    && quotationClosingAt(doc.tokenAt(before.end() - 1)) != null;
            if (before != null && (after == null || split)) {
                statements.add(new Attribution(before, direct(before), cueSpan, source));
            }
            if (after != null) {
                statements.add(new Attribution(after, direct(after), cueSpan, source));
            }
            return statements;
        }

        /** The number of word tokens in {@code span}. */
        private int words(Span span) {
            int n = 0;
            for (int t = doc.tokenAt(span.start()); t < tokens.size() && tokens.get(t).span().end() <= span.end(); t++) {
                n += Character.isLetterOrDigit(tokens.get(t).word().charAt(0)) ? 1 : 0;
            }
            return n;
        }

        private boolean onlyAdverbsBefore(int i, Sentence sentence) {
            for (int t = sentence.firstToken(); t < i; t++) {
                if (!pos(t).startsWith("RB") && !pos(t).equals("CC") && !isQuoteMark(t)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The source of a participial cue ("..., adding that"): the source of the sentence's statement, or its
         * subject.
         */
        private Span mainSource(Sentence sentence, int before) {
            for (int k = found.size() - 1; k >= 0; k--) {
                Attribution a = found.get(k);
                if (a.cue().start() >= sentence.span().start() && a.cue().end() <= tokens.get(before).span().start()) {
                    return a.source();
                }
                if (a.cue().end() < sentence.span().start()) {
                    break;
                }
            }
            Span subject = subjectBefore(sentence, before);
            return subject != null ? subject : subject(sentence, before);
        }

        /**
         * The subject of the nearest clause before token {@code before} ("Trump toured the plant, saying ...",
         * "Zelensky published images ... and called on"): the source left of the nearest finite verb that has one.
         */
        private Span subjectBefore(Sentence sentence, int before) {
            int tries = 0;
            for (int v = before - 1; v > sentence.firstToken() && tries < 3; v--) {
                if (!FINITE.contains(pos(v)) || quoted(v)) {
                    continue;
                }
                tries++;
                int j = skipAuxiliariesLeft(v - 1, sentence.firstToken());
                if (j < sentence.firstToken() || lower(j).equals("and") || lower(j).equals("but")) {
                    continue;
                }
                Left left = sourceLeft(v, sentence);
                if (left != null) {
                    return left.source();
                }
            }
            return null;
        }

        /** The source left of a cue, and where its frame starts. */
        private record Left(Span source, int frameStart) {
        }

        private Left sourceLeft(int cue, Sentence sentence) {
            int start = sentence.firstToken();
            int j = skipAuxiliariesLeft(cue - 1, start);
            for (int pp = 0; pp < 3 && j >= start; pp++) {
                if (isClosingBracket(j)) {
                    int open = j - 1;
                    while (open > start && !isOpeningBracket(open)) {
                        open--;
                    }
                    if (open <= start || !isNounHead(open - 1)) {
                        return null;
                    }
                    Left inner = sourceLeftOf(open - 1, start);
                    return inner == null ? null : new Left(new Span(inner.source().start(),
                            tokens.get(j).span().end()), inner.frameStart());
                }
                String w = lower(j);
                String pos = pos(j);
                if (pos.equals("WP") || pos.equals("WDT")) {
                    return new Left(span(j, j + 1), j);
                }
                if ((pos.equals("IN") || pos.equals("VBN")) && !w.equals("that") && j - 1 >= start
                        && isNounHead(j - 1) && (inTime[j + 1] || pos.equals("VBN"))) {
                    // a modifier whose rest is a time: "a poll released in late August found", "a panel in 2001 found"
                    j = skipAuxiliariesLeft(j - 1, start);
                    continue;
                }
                if (pos.equals("PRP") && PERSONAL.contains(w)) {
                    return new Left(span(j, j + 1), j);
                }
                if (w.equals(",")) {
                    return appositive(j, sentence);
                }
                if (isNounHead(j)) {
                    boolean gerund = pos(cue).equals("VBG");
                    int k = gerund ? npStartLeft(j, start) : npStartWithOf(j, start);
                    if (k - 2 >= start && (pos(k - 1).equals("IN") || pos(k - 1).equals("TO"))
                            && !lower(k - 1).equals("that") && isNounHead(k - 2)) {
                        j = k - 2; // an adjunct: "Rutte on Tuesday said", "the spokesman for the ministry said"
                        continue;
                    }
                    return new Left(span(k, j + 1), k);
                }
                if (w.equals("and") || w.equals("but") || w.equals("or")) {
                    Span subject = subjectBefore(sentence, j);
                    if (subject == null) {
                        subject = subject(sentence, cue);
                    }
                    return subject == null ? null : new Left(subject, cue);
                }
                return null;
            }
            return null;
        }

        /** The noun phrase ending at {@code j}, as a source. */
        private Left sourceLeftOf(int j, int start) {
            int k = npStartLeft(j, start);
            return new Left(span(k, j + 1), k);
        }

        private boolean isClosingBracket(int i) {
            return lower(i).equals(")") || lower(i).equals("-rrb-");
        }

        private boolean isOpeningBracket(int i) {
            return lower(i).equals("(") || lower(i).equals("-lrb-");
        }

        private int skipAdverbsLeft(int j, int start) {
            while (j > start && pos(j).startsWith("RB")) {
                j--;
            }
            return Math.max(j, start);
        }

        private int skipAuxiliariesLeft(int j, int start) {
            while (j >= start && (pos(j).startsWith("RB") || pos(j).equals("MD") || AUX.contains(lower(j))
                    || inTime[j])) {
                if (inTime[j] && nameOf[j] != null) {
                    break;
                }
                j--;
            }
            return j;
        }

        /** "Rutte, a former Dutch prime minister who ..., said": the noun phrase before the first comma. */
        private Left appositive(int comma, Sentence sentence) {
            int start = sentence.firstToken();
            int k = comma - 1;
            while (k > start && !lower(k).equals(",")) {
                if (isQuoteMark(k)) {
                    return null;
                }
                k--;
            }
            if (k <= start || k >= comma - 1) {
                return null;
            }
            String first = pos(k + 1);
            if (!(first.equals("DT") || first.startsWith("WP") || first.equals("WDT") || first.equals("PRP$")
                    || first.startsWith("JJ")
                    || first.startsWith("NN") || first.equals("CD") || first.equals("IN") || first.startsWith("RB")
                    || first.equals("VBG") || first.equals("VBN"))) {
                return null;
            }
            int head = k - 1;
            int sourceEnd = head;
            if (head > start && isClosingBracket(head)) {
                // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name before its bracket
                int open = head - 1;
                while (open > start && open > head - 12 && !isOpeningBracket(open)) {
                    open--;
                }
                head = isOpeningBracket(open) ? open - 1 : -1;
            }
            if (head < start) {
                return null;
            }
            if (pos(head).equals("PRP") && PERSONAL.contains(lower(head))) {
                return new Left(span(head, head + 1), head);
            }
            if (!isNounHead(head)) {
                return null;
            }
            int np = npStartWithOf(head, start);
            // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the first of a chain.
            for (int n = 0; n < 2 && np - 2 >= start && lower(np - 1).equals(","); n++) {
                int h = np - 2;
                if (!isNounHead(h)) {
                    break;
                }
                int np2 = npStartWithOf(h, start);
                if (!(np2 == start || lower(np2 - 1).equals(",") || isQuoteMark(np2 - 1))) {
                    break;
                }
                np = np2;
                head = h;
                sourceEnd = h;
            }
            return new Left(span(np, sourceEnd + 1), np);
        }

        /** The subject of a sentence, before token {@code before}: its first noun phrase that a verb follows. */
        private Span subject(Sentence sentence, int before) {
            int k = sentence.firstToken();
            while (k < before && (isQuoteMark(k) || pos(k).equals("CC") || pos(k).startsWith("RB"))) {
                k++;
            }
            if (k < before && (pos(k).equals("IN") || pos(k).equals("VBG") || pos(k).equals("TO"))) {
                int comma = k;
                while (comma < before && !lower(comma).equals(",")) {
                    comma++;
                }
                if (comma >= before || comma - k > 15) {
                    return null;
                }
                k = comma + 1;
            }
            if (k >= before) {
                return null;
            }
            if (pos(k).equals("PRP") && PERSONAL.contains(lower(k))) {
                return span(k, k + 1);
            }
            int e = npEnd(k, before);
            if (e == k) {
                return null;
            }
            int v = e;
            if (v < before && lower(v).equals(",")) {
                while (v + 1 < before && !lower(v + 1).equals(",")) {
                    v++;
                }
                v += 2;
            }
            while (v < before && (pos(v).startsWith("RB") || AUX.contains(lower(v)))) {
                v++;
            }
            if (v < tokens.size() && (FINITE.contains(pos(v)) || AUX.contains(lower(v)) || v == before)) {
                return span(k, e);
            }
            return null;
        }

        // ---- content ------------------------------------------------------------------------------------------

        /**
         * Whether a closing cue's frame ends its sentence: only adjuncts ("told reporters in Brussels on Tuesday")
         * follow it, then the end, or a comma and a participle or "according to" (", adding that ...").
         */
        private boolean endsSentence(CueWords.Frame frame, int k, Sentence sentence) {
            int end = sentence.endToken();
            if (frame.addressee() && k < end && startsNp(k)) {
                k = npEnd(k, end);
            }
            for (int steps = 0; steps < 15 && k < end; steps++) {
                String w = lower(k);
                String pos = pos(k);
                if ((FINAL.contains(w) && !w.equals(",")) || isQuoteMark(k)) {
                    return true;
                }
                if (w.equals(",")) {
                    return k + 1 >= end || pos(k + 1).equals("VBG") || lower(k + 1).equals("according")
                            || FINAL.contains(lower(k + 1)) || Set.of("as", "while", "but", "though", "although",
                            "who", "which", "when", "after", "before", "because", "since").contains(lower(k + 1));
                }
                if (inTime[k] || pos.startsWith("RB")) {
                    k++;
                } else if ((pos.equals("IN") || pos.equals("TO")) && npEnd(k + 1, end) > k + 1) {
                    k = npEnd(k + 1, end);
                } else {
                    return false;
                }
            }
            return k >= end;
        }

        /** Content after the cue: a quotation, a clause, a to-infinitive or (for some cues) a noun phrase. */
        private Span forward(CueWords.Frame frame, int k, Sentence sentence, boolean inverted) {
            int end = sentence.endToken();
            int addressee = -1;
            if (frame.addressee() && !inverted && k < end && !lower(k).equals("that") && quotationOpeningAt(k) == null
                    && startsNp(k)) {
                addressee = k;
                k = npEnd(k, end);
            }
            // Past a participle ("says in an ad airing in Ohio that") only "that" or a quotation may follow.
            boolean loose = false;
            for (int steps = 0; steps < 12 && k < end; steps++) {
                QuotationMarks.Quotation q = quotationOpeningAt(k);
                if (q != null) {
                    int after = doc.tokenAt(q.span().end());
                    if (after < end && lower(after).equals("that") && q.span().length() < 40) {
                        k = after; // a title in an adjunct: told MSNBC's "Morning Joe" that ...
                        continue;
                    }
                    return frame.quotation() || frame.clause() ? quotationContent(q, k, sentence) : null;
                }
                String w = lower(k);
                String pos = pos(k);
                if (loose && !w.equals("that") && !w.equals(":") && !w.equals(",")
                        && !(pos.equals("IN") || pos.equals("TO") || pos.startsWith("RB") || inTime[k])) {
                    if (npEnd(k, end) > k) {
                        k = npEnd(k, end);
                        continue;
                    }
                    return null;
                }
                if (w.equals(":")) {
                    int next = k + 1;
                    if (next < tokens.size() && quotationOpeningAt(next) != null && frame.quotation()) {
                        return quotationContent(quotationOpeningAt(next), next, doc.sentences().get(sentenceOf[next]));
                    }
                    return next < end && (frame.clause() || frame.quotation()) ? rest(next, sentence) : null;
                }
                if (w.equals(",")) {
                    if (k + 1 < end && quotationOpeningAt(k + 1) != null && frame.quotation()) {
                        return quotationContent(quotationOpeningAt(k + 1), k + 1, sentence);
                    }
                    if (k + 1 < end && (pos(k + 1).startsWith("RB") || lower(k + 1).equals("that"))) {
                        k++;
                        continue;
                    }
                    return null;
                }
                if (w.equals("that") && frame.clause() && (pos.equals("IN") || pos.equals("WDT") || pos.equals("DT"))) {
                    return rest(k, sentence);
                }
                if (WH.contains(w) && frame.clause() && !w.equals("who")) {
                    return rest(k, sentence);
                }
                if (w.equals("to") && frame.infinitive() && k + 1 < end && (pos(k + 1).equals("VB")
                        || (k + 2 < end && isQuoteMark(k + 1) && pos(k + 2).equals("VB")))) {
                    // "urged its allies to ...": what the addressee is to do, the addressee included
                    return rest(addressee >= 0 ? addressee : k, sentence);
                }
                if (w.equals("there") && frame.clause() && k + 1 < end && isFinite(k + 1)) {
                    return rest(k, sentence);
                }
                if ((inTime[k] && !(k + 1 < end && pos(k + 1).equals("POS"))) || pos.startsWith("RB")) {
                    k++; // an adjunct, not a possessor: "on Friday", but not "Friday's decision"
                    continue;
                }
                if (pos.equals("IN") || pos.equals("TO")) {
                    int e = npEnd(k + 1, end);
                    if (e > k + 1) {
                        k = e;
                        if (k < end && (pos(k).equals("VBG") || pos(k).equals("VBN"))) {
                            loose = true;
                            k++;
                        }
                        continue;
                    }
                    return null;
                }
                if (frame.clause() && startsClause(k, end)) {
                    return objectContent(k, sentence);
                }
                if (frame.nounPhrase() && (startsNp(k) || pos.equals("VBG") || (frame.quotedOnly()
                        && pos.equals("PRP") && OBJECTS.contains(w)))) {
                    return objectContent(k, sentence); // "called him a genius"
                }
                return null;
            }
            return null;
        }

        /** The content a quotation opening at token {@code k} gives: the quotation, or the clause it begins. */
        private Span quotationContent(QuotationMarks.Quotation q, int k, Sentence sentence) {
            int after = doc.tokenAt(q.span().end());
            if (after < sentence.endToken() && after < tokens.size() && sentenceOf[after] == sentenceOf[k]
                    && !FINAL.contains(lower(after)) && !isQuoteMark(after) && quotationOpeningAt(after) == null
                    && (pos(after).startsWith("VB") || pos(after).startsWith("NN") || pos(after).equals("IN")
                    || pos(after).equals("TO") || pos(after).startsWith("JJ")) && !cueFollows(after, sentence)) {
                return rest(k, sentence); // a partial quote opening a longer clause
            }
            return q.span();
        }

        /** Whether a cue frame ("he said", "said Rutte") starts at token {@code k}. */
        private boolean cueFollows(int k, Sentence sentence) {
            for (int t = k; t < Math.min(k + 5, sentence.endToken()); t++) {
                if (pos(t).startsWith("VB") && CueWords.verb(tokens.get(t).lemma() == null ? lower(t)
                        : tokens.get(t).lemma().toLowerCase(Locale.ROOT)) != null) {
                    return true;
                }
            }
            return false;
        }

        /** Content before a closing cue: from the sentence start (or the quotation's) to the comma or closing mark. */
        private Span backward(int frameStart, int frameEnd, Sentence sentence) {
            int start = sentence.firstToken();
            int b = frameStart - 1;
            if (b - 1 > start && lower(b).equals("as") && lower(b - 1).equals(",")) {
                b--; // "Hawaii, as one of his advisers pointed out, normally does not get ..."
            }
            if (b < start) {
                // "...?" Graham asked: the splitter ends a sentence inside the quotation's closing "?” ".
                QuotationMarks.Quotation q = b >= 0 && isQuoteMark(b) ? quotationClosingAt(b) : null;
                if (q != null && Set.of("?", "!", ".").contains(lower(b - 1)) && !claimed(q.span())
                        && opensSentence(q)
                        && paragraphOf(tokens.get(b).span().start()) == paragraphOf(sentence.span().start())) {
                    return q.span();
                }
                return null;
            }
            int endChar;
            QuotationMarks.Quotation q = null;
            String w = lower(b);
            if (w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–")) {
                if (b - 1 >= start && isQuoteMark(b - 1) && quotationClosingAt(b - 1) != null) {
                    q = quotationClosingAt(b - 1);
                    endChar = tokens.get(b - 1).span().end();
                } else {
                    endChar = tokens.get(b).span().start();
                }
            } else if (isQuoteMark(b) && quotationClosingAt(b) != null) {
                q = quotationClosingAt(b);
                endChar = tokens.get(b).span().end();
            } else {
                return null;
            }
            int startChar = sentence.span().start();
            for (QuotationMarks.Quotation other : quotations) {
                if (other.span().start() < startChar && other.span().end() > startChar) {
                    startChar = other.span().start();
                }
            }
            if (q != null && q.span().start() < startChar) {
                startChar = q.span().start();
            }
            for (Attribution a : found) {
                Span claimed = a.content().end() > a.cue().end() ? a.content() : a.cue();
                if (claimed.end() <= endChar && claimed.end() > startChar) {
                    startChar = claimed.end();
                }
            }
            while (startChar < endChar && (Character.isWhitespace(text.charAt(startChar))
                    || ",;:".indexOf(text.charAt(startChar)) >= 0)) {
                startChar++;
            }
            while (endChar > startChar && Character.isWhitespace(text.charAt(endChar - 1))) {
                endChar--;
            }
            if (endChar - startChar < 2) {
                return null;
            }
            Span content = new Span(startChar, endChar);
            if (q != null || holdsFiniteVerb(content)) {
                return content;
            }
            // "The museum, he said, celebrated ...": the cue stands inside its statement, which runs on after it.
            int k = frameEnd;
            while (k < sentence.endToken() && (pos(k).startsWith("RB") || inTime[k])) {
                k++;
            }
            if (k + 1 < sentence.endToken() && lower(k).equals(",") && !pos(k + 1).equals("VBG")) {
                Span whole = rest(k + 1, sentence);
                if (whole != null && holdsFiniteVerb(whole)) {
                    return new Span(startChar, whole.end());
                }
            }
            // A statement is a clause or a quotation, not the adverbial that opens the cue's own sentence
            // ("In a speech on Tuesday, Rutte told ...").
            return null;
        }

        /**
         * The object or clause a cue takes as its content, from token {@code k} to the end of the sentence; an object
         * with no verb of its own ends where a second predicate or clause begins ("downplayed fears over Trump's
         * return | but has also sought ...", "called her vote a mistake, | but she noted ...").
         */
        private Span objectContent(int k, Sentence sentence) {
            for (int c = k + 1; c + 1 < sentence.endToken() && !isFinite(c); c++) {
                boolean predicate = isFinite(c + 1) || AUX.contains(lower(c + 1)) || pos(c + 1).equals("VB")
                        || (pos(c + 1).equals("PRP") && PERSONAL.contains(lower(c + 1)) && c + 2 < sentence.endToken()
                        && (isFinite(c + 2) || AUX.contains(lower(c + 2))));
                if (Set.of("and", "but").contains(lower(c)) && predicate && !quoted(c)) {
                    int e = lower(c - 1).equals(",") ? c - 1 : c;
                    return e > k ? span(k, e) : null;
                }
            }
            return rest(k, sentence);
        }

        /** Whether a span holds a finite verb, or a past participle right after a noun (a past tense mistagged). */
        private boolean holdsFiniteVerb(Span content) {
            int end = content.end();
            for (int t = doc.tokenAt(content.start()); t < tokens.size() && tokens.get(t).span().end() <= end; t++) {
                if (isFinite(t) || (pos(t).equals("VBN") && t > 0 && NOUN_TAGS.contains(pos(t - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** From token {@code k} to the end of the sentence, without its final stop; widened to a quotation it opens. */
        private Span rest(int k, Sentence sentence) {
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

        /** Whether content after a naming cue judges its object: "described Clinton as ...", "blasted him for ...". */
        private boolean judges(Span content) {
            int k = doc.tokenAt(content.start());
            Sentence sentence = doc.sentences().get(sentenceOf[k]);
            int end = sentence.endToken();
            int e = pos(k).equals("PRP") && OBJECTS.contains(lower(k)) ? k + 1 : npEnd(k, end);
            if (e <= k || e >= end) {
                return false;
            }
            if (Set.of("as", "for", "of").contains(lower(e))) {
                return true;
            }
            for (int pp = 0; pp < 3 && e + 1 < end && pos(e).equals("IN") && npEnd(e + 1, end) > e + 1; pp++) {
                e = npEnd(e + 1, end); // "called her vote in favor of the Iraq War a mistake"
            }
            // "called the charges unsubstantiated", "called climate change a hoax": an object and what it is called
            return e < end && (pos(e).startsWith("JJ") || pos(e).equals("DT")) && npEnd(e, end) > e;
        }

        private boolean holdsQuotation(Span content) {
            for (QuotationMarks.Quotation q : quotations) {
                if (content.contains(q.span()) && q.span().length() > 2) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a clause starts at {@code k}: a noun phrase or pronoun with a finite verb later in the sentence. */
        private boolean startsClause(int k, int end) {
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
        private boolean isFinite(int t) {
            return FINITE.contains(pos(t)) || (t > 0 && CONTRACTED.contains(lower(t))
                    && (pos(t - 1).equals("PRP") || pos(t - 1).equals("EX") || lower(t - 1).equals("there")));
        }

        // ---- quotations without a cue -------------------------------------------------------------------------

        /** A quotation that opens a sentence and has no cue of its own continues the statement just before it. */
        private void continueQuotations() {
            found.sort(Comparator.comparing(Attribution::content));
            List<Attribution> added = new ArrayList<>();
            for (QuotationMarks.Quotation q : quotations) {
                if (claimed(q.span()) || !opensSentence(q) || !isFullQuote(q)) {
                    continue;
                }
                Attribution previous = null;
                for (Attribution a : found) {
                    if (a.content().end() <= q.span().start() && a.cue().end() <= q.span().start()) {
                        previous = a;
                    }
                }
                for (Attribution a : added) {
                    if (a.content().end() <= q.span().start()
                            && (previous == null || a.content().start() > previous.content().start())) {
                        previous = a;
                    }
                }
                if (previous != null && paragraphOf(q.span().start()) - paragraphOf(previous.content().end()) <= 1) {
                    added.add(new Attribution(q.span(), true, previous.cue(), previous.source()));
                }
            }
            found.addAll(added);
        }

        private boolean opensSentence(QuotationMarks.Quotation q) {
            int t = doc.tokenAt(q.span().start());
            if (t >= tokens.size() || tokens.get(t).span().start() != q.span().start()) {
                return false;
            }
            Sentence s = doc.sentences().get(sentenceOf[t]);
            return s.firstToken() == t || (t > 0 && Set.of(".", "!", "?").contains(lower(t - 1)));
        }

        private boolean isFullQuote(QuotationMarks.Quotation q) {
            int first = doc.tokenAt(q.span().start());
            int finite = 0;
            int words = 0;
            for (int t = first; t < tokens.size() && tokens.get(t).span().end() <= q.span().end(); t++) {
                if (FINITE.contains(pos(t))) {
                    finite++;
                }
                if (Character.isLetterOrDigit(tokens.get(t).word().charAt(0))) {
                    words++;
                }
            }
            return finite > 0 && words >= 4;
        }

        // ---- noun phrases -------------------------------------------------------------------------------------

        private boolean isNounHead(int j) {
            return NOUN_TAGS.contains(pos(j)) || nameOf[j] != null || pos(j).equals("CD");
        }

        private boolean startsNp(int k) {
            String pos = pos(k);
            return pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.startsWith("JJ")
                    || NOUN_TAGS.contains(pos) || pos.equals("CD") || nameOf[k] != null
                    || (pos.equals("PRP") && PERSONAL.contains(lower(k)));
        }

        /** The first token of the noun phrase whose last token is {@code j}. */
        private int npStartLeft(int j, int start) {
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
        private int npStartWithOf(int j, int start) {
            int k = npStartLeft(j, start);
            for (int n = 0; n < 2 && k - 2 >= start && lower(k - 1).equals("of") && isNounHead(k - 2); n++) {
                k = npStartLeft(k - 2, start);
            }
            return k;
        }

        /** The end (exclusive) of the noun phrase starting at {@code k}, or {@code k} when none starts there. */
        private int npEnd(int k, int end) {
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

        // ---- tokens and spans ---------------------------------------------------------------------------------

        private String lemma(int i) {
            String lemma = tokens.get(i).lemma();
            return lemma == null ? lower(i) : lemma.toLowerCase(Locale.ROOT);
        }

        private String lower(int i) {
            return tokens.get(i).word().toLowerCase(Locale.ROOT);
        }

        private String pos(int i) {
            String pos = tokens.get(i).pos();
            return pos == null ? "" : pos;
        }

        private boolean isQuoteMark(int i) {
            return QuotationMarks.isMarkToken(text, tokens.get(i).span());
        }

        private QuotationMarks.Quotation quotationOpeningAt(int k) {
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

        private QuotationMarks.Quotation quotationClosingAt(int k) {
            int end = tokens.get(k).span().end();
            for (QuotationMarks.Quotation q : quotations) {
                if (q.span().end() == end && q.closed()) {
                    return q;
                }
            }
            return null;
        }


        private int paragraphOf(int offset) {
            for (int p = 0; p < paragraphs.size(); p++) {
                if (offset <= paragraphs.get(p).end()) {
                    return p;
                }
            }
            return paragraphs.size() - 1;
        }

        private Span span(int first, int end) {
            return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        }

        private boolean claimed(Span span) {
            for (Attribution a : found) {
                if (a.content().overlaps(span)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether at least half of the letters of {@code content} stand inside quotation marks. */
        private boolean direct(Span content) {
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
    }
}
