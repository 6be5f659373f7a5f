package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllArticleTest {

    private static final ConllDocument DOCUMENT = new ConllDocument(0, List.of(
            new ConllSentence(List.of("Russian", "forces", "shelled", "Kharkiv", "."),
                    List.of("I-MISC", "O", "O", "I-LOC", "O")),
            new ConllSentence(List.of("Mark", "Rutte", "said", "so"), List.of("I-PER", "I-PER", "O", "O"))));

    private final ConllArticle article = new ConllArticle(DOCUMENT);

    private static NamedMention mention(String body, String text, EntityType type) {
        int start = body.indexOf(text);
        return new NamedMention(new Span(start, start + text.length()), text, type, 0, 1);
    }

    @Test
    void bodyJoinsTokensBySpacesAndSentencesByNewlines() {
        assertEquals("Russian forces shelled Kharkiv .\nMark Rutte said so", article.text());
        assertEquals(article.text(), article.article("eng.testa document 0").text());
        assertEquals("eng.testa document 0", article.article("eng.testa document 0").source());
    }

    @Test
    void mentionsBecomeIob2TagsWithConllTypes() {
        String body = article.text();
        List<List<String>> tags = article.tags(List.of(
                mention(body, "Russian", EntityType.NORP),
                mention(body, "Kharkiv", EntityType.GPE),
                mention(body, "Mark Rutte", EntityType.PERSON)));
        assertEquals(List.of(List.of("B-MISC", "O", "O", "B-LOC", "O"), List.of("B-PER", "I-PER", "O", "O")), tags);
        assertEquals(DOCUMENT.sentences().get(0).tags(), article.goldTags().get(0));
    }

    @Test
    void mentionCoveringPartOfATokenTagsTheWholeToken() {
        String body = article.text();
        int start = body.indexOf("harkiv");
        List<List<String>> tags = article.tags(List.of(
                new NamedMention(new Span(start, start + 3), "har", EntityType.LOC, 3, 4)));
        assertEquals(List.of("O", "O", "O", "B-LOC", "O"), tags.get(0));
    }

    @Test
    void mentionRunningPastItsSentenceIsCutAtTheBreak() {
        String body = article.text();
        int start = body.indexOf("Kharkiv");
        int end = body.indexOf("Rutte") + "Rutte".length();
        List<List<String>> tags = article.tags(List.of(
                new NamedMention(new Span(start, end), body.substring(start, end), EntityType.ORG, 3, 7)));
        assertEquals(List.of("O", "O", "O", "B-ORG", "I-ORG"), tags.get(0));
        assertEquals(List.of("O", "O", "O", "O"), tags.get(1));
    }

    @Test
    void mentionOverlappingAnEarlierOneIsDropped() {
        String body = article.text();
        List<List<String>> tags = article.tags(List.of(
                mention(body, "Mark Rutte", EntityType.PERSON),
                mention(body, "Rutte", EntityType.ORG)));
        assertEquals(List.of("B-PER", "I-PER", "O", "O"), tags.get(1));
    }

    @Test
    void sitrepTypesMapToConllTypes() {
        assertEquals("PER", ConllTypes.of(EntityType.PERSON));
        assertEquals("ORG", ConllTypes.of(EntityType.ORG));
        assertEquals("LOC", ConllTypes.of(EntityType.GPE));
        assertEquals("LOC", ConllTypes.of(EntityType.LOC));
        assertEquals("MISC", ConllTypes.of(EntityType.NORP));
        assertEquals("MISC", ConllTypes.of(EntityType.MISC));
    }
}
