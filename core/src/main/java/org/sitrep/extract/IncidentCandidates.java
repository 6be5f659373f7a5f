package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Builds the {@link IncidentCandidate} a typer judges from the reports of one incident. */
public final class IncidentCandidates {
    /** A candidate reads at most this many sentences: the first that report the incident. */
    static final int SENTENCES = 3;

    private IncidentCandidates() {
    }

    /** The candidate of an incident's reports, with the rules' judgement of them. */
    static IncidentCandidate of(AnnotatedArticle doc, List<IncidentReport> incident,
                                EventClassifier.Judgement rule) {
        TreeSet<Integer> sentences = new TreeSet<>();
        incident.forEach(r -> sentences.add(r.sentence));
        List<String> signals = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (IncidentReport r : incident) {
            r.kinds.forEach(k -> seen.add("kind=" + k));
            r.weapons.forEach(w -> seen.add("weapon=" + w));
            if (!r.intervention) {
                seen.add("side1=" + r.side1);
                seen.add("side2=" + r.side2);
            }
            flag(seen, "protest", r.protestContext);
            flag(seen, "protest-target", r.protestTarget);
            flag(seen, "intervention", r.intervention);
            flag(seen, "civilians", r.civilians);
            flag(seen, "unopposed", r.unopposed);
            flag(seen, "bombing", r.bombing);
            flag(seen, "killed", r.fatalities != null && r.fatalities > 0);
            flag(seen, "injured", r.injured != null && r.injured > 0);
            flag(seen, "launched", r.launched != null);
            flag(seen, "intercepted", r.intercepted != null);
            for (var t : r.triggers) {
                int k = doc.tokenAt(t.start());
                if (k < doc.tokens().size()) {
                    seen.add("trigger=" + lemma(doc.tokens().get(k)));
                }
            }
        }
        flag(seen, "reports>1", incident.size() > 1);
        signals.addAll(seen);
        if (incident.stream().allMatch(r -> r.learned)) { // read by the typer alone: as it was read then
            return candidate(doc, sentences.stream().limit(SENTENCES).toList(), null, 0, List.of());
        }
        return candidate(doc, sentences.stream().limit(SENTENCES).toList(), rule.subtype(), rule.confidence(),
                signals);
    }

    /** The candidate of one sentence the rules did not read: its words, with no rule signal. */
    static IncidentCandidate ofSentence(AnnotatedArticle doc, int sentence) {
        return candidate(doc, List.of(sentence), null, 0, List.of());
    }

    /** The token of a sentence's words at {@code cue}, an index into its candidate's lemmas. */
    static int cueToken(AnnotatedArticle doc, int sentence, int cue) {
        Sentence s = doc.sentences().get(sentence);
        int seen = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (word(doc.tokens().get(k)) && seen++ == cue) {
                return k;
            }
        }
        return s.firstToken();
    }

    /** The candidate of a text in which the rules find no incident: its first sentences, with no rule signal. */
    public static IncidentCandidate withoutReports(AnnotatedArticle doc) {
        List<Integer> sentences = new ArrayList<>();
        for (int s = 0; s < Math.min(SENTENCES, doc.sentences().size()); s++) {
            sentences.add(s);
        }
        return candidate(doc, sentences, null, 0, List.of());
    }

    private static IncidentCandidate candidate(AnnotatedArticle doc, Collection<Integer> sentences,
                                               org.sitrep.model.EventSubtype rule, double confidence,
                                               List<String> signals) {
        StringBuilder text = new StringBuilder();
        List<String> lemmas = new ArrayList<>();
        for (int s : sentences) {
            Sentence sentence = doc.sentences().get(s);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(doc.text(), sentence.span().start(), sentence.span().end());
            for (Token t : doc.tokensOf(sentence)) {
                if (word(t)) {
                    lemmas.add(lemma(t));
                }
            }
        }
        return new IncidentCandidate(text.toString(), lemmas, rule, confidence, signals);
    }

    private static boolean word(Token t) {
        return t.word().chars().anyMatch(Character::isLetterOrDigit);
    }

    private static String lemma(Token t) {
        String w = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        return w.chars().anyMatch(Character::isDigit) ? "<num>" : w;
    }

    private static void flag(Collection<String> signals, String name, boolean on) {
        if (on) {
            signals.add(name);
        }
    }
}
