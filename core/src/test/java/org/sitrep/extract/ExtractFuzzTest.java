package org.sitrep.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz targets for the text-level parts of extraction that need no models: quotation-mark pairing and
 * number words. Under {@code mvn verify} each replays its stored inputs; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ExtractFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void quotationMarks(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        QuotationMarks.Found found = new QuotationMarks().find(text);
        int end = -1;
        for (QuotationMarks.Quotation q : found.quotations()) {
            assertTrue(q.span().start() >= 0 && q.span().end() <= text.length(), q.toString());
            assertTrue(q.span().start() >= end, "quotations in order, not overlapping: " + q);
            end = q.span().end();
        }
        assertTrue(found.problems().size() <= QuotationMarks.MAX_PROBLEMS + 1, found.problems().toString());
    }

    @FuzzTest(maxDuration = "10m")
    void numberWords(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<String> words = Arrays.asList(text.split("[\\s-]+"));
        NumberWords.value(words).ifPresent(v -> assertTrue(!Double.isNaN(v), "value of " + words));
    }
}
