package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Attributions;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of the quote stages on any input: spans lie in the body and cover the text they record, quotes come
 * in body order, and a second run gives the same quotes. Random inputs print their seed; set
 * {@code -Dsitrep.seed=N} to replay one.
 */
class QuoteContractTest {
    private static final String[] POOL = {
        "Rutte/NNP/PERSON", "Peskov/NNP/PERSON", "Kremlin/NNP/ORG", "Ukraine/NNP/GPE", "he/PRP", "she/PRP",
        "they/PRP", "it/PRP", "who/WP", "the/DT", "ministry/NN", "officials/NNS", "said/VBD", "told/VBD",
        "added/VBD", "says/VBZ", "according/VBG", "to/TO", "that/IN", "will/MD", "win/VB", "war/NN", "called/VBN",
        "on/IN", ",/,", "./.", ":/:", "?/.", "“/``", "”/''", "\"/``", "\"/''", "'/``", "'/''", "‘/``", "’/''",
        "Russia's/NNP", "'90s/CD", "''/''", "``/``", "―/SYM", "-/:", "(/-LRB-", ")/-RRB-", "😀/NN", "𝔘𝔨𝔯/NNP",
        "PENCE/NNP", "||", "¶"};

    private static List<Quote> run(AnnotatedArticle doc) {
        Attributions found = new QuoteFinder().find(doc);
        return new SpeakerResolver().resolve(doc, new EntityGrouper().group(doc), found);
    }

    private static void assertContract(AnnotatedArticle doc, String context) {
        List<Quote> quotes = run(doc);
        String body = doc.text();
        int previous = -1;
        for (Quote q : quotes) {
            assertTrue(q.span().end() <= body.length(), context + ": " + q);
            assertEquals(q.text(), q.span().of(body), context);
            assertEquals(q.cue(), q.cueSpan().of(body), context);
            Speaker s = q.speaker();
            if (s != null) {
                assertEquals(s.text(), s.span().of(body), context);
            }
            assertTrue(q.span().start() >= previous, context + ": quotes out of order at " + q.span());
            previous = q.span().start();
        }
        assertEquals(quotes, run(doc), context + ": a second run differs");
    }

    @Test
    void emptyAndBlankBodies() {
        for (String text : List.of("", " ", "\n\n", "\r\n\r\n  \t")) {
            assertContract(new AnnotatedArticle(Article.of("blank", text), List.of(), List.of(), List.of(), List.of()),
                    "body '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
        }
    }

    @Test
    void crlfParagraphsContinueAQuote() {
        AnnotatedArticle doc = Typeset.of("He/PRP added/VBD :/: “/`` We/PRP cannot/MD lose/VB ./. ¶ “/`` Look/VB "
                + "at/IN the/DT missiles/NNS ./. ”/''", "\r\n\r\n");
        List<Quote> quotes = run(doc);
        assertEquals(1, quotes.size());
        assertEquals("“We cannot lose.\r\n\r\n“Look at the missiles.”", quotes.get(0).text());
        assertContract(doc, "crlf");
    }

    @Test
    void textOutsideTheBasicPlaneKeepsOffsetsInUtf16() {
        AnnotatedArticle doc = Typeset.of("“/`` 😀/NN We/PRP will/MD win/VB ,/, ”/'' 𝔘𝔨𝔯/NNP/PERSON said/VBD ./.");
        List<Quote> quotes = run(doc);
        assertEquals("“😀 We will win,”", quotes.get(0).text());
        assertEquals("𝔘𝔨𝔯", quotes.get(0).requireSpeaker().text());
        assertContract(doc, "outside BMP");
    }

    @Test
    void randomTaggedTextKeepsTheContract() {
        long seed = Long.getLong("sitrep.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder tagged = new StringBuilder("Rutte/NNP/PERSON");
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                tagged.append(' ').append(POOL[random.nextInt(POOL.length)]);
            }
            String input = tagged.toString().replaceAll("(\\|\\||¶)( (\\|\\||¶))+", "$1");
            assertContract(Typeset.of(input), "seed " + seed + ", input " + n + ": " + input);
        }
    }
}
