package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one adapter to Stanford CoreNLP: runs tokenisation, sentence splitting, part-of-speech tagging,
 * lemmatisation and the CoNLL entity recogniser once per article, then tags times only in sentences that can
 * hold one, and turns it all into Sitrep records. CoreNLP's maps never leave this class.
 *
 * <p>Models load once, in the constructor; one instance serves any number of articles (not concurrently).
 */
public final class CoreNlpAnnotator {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;
    private final TimeTagger timeTagger;
    private final NameRecognizer names = new NameRecognizer();

    static {
        // CoreNLP's own logger reports every model it loads; keep stderr for problems with the input.
        RedwoodConfiguration.errorLevel().apply();
    }

    private CoreNlpAnnotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.timeTagger = new TimeTagger();
    }

    /** An annotator for running text: CoreNLP tokenises and splits sentences itself. */
    public static CoreNlpAnnotator forText() {
        Properties props = baseProperties();
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return new CoreNlpAnnotator(props);
    }

    /**
     * An annotator for pre-tokenised text: tokens are separated by single spaces and sentences by newlines, and
     * CoreNLP keeps them exactly as given (used to score recognition on pre-tokenised gold data).
     */
    public static CoreNlpAnnotator forPretokenized() {
        Properties props = baseProperties();
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        return new CoreNlpAnnotator(props);
    }

    private static Properties baseProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        return props;
    }

    /** Annotates one article. */
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(TokenizerText.of(article.text()));
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(new Span(label.beginPosition(), label.endPosition()), label.word(), label.tag(),
                    label.lemma(), label.ner() == null ? "O" : label.ner()));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap s : SentenceChunks.of(doc.get(CoreAnnotations.SentencesAnnotation.class))) {
            Sentence sentence = new Sentence(
                    new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                    s.get(CoreAnnotations.TokenBeginAnnotation.class), s.get(CoreAnnotations.TokenEndAnnotation.class));
            sentences.add(sentence);
            times.addAll(timeTagger.tag(article.text(), s, article.published(), times));
        }
        sentences = SentenceJoiner.join(article.text(), tokens, sentences);
        List<NamedMention> mentions = names.recognize(article.text(), tokens, sentences);
        return new AnnotatedArticle(article, tokens, sentences, mentions, times);
    }
}
