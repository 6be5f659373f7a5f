package org.sitrep.learn;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 encoder, run in-process by ONNX Runtime: 384 numbers
 * per text, of unit length, so that texts of like meaning lie close. The model ships inside its jar; it is loaded
 * once per JVM, on first use, and shared by every thread (ONNX Runtime's sessions are thread-safe).
 */
public final class SentenceEncoder {
    /** The length of an embedding. */
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private SentenceEncoder() {
    }

    /** The embedding of {@code text}; a text over the encoder's 256 word pieces is read in parts and averaged. */
    public static float[] encode(String text) {
        return Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
    }
}
