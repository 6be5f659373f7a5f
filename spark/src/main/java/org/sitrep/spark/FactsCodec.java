package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.model.ArticleFacts;

/**
 * An article's facts as one JSON text that reads back into the same record, every field of every fact kept
 * (the {@code facts} column of the {@code articles} table): what {@code import-parquet} stores.
 */
final class FactsCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FactsCodec() {
    }

    static String encode(ArticleFacts facts) {
        try {
            return MAPPER.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the facts of " + facts.article().source(), e);
        }
    }

    static ArticleFacts decode(String json) {
        try {
            return MAPPER.readValue(json, ArticleFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the facts of an article: " + e.getOriginalMessage(), e);
        }
    }
}
