package org.sitrep.resolve;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescriptionFinderTest {

    private static List<String> descriptions(String text, String name) {
        int i = text.indexOf(name);
        Entity person = new Entity("E1", name, EntityType.PERSON,
                List.of(new Mention(new Span(i, i + name.length()), name)));
        Article article = new Article("t.txt", 0, null, null, null, List.of(), text, null, null, List.of());
        List<Description> found = new DescriptionFinder().find(article, List.of(person));
        found.forEach(d -> assertEquals(d.text(), d.span().of(text), "the span holds the description"));
        return found.stream().map(Description::text).toList();
    }

    @Test
    void findsATitleRunBeforeAName() {
        assertEquals(List.of("NATO chief"), descriptions("Talks ended. NATO chief Mark Rutte said more aid would come.",
                "Mark Rutte"));
        assertEquals(List.of("New York businessman"), descriptions("He praised New York businessman Donald Trump.",
                "Donald Trump"));
        assertEquals(List.of("NATO's chief"), descriptions("NATO's chief Mark Rutte spoke.", "Mark Rutte"));
    }

    @Test
    void findsAnAppositiveAfterAName() {
        assertEquals(List.of("NATO chief"), descriptions("Mark Rutte, the NATO chief, said aid would come.",
                "Mark Rutte"));
    }

    @Test
    void keepsOutPlacesNamesAndSentenceEnds() {
        assertEquals(List.of(), descriptions("Talks were held in Moscow Vladimir Putin said.", "Vladimir Putin"));
        assertEquals(List.of(), descriptions("Many were killed. Vladimir Putin said so.", "Vladimir Putin"));
        assertEquals(List.of(), descriptions("Vladimir Putin said so.", "Vladimir Putin"));
        assertEquals(List.of(), descriptions("Mark Rutte, who leads NATO, said so.", "Mark Rutte"));
        assertEquals(List.of("NATO chief"), descriptions("It said that NATO chief Mark Rutte agreed.", "Mark Rutte"));
        assertEquals(List.of(), descriptions("It was indeed Mark Rutte who spoke.", "Mark Rutte"));
        assertEquals(List.of(), descriptions("Tweets criticizing Mark Rutte spread.", "Mark Rutte"));
        assertEquals(List.of("rival"), descriptions("He met his rival Mark Rutte.", "Mark Rutte"));
    }
}
