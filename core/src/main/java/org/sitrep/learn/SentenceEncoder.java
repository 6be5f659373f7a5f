package org.sitrep.learn;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 encoder, run in-process by ONNX Runtime: 384 numbers
 * per text, of unit length, so that texts of like meaning lie close. The model ships inside its jar; it is loaded
 * once per JVM, on first use, and shared by every thread (ONNX Runtime's sessions are thread-safe).
 *
 * <p>The session runs each text on the calling thread alone, without spinning workers: Sitrep's parallelism is one
 * article per thread, and ONNX Runtime's own pool (a spinning thread per core) would compete with the other
 * workers for the same cores.
 */
public final class SentenceEncoder {
    /** The length of an embedding. */
    public static final int DIMENSIONS = 384;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private static final class Holder {
        static final EmbeddingModel MODEL = new SingleThreaded(load());
    }

    /** langchain4j's in-process model over a session of our own options; texts are embedded on the caller's thread. */
    private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreaded(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    private SentenceEncoder() {
    }

    /** The embedding of {@code text}; a text over the encoder's 256 word pieces is read in parts and averaged. */
    public static float[] encode(String text) {
        return Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = SentenceEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM encoder's jar is not on the class path (" + MODEL + ")");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM encoder: " + e.getMessage(), e);
        }
    }
}
