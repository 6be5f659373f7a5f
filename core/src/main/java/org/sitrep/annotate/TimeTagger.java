package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence with SUTime and normalises them against the article's date, then brings
 * them to TimeML's conventions for news with {@link TimeNormaliser}. SUTime runs only on sentences holding a
 * word that can start or anchor a time expression, which most sentences of news copy do not.
 *
 * <p>SUTime's options were measured on TimeBank and AQUAINT: nested expressions and marked ranges cost precision
 * (TimeML annotates the outer expression, and "from 1991 to 1992" as two); its relative-time heuristics are kept
 * for the expressions the normaliser does not place itself.
 */
final class TimeTagger {

    /** Words without which a sentence holds no time expression SUTime could find. */
    static final Pattern CANDIDATE = Pattern.compile("(?i)\\d|\\b(?:"
            + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thurs|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|currently"
            + "|recent|recently|lately|ago|once|twice|annual|annually|daily|weekly|monthly|yearly|quarterly|hourly"
            + "|nightly|past|previous|last|next|this|coming|later|earlier|former|future|present|noon|midnight"
            + "|dawn|dusk|morning|afternoon|evening|night|overnight|weekend|weekends|spring|summer|autumn|fall"
            + "|winter|christmas|easter|ramadan|eid|new year|thanksgiving|halloween|decade|decades|century|centuries"
            + "|millennium|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|second|seconds"
            + "|fortnight|quarter|quarters|season|seasons|period|time|times|era|moment|anniversary|fiscal|term"
            + "|nineteen|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");

    private final TimeExpressionExtractor sutime;
    private final TimeNormaliser normaliser = new TimeNormaliser();

    TimeTagger() {
        Properties props = new Properties();
        props.setProperty("sutime.includeRange", "false");
        props.setProperty("sutime.markTimeRanges", "false");
        props.setProperty("sutime.teRelHeurLevel", "MORE");
        this.sutime = TimeExpressionExtractorFactory.createExtractor("sutime", props);
    }

    /**
     * The time expressions of one CoreNLP sentence of {@code text}, in body order.
     *
     * @param before the expressions of the sentences before it, from which a past narrative's date is read
     */
    List<TimeExpression> tag(String text, CoreMap sentence, LocalDate articleDate, List<TimeExpression> before) {
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (!CANDIDATE.matcher(text.substring(begin, end)).find()) {
            return List.of();
        }
        List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(sentence,
                articleDate == null ? null : articleDate.toString());
        List<TimeExpression> times = new ArrayList<>(found.size());
        for (CoreMap cm : found) {
            Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.timexType() == null) {
                continue;
            }
            int s = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            TimeType type;
            try {
                type = TimeType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknownType) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            times.add(new TimeExpression(new Span(s, e), text.substring(s, e), type, value));
        }
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(new Token(new Span(label.beginPosition(), label.endPosition()), label.word(), label.tag(),
                    label.lemma(), label.ner() == null ? "O" : label.ner()));
        }
        LocalDate anchor = NarrativeDates.anchor(text, before, begin, articleDate);
        return normaliser.normalise(text, tokens, times, articleDate, anchor);
    }
}
