package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} pipeline with its default settings (three CRF models,
 * SUTime, numeric classifiers, fine-grained types): the baseline benchmarks compare Sitrep's annotation with.
 */
public final class StockPipeline {
    private final StanfordCoreNLP pipeline;

    public StockPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates {@code text} and returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
