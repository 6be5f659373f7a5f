package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attributions;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.sitrep.extract.Phrases.AUX;
import static org.sitrep.extract.Phrases.FINAL;
import static org.sitrep.extract.Phrases.FINITE;
import static org.sitrep.extract.Phrases.NOUN_TAGS;
import static org.sitrep.extract.Phrases.OBJECTS;
import static org.sitrep.extract.Phrases.PERSONAL;
import static org.sitrep.extract.Phrases.WH;

/**
 * Finds what an article reports as said, with the cue and the words naming the source: direct quotes (over several
 * paragraphs by the press convention), quotes that open or close with a cue ({@code "...," Rutte said},
 * {@code He added: "...}), reported speech after a cue ({@code Rutte said that ...}, holding any partial quotes),
 * statements before a closing cue ({@code ..., the emergency services said}) and {@code according to}. A quotation
 * with no cue of its own that opens a sentence continues the statement just before it. Quotations with no cue
 * anywhere near (scare quotes, titles) are no statements. Stances count as statements too: after a noun or
 * adjective of stance ({@code critical of}, {@code questions about}), an adjective with a clause ({@code afraid
 * that}), a passive cue with its agent, a raising verb ({@code seems to}), a hearsay adverb ({@code allegedly}) and a
 * headline's title-case verb. Reads tokens, parts of speech and names through {@link Phrases}; no parser.
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
        private static final Set<String> INTENTIONS = Set.of("plan", "promise", "pledge", "vow", "threat", "call",
                "proposal", "decision", "determination", "bid", "desire", "offer", "commitment", "refusal",
                "intention", "demand", "effort", "push");
        private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
        /** Marks that end a clause's content, besides commas: "X is expected to win; the others ...". */
        private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "—", "–", "(", "-lrb-");
        private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "'re", "’re");

        private final Phrases p;
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
            this.p = new Phrases(doc, quotations);
            this.doc = doc;
            this.text = p.text;
            this.tokens = p.tokens;
            this.quotations = quotations;
            this.sentenceOf = p.sentenceOf;
            this.nameOf = p.nameOf;
            this.inTime = p.inTime;
            this.paragraphs = p.paragraphs;
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
                if (cue != null && !claimed(tokens.get(i).span()) && !p.quoted(i)) {
                    List<Attribution> closing = attributions(cue, sentence, true);
                    if (!closing.isEmpty()) {
                        found.addAll(closing);
                        break;
                    }
                }
            }
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                if (claimed(tokens.get(i).span()) || isCue(i) || p.quoted(i)) {
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
            String pos = p.pos(i);
            boolean noun = pos.equals("NN") || pos.equals("NNS");
            boolean adjective = pos.startsWith("JJ") || pos.equals("VBN");
            if (!(noun || adjective) || nameOf[i] != null || p.quoted(i) || claimed(tokens.get(i).span())) {
                return null;
            }
            String preposition = p.lower(i + 1);
            boolean stance = noun ? CueWords.isStanceNoun(p.lemma(i), preposition)
                    : CueWords.isStanceAdjective(p.lower(i), preposition);
            boolean about = preposition.equals("about") && p.pos(i + 1).equals("IN");
            if (!stance && !about) {
                return null;
            }
            int k = i + 2;
            if (!(p.startsNp(k) || p.pos(k).equals("VBG") || WH.contains(p.lower(k)) || p.pos(k).equals("PRP"))
                    || (about && p.pos(k).equals("CD"))) {
                return null;
            }
            Span source = holder(i, sentence, noun);
            if (source == null && (!stance || !noun || !CueWords.isSpeechNoun(p.lemma(i)) || !opensNp(i, sentence))) {
                return null;
            }
            // In the predicate the stance's object runs to the end of the clause ("is critical of ..."); a stance
            // in the subject ends where the subject's verb begins ("Support for NATO has been ...").
            boolean subject = true;
            for (int t = sentence.firstToken(); t < i && subject; t++) {
                subject = !p.isFinite(t);
            }
            int e = k;
            while (e < end && !p.lower(e).equals(",") && !CLAUSE_BREAKS.contains(p.lower(e))
                    && !(FINAL.contains(p.lower(e)) && e == end - 1) && !(subject && e > k && p.isFinite(e))) {
                e++;
            }
            Span content = e > k ? p.span(k, e) : null;
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, p.direct(content), p.span(i, i + 2), source);
        }

        /** A clause reported as an unnamed claim by an adverb: "he allegedly brandished a pistol", "reportedly". */
        private Attribution hearsay(int i, Sentence sentence) {
            if (!p.pos(i).startsWith("RB") || !CueWords.isHearsay(p.lower(i)) || p.quoted(i)) {
                return null;
            }
            int k = sentence.firstToken();
            while (k < i && (p.isQuoteMark(k) || p.pos(k).equals("CC"))) {
                k++;
            }
            Span content = p.rest(k, sentence);
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, p.direct(content), p.span(i, i + 1), null);
        }

        /**
         * A clause after an adjective of feeling or knowing: "Many Democrats are afraid that ...", "Republicans were
         * incensed that ...", "McConnell came away convinced that ...", or an intent ("were willing to ..."), held
         * by the subject. With the empty subject
         * "it" ("it was unclear whether ...") it is no statement.
         */
        private Attribution adjectiveClause(int i, Sentence sentence) {
            int end = sentence.endToken();
            String pos = p.pos(i);
            if (!(pos.startsWith("JJ") || pos.equals("VBN")) || i + 2 >= end || p.quoted(i)
                    || claimed(tokens.get(i).span())) {
                return null;
            }
            String next = p.lower(i + 1);
            boolean that = next.equals("that") && !p.pos(i + 1).equals("WDT") && p.startsClause(i + 2, end);
            boolean wh = WH.contains(next) && !next.equals("who") && !next.equals("when") && !next.equals("where");
            boolean intent = next.equals("to") && p.pos(i + 2).equals("VB") && CueWords.isIntentAdjective(p.lower(i));
            if (!that && !wh && !intent) {
                return null;
            }
            int j = p.skipAdverbsLeft(i - 1, sentence.firstToken());
            if (j <= sentence.firstToken() || !(p.pos(j).startsWith("VB") || AUX.contains(p.lower(j)))
                    || p.lower(j - 1).equals("so") || p.lower(j).equals("so")) {
                return null;
            }
            Left subject = sourceLeft(j, sentence);
            if (subject == null || subject.source().of(text).equalsIgnoreCase("it")) {
                return null; // "it is unclear whether ...": a judgement no one holds
            }
            Span content = p.rest(i + 1, sentence);
            if (content == null || claimed(content)) {
                return null;
            }
            return new Attribution(content, p.direct(content), p.span(i, i + 1), subject.source());
        }

        /**
         * A judgement reported about the subject, by a passive cue ("Oz has been called a charlatan by fellow
         * physicians", "Mr. Quiros was accused of ...", any cue verb with its agent: "is supported by far fewer
         * papers") or a raising verb or adjective ("Melania seems to have vanished", "the veto is expected to
         * come", "seems like ...", "is likely to be decided by ..."): the clause from its subject on, said by the agent after "by" when one is named.
         */
        private Attribution judgedSubject(int i, Sentence sentence) {
            int end = sentence.endToken();
            String pos = p.pos(i);
            String lemma = p.lemma(i);
            boolean byAgent = i + 2 < end && (p.lower(i + 1).equals("by")
                    || (p.pos(i + 1).startsWith("RB") && p.lower(i + 2).equals("by")));
            boolean infinitive = i + 2 < end && p.lower(i + 1).equals("to") && p.pos(i + 2).equals("VB");
            String before = p.lower(p.skipAdverbsLeft(i - 1, sentence.firstToken()));
            boolean passive = pos.equals("VBN") && BE.contains(before) && !perfect(i, sentence)
                    && (CueWords.isPassiveCue(lemma) || (byAgent && CueWords.verb(lemma) != null));
            boolean raising = (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")
                    && CueWords.isRaising(lemma) && (infinitive || (i + 2 < end && p.lower(i + 1).equals("like"))))
                    || (pos.startsWith("JJ") && (lemma.equals("likely") || lemma.equals("unlikely")) && infinitive
                    && (BE.contains(before) || before.equals("'s") || before.equals("’s")));
            Boolean needsInfinitive = CueWords.raisedByPassive(lemma); // "is expected to", "is said to"
            boolean expected = passive && needsInfinitive != null && infinitive;
            if (!(raising || expected || (passive && !Boolean.TRUE.equals(needsInfinitive))) || p.quoted(i)
                    || claimed(tokens.get(i).span())) {
                return null;
            }
            Left subject = sourceLeft(i, sentence);
            if (subject == null || subject.source().length() < 2) {
                return null;
            }
            int k = i + 1;
            if (passive && !expected && !CueWords.isCompletePassive(lemma) && !(k < end && (p.startsNp(k)
                    || Set.of("of", "for", "as", "by", "with").contains(p.lower(k)) || p.pos(k).startsWith("JJ")))) {
                return null; // "was called", "were rejected" alone say nothing about their subject
            }
            Span source = null;
            int e = k;
            while (e < end && !CLAUSE_BREAKS.contains(p.lower(e))
                    && !(FINAL.contains(p.lower(e)) && e == end - 1)) {
                int agent = e + 1;
                while (agent < end && p.pos(agent).startsWith("RB")) {
                    agent++; // "by far fewer publications"
                }
                if (p.lower(e).equals("by") && p.npEnd(agent, end) > agent && source == null) {
                    source = p.span(agent, p.npEnd(agent, end));
                }
                e++;
            }
            Span content = new Span(subject.source().start(), tokens.get(e - 1).span().end());
            if (claimed(content)) {
                return null;
            }
            return new Attribution(content, p.direct(content), p.span(i, i + 1), source);
        }

        /** Whether the noun at {@code i} heads a noun phrase that opens its sentence ("Allegations of", "An assessment of"). */
        private boolean opensNp(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (p.pos(j).startsWith("JJ") || p.pos(j).equals("DT") || p.isQuoteMark(j))) {
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
            while (j >= start && (p.pos(j).startsWith("JJ") || p.pos(j).startsWith("RB") || p.pos(j).equals("CC")
                    || (noun && NOUN_TAGS.contains(p.pos(j)) && nameOf[j] == null) || p.lower(j).equals(","))) {
                j--;
            }
            if (j < start) {
                return null;
            }
            if (noun && CueWords.isHolderNoun(p.lemma(i)) && !(p.pos(j).startsWith("VB") || AUX.contains(p.lower(j))
                    || p.pos(j).equals("DT"))) {
                return null; // "Critics of the program say": the critics are a source, not a statement
            }
            if (noun && p.pos(j).equals("PRP$")) {
                // "Trump continues his adulation of Putin": the subject the possessive pronoun stands for
                int v = j - 1;
                while (v > start && p.pos(v).startsWith("RB")) {
                    v--;
                }
                Left subject = v > start && p.pos(v).startsWith("VB") ? sourceLeft(v, sentence) : null;
                return subject != null ? subject.source() : p.span(j, j + 1);
            }
            if (noun && (p.lower(j).equals("'s") || p.lower(j).equals("’s")) && p.pos(j).equals("POS") && j > start
                    && p.isNounHead(j - 1)) {
                return p.span(p.npStartLeft(j - 1, start), j);
            }
            if (noun && (p.pos(j).equals("DT") || p.pos(j).equals("CD"))) {
                j--;
            }
            if (j <= start || !(p.pos(j).startsWith("VB") || AUX.contains(p.lower(j)))) {
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
            if (!NOUN_TAGS.contains(p.pos(i)) || nameOf[i] != null || p.quoted(i)) {
                return null;
            }
            String lemma = tokens.get(i).lemma() == null ? p.lower(i) : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (!CueWords.isNoun(lemma)) {
                return null;
            }
            String next = p.lower(i + 1);
            boolean clause = next.equals("that") && p.pos(i + 1).equals("IN") && p.startsClause(i + 2,
                    sentence.endToken());
            boolean infinitive = next.equals("to") && p.pos(i + 2).equals("VB") && INTENTIONS.contains(lemma);
            if (!clause && !infinitive) {
                return null;
            }
            Span content = p.rest(i + 1, sentence);
            if (content == null || claimed(tokens.get(i).span()) || claimed(content)) {
                return null;
            }
            Span source = null;
            int j = i - 1;
            while (j > sentence.firstToken() && p.pos(j).startsWith("JJ")) {
                j--;
            }
            if (j >= sentence.firstToken() && p.pos(j).equals("PRP$")) {
                source = p.span(j, j + 1);
            } else if (j > sentence.firstToken() && p.pos(j).equals("POS") && p.isNounHead(j - 1)) {
                source = p.span(p.npStartLeft(j - 1, sentence.firstToken()), j);
            }
            if (infinitive && source == null) {
                return null; // "efforts to get out the vote", "plans to pay for it": an aim, but no one's in particular
            }
            return new Attribution(content, p.direct(content), p.span(i, i + 1), source);
        }

        /** A quotation signed with a dash and a name at the end of its paragraph ("..." ― Pamela Padilla). */
        private Attribution signedQuotation(Sentence sentence) {
            for (int i = Math.max(1, sentence.firstToken()); i + 1 < sentence.endToken(); i++) {
                if (!DASHES.contains(p.lower(i)) || !p.isQuoteMark(i - 1) || p.quotationClosingAt(i - 1) == null) {
                    continue;
                }
                int e = p.npEnd(i + 1, sentence.endToken());
                if (e == i + 1) {
                    continue;
                }
                Span paragraph = paragraphs.get(p.paragraphOf(tokens.get(i).span().start()));
                boolean signs = e >= sentence.endToken() || p.lower(e).equals(",") || p.lower(e).equals("(")
                        || tokens.get(e).span().start() >= paragraph.end() || (p.lower(e).equals(".")
                        && (e + 1 >= tokens.size() || tokens.get(e + 1).span().start() >= paragraph.end()));
                if (signs) {
                    Span content = p.quotationClosingAt(i - 1).span();
                    return new Attribution(content, p.direct(content), p.span(i, i + 1), p.span(i + 1, e));
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

        private Cue cueAt(int i, Sentence sentence) {
            String word = p.lower(i);
            int at = tokens.get(i).span().start();
            if (at > 0 && text.charAt(at - 1) == '-') {
                return null; // part of a compound: "Clinton-Supporting Super PACs", "much-discussed"
            }
            if (word.equals("according") && i + 1 < sentence.endToken() && p.lower(i + 1).equals("to")) {
                return new Cue(i, i + 2, null, true);
            }
            String pos = p.pos(i);
            if ((pos.startsWith("JJ") || pos.equals("VBN")) && i + 2 < sentence.endToken()
                    && p.lower(i + 1).equals("about") && (p.startsNp(i + 2) || p.pos(i + 2).equals("VBG"))
                    && i > sentence.firstToken() && Set.of("is", "are", "was", "were", "been", "be", "'re", "’re")
                    .contains(p.lower(p.skipAdverbsLeft(i - 1, sentence.firstToken())))) {
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
                CueWords.Frame phrasal = CueWords.phrasal(lemma, p.lower(i + 1));
                if (phrasal == null && p.lower(i + 1).equals("about") && p.pos(i + 1).equals("IN")
                        && i + 2 < sentence.endToken() && (p.startsNp(i + 2) || p.pos(i + 2).equals("VBG")
                        || WH.contains(p.lower(i + 2)))) {
                    phrasal = CueWords.about(lemma); // "talked about", "fretted about": the topic
                }
                if (phrasal != null) {
                    return new Cue(i, i + 2, phrasal, false);
                }
            }
            CueWords.Frame frame = CueWords.verb(lemma);
            if (frame == null && i + 2 < sentence.endToken() && p.lower(i + 1).equals("that")
                    && p.pos(i + 1).equals("IN") && !CueWords.isNoCue(lemma) && !imperative(i, sentence)) {
                frame = CueWords.THAT_CLAUSE; // "learned that", "conceded that": any verb with a that-clause
            }
            if (frame == null) {
                return null;
            }
            // "that is to say", "needless to say", "let's say"
            if (lemma.equals("say") && i > sentence.firstToken() && (p.lower(i - 1).equals("to")
                    || p.lower(i - 1).equals("let") || (i - 2 >= sentence.firstToken() && p.lower(i - 2).equals("let")))) {
                return null;
            }
            return new Cue(i, i + 1, frame, false);
        }

        /** Whether the verb at {@code i} is a command with no subject: "Imagine that ...", "Don't forget that ...". */
        private boolean imperative(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (p.pos(j).startsWith("RB") || p.lower(j).equals("do")
                    || p.lower(j).equals("n't") || p.lower(j).equals("n’t") || p.isQuoteMark(j))) {
                j--;
            }
            return p.pos(i).equals("VB") && j < sentence.firstToken();
        }

        /**
         * Whether a past participle stands where a past tense would: "Rutte said", ""...," he added", "published
         * images and called on".
         */
        private boolean mistaggedPast(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && p.pos(j).startsWith("RB")) {
                j--;
            }
            if (j < sentence.firstToken()) {
                return false;
            }
            String pos = p.pos(j);
            return NOUN_TAGS.contains(pos) || nameOf[j] != null || p.isQuoteMark(j) || p.lower(j).equals(",")
                    || p.lower(j).equals("and") || p.lower(j).equals("but")
                    || (pos.equals("PRP") && PERSONAL.contains(p.lower(j))) || pos.equals("WP") || pos.equals("WDT");
        }

        /** Whether a past participle is perfect ("has said", "had long argued"), not passive or adjectival. */
        private boolean perfect(int i, Sentence sentence) {
            int j = i - 1;
            while (j >= sentence.firstToken() && (p.pos(j).startsWith("RB") || p.lower(j).equals("not")
                    || p.lower(j).equals("n't"))) {
                j--;
            }
            return j >= sentence.firstToken() && Set.of("has", "have", "had", "'ve", "’ve", "'d", "’d", "having")
                    .contains(p.lower(j));
        }

        /**
         * A transcript line ("PENCE: Well, ...") or a headline's attribution ("Rutte: ..."): the rest of the paragraph,
         * said by the capitalised name or the person or organisation named before the colon.
         */
        private Attribution transcript(Sentence sentence) {
            int end = sentence.endToken();
            int k = sentence.firstToken();
            while (k < end && p.isQuoteMark(k)) {
                k++;
            }
            int name = k;
            if (k >= end || p.paragraphStarting(tokens.get(sentence.firstToken()).span().start()) == null) {
                return null;
            }
            while (k < end && k - name < 4 && p.isCapitalised(tokens.get(k).word())) {
                k++;
            }
            if (k == name && nameOf[name] != null && nameOf[name].firstToken() == name
                    && (nameOf[name].type() == EntityType.PERSON || nameOf[name].type() == EntityType.ORG)) {
                k = nameOf[name].endToken(); // "Rutte: ...", as headlines and summaries write it
            }
            if (k == name && p.paragraphOf(tokens.get(name).span().start()) == 0 && NOUN_TAGS.contains(p.pos(name))
                    && Character.isUpperCase(tokens.get(name).word().charAt(0)) && k + 1 < end
                    && p.lower(k + 1).equals(":")) {
                k = name + 1; // a headline's source: "Poll: ...", "Study: ..."
            }
            if (k == name || k + 1 >= end || !p.lower(k).equals(":")) {
                return null;
            }
            Span paragraph = p.paragraphStarting(tokens.get(sentence.firstToken()).span().start());
            int startChar = tokens.get(k + 1).span().start();
            if (startChar >= paragraph.end()) {
                return null;
            }
            Span content = new Span(startChar, paragraph.end());
            return new Attribution(content, p.direct(content), p.span(k, k + 1), p.span(name, k));
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
                if (!Character.isUpperCase(tokens.get(first).word().charAt(0)) || p.isQuoteMark(i - 1)) {
                    return null;
                }
                if (!Character.isWhitespace(text.charAt(tokens.get(i).span().start() - 1))) {
                    continue; // part of a compound: "Clinton-Supporting Super PACs"
                }
                // a title-case verb may be tagged as a noun: "Says", "Sees"
                String word = p.lower(i);
                CueWords.Frame frame = p.pos(i).startsWith("VB") ? CueWords.verb(p.lemma(i))
                        : word.endsWith("s") ? CueWords.verb(word.substring(0, word.length() - 1)) : null;
                if (frame == null || !(frame.clause() || frame.quotation() || frame.nounPhrase())) {
                    continue;
                }
                Span content = p.rest(i + 1, sentence);
                return content == null ? null
                        : new Attribution(content, p.direct(content), p.span(i, i + 1), p.span(first, i));
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
                while (e < end && e - afterCue < 12 && !FINAL.contains(p.lower(e)) && !p.isQuoteMark(e)) {
                    e++;
                }
                if (e == afterCue || e - afterCue >= 12) {
                    return List.of();
                }
                source = p.span(afterCue, e);
                afterCue = e;
                frame = new CueWords.Frame(false, false, false, false, false);
                if (!closingOnly && e < end && p.lower(e).equals(",") && onlyAdverbsBefore(cue.first(), sentence)) {
                    Span content = p.rest(e + 1, sentence);
                    return content == null || p.words(content) < 2 ? List.of() // not "According to MSNBC, basically."
                            : List.of(new Attribution(content, p.direct(content), p.span(cue.first(), cue.end()), source));
                }
            } else {
                participial = p.pos(cue.first()).equals("VBG") && cue.first() > start
                        && (p.lower(cue.first() - 1).equals(",") || p.lower(cue.first() - 1).equals("and"));
                if (participial) {
                    source = mainSource(sentence, cue.first());
                } else {
                    Left left = sourceLeft(cue.first(), sentence);
                    if (left == null && (p.pos(cue.first()).equals("VB") || p.pos(cue.first()).equals("VBG"))
                            && cue.first() > start && !p.quoted(cue.first())) {
                        // "plans to call on", "by announcing", "while showing": the subject of the clause before
                        source = subjectBefore(sentence, cue.first());
                    }
                    if (left != null) {
                        source = left.source();
                        frameStart = left.frameStart();
                    } else if (cue.first() == start || p.lower(cue.first() - 1).equals(",")
                            || p.isQuoteMark(cue.first() - 1)) {
                        int e = p.npEnd(afterCue, end);
                        if (e > afterCue && (e >= end || Set.of(",", ".", ":", "in", "on", "at", "during", "after",
                                "who", "late", "earlier", "when", "to", "--", "—", ";", "!", "?", "(", "-lrb-", "for",
                                "from", "with", "as", "before", "while", "last", "this", "recently")
                                .contains(p.lower(e))
                                || p.isQuoteMark(e) || inTime[e])) {
                            if (e < end && p.isOpeningBracket(e)) {
                                int close = e + 1;
                                while (close < end && close < e + 12 && !p.isClosingBracket(close)) {
                                    close++;
                                }
                                if (close < end && p.isClosingBracket(close)) {
                                    e = close + 1;
                                }
                            }
                            source = p.span(afterCue, e);
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
            boolean particle = afterCue < end && p.pos(afterCue).equals("RP"); // "backed out", "called off"
            Span before = participial || frame.quotedOnly() || particle ? null
                    : backward(frameStart, afterCue, sentence);
            Span cueSpan = p.span(cue.first(), cue.end());
            List<Attribution> statements = new ArrayList<>(2);
            boolean split = after != null && before != null && p.quotationOpeningAt(doc.tokenAt(after.start())) != null
                    && p.quotationClosingAt(doc.tokenAt(before.end() - 1)) != null;
            if (before != null && (after == null || split)) {
                statements.add(new Attribution(before, p.direct(before), cueSpan, source));
            }
            if (after != null) {
                statements.add(new Attribution(after, p.direct(after), cueSpan, source));
            }
            return statements;
        }

        private boolean onlyAdverbsBefore(int i, Sentence sentence) {
            for (int t = sentence.firstToken(); t < i; t++) {
                if (!p.pos(t).startsWith("RB") && !p.pos(t).equals("CC") && !p.isQuoteMark(t)) {
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
                if (!FINITE.contains(p.pos(v)) || p.quoted(v)) {
                    continue;
                }
                tries++;
                int j = p.skipAuxiliariesLeft(v - 1, sentence.firstToken());
                if (j < sentence.firstToken() || p.lower(j).equals("and") || p.lower(j).equals("but")) {
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
            int j = p.skipAuxiliariesLeft(cue - 1, start);
            for (int pp = 0; pp < 3 && j >= start; pp++) {
                if (p.isClosingBracket(j)) {
                    int open = j - 1;
                    while (open > start && !p.isOpeningBracket(open)) {
                        open--;
                    }
                    if (open <= start || !p.isNounHead(open - 1)) {
                        return null;
                    }
                    Left inner = sourceLeftOf(open - 1, start);
                    return inner == null ? null : new Left(new Span(inner.source().start(),
                            tokens.get(j).span().end()), inner.frameStart());
                }
                String w = p.lower(j);
                String pos = p.pos(j);
                if (pos.equals("WP") || pos.equals("WDT")) {
                    return new Left(p.span(j, j + 1), j);
                }
                if ((pos.equals("IN") || pos.equals("VBN")) && !w.equals("that") && j - 1 >= start
                        && p.isNounHead(j - 1) && (inTime[j + 1] || pos.equals("VBN"))) {
                    // a modifier whose rest is a time: "a poll released in late August found", "a panel in 2001 found"
                    j = p.skipAuxiliariesLeft(j - 1, start);
                    continue;
                }
                if (pos.equals("PRP") && PERSONAL.contains(w)) {
                    return new Left(p.span(j, j + 1), j);
                }
                if (w.equals(",")) {
                    return appositive(j, sentence);
                }
                if (p.isNounHead(j)) {
                    boolean gerund = p.pos(cue).equals("VBG");
                    int k = gerund ? p.npStartLeft(j, start) : p.npStartWithOf(j, start);
                    if (k - 2 >= start && (p.pos(k - 1).equals("IN") || p.pos(k - 1).equals("TO"))
                            && !p.lower(k - 1).equals("that") && p.isNounHead(k - 2)) {
                        j = k - 2; // an adjunct: "Rutte on Tuesday said", "the spokesman for the ministry said"
                        continue;
                    }
                    return new Left(p.span(k, j + 1), k);
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
            int k = p.npStartLeft(j, start);
            return new Left(p.span(k, j + 1), k);
        }

        /** "Rutte, a former Dutch prime minister who ..., said": the noun phrase before the first comma. */
        private Left appositive(int comma, Sentence sentence) {
            int start = sentence.firstToken();
            int k = comma - 1;
            while (k > start && !p.lower(k).equals(",")) {
                if (p.isQuoteMark(k)) {
                    return null;
                }
                k--;
            }
            if (k <= start || k >= comma - 1) {
                return null;
            }
            String first = p.pos(k + 1);
            if (!(first.equals("DT") || first.startsWith("WP") || first.equals("WDT") || first.equals("PRP$")
                    || first.startsWith("JJ")
                    || first.startsWith("NN") || first.equals("CD") || first.equals("IN") || first.startsWith("RB")
                    || first.equals("VBG") || first.equals("VBN"))) {
                return null;
            }
            int head = k - 1;
            int sourceEnd = head;
            if (head > start && p.isClosingBracket(head)) {
                // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name before its bracket
                int open = head - 1;
                while (open > start && open > head - 12 && !p.isOpeningBracket(open)) {
                    open--;
                }
                head = p.isOpeningBracket(open) ? open - 1 : -1;
            }
            if (head < start) {
                return null;
            }
            if (p.pos(head).equals("PRP") && PERSONAL.contains(p.lower(head))) {
                return new Left(p.span(head, head + 1), head);
            }
            if (!p.isNounHead(head)) {
                return null;
            }
            int np = p.npStartWithOf(head, start);
            // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the first of a chain.
            for (int n = 0; n < 2 && np - 2 >= start && p.lower(np - 1).equals(","); n++) {
                int h = np - 2;
                if (!p.isNounHead(h)) {
                    break;
                }
                int np2 = p.npStartWithOf(h, start);
                if (!(np2 == start || p.lower(np2 - 1).equals(",") || p.isQuoteMark(np2 - 1))) {
                    break;
                }
                np = np2;
                head = h;
                sourceEnd = h;
            }
            return new Left(p.span(np, sourceEnd + 1), np);
        }

        /** The subject of a sentence, before token {@code before}: its first noun phrase that a verb follows. */
        private Span subject(Sentence sentence, int before) {
            int k = sentence.firstToken();
            while (k < before && (p.isQuoteMark(k) || p.pos(k).equals("CC") || p.pos(k).startsWith("RB"))) {
                k++;
            }
            if (k < before && (p.pos(k).equals("IN") || p.pos(k).equals("VBG") || p.pos(k).equals("TO"))) {
                int comma = k;
                while (comma < before && !p.lower(comma).equals(",")) {
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
            if (p.pos(k).equals("PRP") && PERSONAL.contains(p.lower(k))) {
                return p.span(k, k + 1);
            }
            int e = p.npEnd(k, before);
            if (e == k) {
                return null;
            }
            int v = e;
            if (v < before && p.lower(v).equals(",")) {
                while (v + 1 < before && !p.lower(v + 1).equals(",")) {
                    v++;
                }
                v += 2;
            }
            while (v < before && (p.pos(v).startsWith("RB") || AUX.contains(p.lower(v)))) {
                v++;
            }
            if (v < tokens.size() && (FINITE.contains(p.pos(v)) || AUX.contains(p.lower(v)) || v == before)) {
                return p.span(k, e);
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
            if (frame.addressee() && k < end && p.startsNp(k)) {
                k = p.npEnd(k, end);
            }
            for (int steps = 0; steps < 15 && k < end; steps++) {
                String w = p.lower(k);
                String pos = p.pos(k);
                if ((FINAL.contains(w) && !w.equals(",")) || p.isQuoteMark(k)) {
                    return true;
                }
                if (w.equals(",")) {
                    return k + 1 >= end || p.pos(k + 1).equals("VBG") || p.lower(k + 1).equals("according")
                            || FINAL.contains(p.lower(k + 1)) || Set.of("as", "while", "but", "though", "although",
                            "who", "which", "when", "after", "before", "because", "since").contains(p.lower(k + 1));
                }
                if (inTime[k] || pos.startsWith("RB")) {
                    k++;
                } else if ((pos.equals("IN") || pos.equals("TO")) && p.npEnd(k + 1, end) > k + 1) {
                    k = p.npEnd(k + 1, end);
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
            if (frame.addressee() && !inverted && k < end && !p.lower(k).equals("that") && p.quotationOpeningAt(k) == null
                    && p.startsNp(k)) {
                addressee = k;
                k = p.npEnd(k, end);
            }
            // Past a participle ("says in an ad airing in Ohio that") only "that" or a quotation may follow.
            boolean loose = false;
            for (int steps = 0; steps < 12 && k < end; steps++) {
                QuotationMarks.Quotation q = p.quotationOpeningAt(k);
                if (q != null) {
                    int after = doc.tokenAt(q.span().end());
                    if (after < end && p.lower(after).equals("that") && q.span().length() < 40) {
                        k = after; // a title in an adjunct: told MSNBC's "Morning Joe" that ...
                        continue;
                    }
                    return frame.quotation() || frame.clause() ? quotationContent(q, k, sentence) : null;
                }
                String w = p.lower(k);
                String pos = p.pos(k);
                if (loose && !w.equals("that") && !w.equals(":") && !w.equals(",")
                        && !(pos.equals("IN") || pos.equals("TO") || pos.startsWith("RB") || inTime[k])) {
                    if (p.npEnd(k, end) > k) {
                        k = p.npEnd(k, end);
                        continue;
                    }
                    return null;
                }
                if (w.equals(":")) {
                    int next = k + 1;
                    if (next < tokens.size() && p.quotationOpeningAt(next) != null && frame.quotation()) {
                        return quotationContent(p.quotationOpeningAt(next), next, doc.sentences().get(sentenceOf[next]));
                    }
                    return next < end && (frame.clause() || frame.quotation()) ? p.rest(next, sentence) : null;
                }
                if (w.equals(",")) {
                    if (k + 1 < end && p.quotationOpeningAt(k + 1) != null && frame.quotation()) {
                        return quotationContent(p.quotationOpeningAt(k + 1), k + 1, sentence);
                    }
                    if (k + 1 < end && (p.pos(k + 1).startsWith("RB") || p.lower(k + 1).equals("that"))) {
                        k++;
                        continue;
                    }
                    return null;
                }
                if (w.equals("that") && frame.clause() && (pos.equals("IN") || pos.equals("WDT") || pos.equals("DT"))) {
                    return p.rest(k, sentence);
                }
                if (WH.contains(w) && frame.clause() && !w.equals("who")) {
                    return p.rest(k, sentence);
                }
                if (w.equals("to") && frame.infinitive() && k + 1 < end && (p.pos(k + 1).equals("VB")
                        || (k + 2 < end && p.isQuoteMark(k + 1) && p.pos(k + 2).equals("VB")))) {
                    // "urged its allies to ...": what the addressee is to do, the addressee included
                    return p.rest(addressee >= 0 ? addressee : k, sentence);
                }
                if (w.equals("there") && frame.clause() && k + 1 < end && p.isFinite(k + 1)) {
                    return p.rest(k, sentence);
                }
                if ((inTime[k] && !(k + 1 < end && p.pos(k + 1).equals("POS"))) || pos.startsWith("RB")) {
                    k++; // an adjunct, not a possessor: "on Friday", but not "Friday's decision"
                    continue;
                }
                if (pos.equals("IN") || pos.equals("TO")) {
                    int e = p.npEnd(k + 1, end);
                    if (e > k + 1) {
                        k = e;
                        if (k < end && (p.pos(k).equals("VBG") || p.pos(k).equals("VBN"))) {
                            loose = true;
                            k++;
                        }
                        continue;
                    }
                    return null;
                }
                if (frame.clause() && p.startsClause(k, end)) {
                    return objectContent(k, sentence);
                }
                if (frame.nounPhrase() && (p.startsNp(k) || pos.equals("VBG") || (frame.quotedOnly()
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
                    && !FINAL.contains(p.lower(after)) && !p.isQuoteMark(after) && p.quotationOpeningAt(after) == null
                    && (p.pos(after).startsWith("VB") || p.pos(after).startsWith("NN") || p.pos(after).equals("IN")
                    || p.pos(after).equals("TO") || p.pos(after).startsWith("JJ")) && !cueFollows(after, sentence)) {
                return p.rest(k, sentence); // a partial quote opening a longer clause
            }
            return q.span();
        }

        /** Whether a cue frame ("he said", "said Rutte") starts at token {@code k}. */
        private boolean cueFollows(int k, Sentence sentence) {
            for (int t = k; t < Math.min(k + 5, sentence.endToken()); t++) {
                if (p.pos(t).startsWith("VB") && CueWords.verb(tokens.get(t).lemma() == null ? p.lower(t)
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
            if (b - 1 > start && p.lower(b).equals("as") && p.lower(b - 1).equals(",")) {
                b--; // "Hawaii, as one of his advisers pointed out, normally does not get ..."
            }
            if (b < start) {
                // "...?" Graham asked: the splitter ends a sentence inside the quotation's closing "?” ".
                QuotationMarks.Quotation q = b >= 0 && p.isQuoteMark(b) ? p.quotationClosingAt(b) : null;
                if (q != null && Set.of("?", "!", ".").contains(p.lower(b - 1)) && !claimed(q.span())
                        && p.opensSentence(q)
                        && p.paragraphOf(tokens.get(b).span().start()) == p.paragraphOf(sentence.span().start())) {
                    return q.span();
                }
                return null;
            }
            int endChar;
            QuotationMarks.Quotation q = null;
            String w = p.lower(b);
            if (w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–")) {
                if (b - 1 >= start && p.isQuoteMark(b - 1) && p.quotationClosingAt(b - 1) != null) {
                    q = p.quotationClosingAt(b - 1);
                    endChar = tokens.get(b - 1).span().end();
                } else {
                    endChar = tokens.get(b).span().start();
                }
            } else if (p.isQuoteMark(b) && p.quotationClosingAt(b) != null) {
                q = p.quotationClosingAt(b);
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
            if (q != null || p.holdsFiniteVerb(content)) {
                return content;
            }
            // "The museum, he said, celebrated ...": the cue stands inside its statement, which runs on after it.
            int k = frameEnd;
            while (k < sentence.endToken() && (p.pos(k).startsWith("RB") || inTime[k])) {
                k++;
            }
            if (k + 1 < sentence.endToken() && p.lower(k).equals(",") && !p.pos(k + 1).equals("VBG")) {
                Span whole = p.rest(k + 1, sentence);
                if (whole != null && p.holdsFiniteVerb(whole)) {
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
            for (int c = k + 1; c + 1 < sentence.endToken() && !p.isFinite(c); c++) {
                boolean predicate = p.isFinite(c + 1) || AUX.contains(p.lower(c + 1)) || p.pos(c + 1).equals("VB")
                        || (p.pos(c + 1).equals("PRP") && PERSONAL.contains(p.lower(c + 1)) && c + 2 < sentence.endToken()
                        && (p.isFinite(c + 2) || AUX.contains(p.lower(c + 2))));
                if (Set.of("and", "but").contains(p.lower(c)) && predicate && !p.quoted(c)) {
                    int e = p.lower(c - 1).equals(",") ? c - 1 : c;
                    return e > k ? p.span(k, e) : null;
                }
            }
            return p.rest(k, sentence);
        }

        /** Whether content after a naming cue judges its object: "described Clinton as ...", "blasted him for ...". */
        private boolean judges(Span content) {
            int k = doc.tokenAt(content.start());
            Sentence sentence = doc.sentences().get(sentenceOf[k]);
            int end = sentence.endToken();
            int e = p.pos(k).equals("PRP") && OBJECTS.contains(p.lower(k)) ? k + 1 : p.npEnd(k, end);
            if (e <= k || e >= end) {
                return false;
            }
            if (Set.of("as", "for", "of").contains(p.lower(e))) {
                return true;
            }
            for (int pp = 0; pp < 3 && e + 1 < end && p.pos(e).equals("IN") && p.npEnd(e + 1, end) > e + 1; pp++) {
                e = p.npEnd(e + 1, end); // "called her vote in favor of the Iraq War a mistake"
            }
            // "called the charges unsubstantiated", "called climate change a hoax": an object and what it is called
            return e < end && (p.pos(e).startsWith("JJ") || p.pos(e).equals("DT")) && p.npEnd(e, end) > e;
        }

        private boolean holdsQuotation(Span content) {
            for (QuotationMarks.Quotation q : quotations) {
                if (content.contains(q.span()) && q.span().length() > 2) {
                    return true;
                }
            }
            return false;
        }

        // ---- quotations without a cue -------------------------------------------------------------------------

        /** A quotation that opens a sentence and has no cue of its own continues the statement just before it. */
        private void continueQuotations() {
            found.sort(Comparator.comparing(Attribution::content));
            List<Attribution> added = new ArrayList<>();
            for (QuotationMarks.Quotation q : quotations) {
                if (claimed(q.span()) || !p.opensSentence(q) || !isFullQuote(q)) {
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
                if (previous != null && p.paragraphOf(q.span().start()) - p.paragraphOf(previous.content().end()) <= 1) {
                    added.add(new Attribution(q.span(), true, previous.cue(), previous.source()));
                }
            }
            found.addAll(added);
        }

        private boolean isFullQuote(QuotationMarks.Quotation q) {
            int first = doc.tokenAt(q.span().start());
            int finite = 0;
            int words = 0;
            for (int t = first; t < tokens.size() && tokens.get(t).span().end() <= q.span().end(); t++) {
                if (FINITE.contains(p.pos(t))) {
                    finite++;
                }
                if (Character.isLetterOrDigit(tokens.get(t).word().charAt(0))) {
                    words++;
                }
            }
            return finite > 0 && words >= 4;
        }

        // ---- noun phrases -------------------------------------------------------------------------------------

        // ---- tokens and spans ---------------------------------------------------------------------------------


        private boolean claimed(Span span) {
            for (Attribution a : found) {
                if (a.content().overlaps(span)) {
                    return true;
                }
            }
            return false;
        }

    }
}
