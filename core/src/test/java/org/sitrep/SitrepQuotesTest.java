package org.sitrep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes and speakers through the whole flow, models loaded: the seed articles and a fixture with its expected quotes. */
@Tag("models")
class SitrepQuotesTest {
    private static Sitrep sitrep;

    @BeforeAll
    static void load() {
        sitrep = Sitrep.load();
    }

    /** A quote as "D|I cue speaker-name: text", the text cut to {@code width} characters. */
    private static List<String> seen(ArticleFacts facts, int width) {
        List<String> seen = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            String text = q.text().length() > width ? q.text().substring(0, width) + "..." : q.text();
            seen.add((q.direct() ? "D " : "I ") + q.cue() + " " + q.findSpeaker().map(Speaker::name).orElse("-")
                    + ": " + text);
        }
        return seen;
    }

    /** Every speaker's entity is one of the article's, and its name is the entity's canonical name. */
    private static void assertSpeakersPointIntoEntities(ArticleFacts facts) {
        String body = facts.article().text();
        for (Quote q : facts.quotes()) {
            assertEquals(q.text(), q.span().of(body));
            assertEquals(q.cue(), q.cueSpan().of(body));
            q.findSpeaker().ifPresent(s -> {
                assertEquals(s.text(), s.span().of(body));
                s.findEntity().ifPresent(id -> {
                    Entity e = facts.entities().stream().filter(x -> x.id().equals(id)).findFirst()
                            .orElseThrow(() -> new AssertionError("no entity " + id + " for " + q));
                    assertEquals(e.name(), s.name());
                });
            });
        }
    }

    @Test
    void everyQuoteOfSeed000WithItsSpeaker() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("000_69033db6c55351c9.txt").get(0));
        assertEquals(List.of(
                "I plan for Keith Kellogg: ending the war",
                "I said Rutte: that a peace deal in Ukraine that benefits Moscow would empower China, North Korea, and Ir...",
                "D added Rutte: “We cannot have a situation where we have [North Korean leader] Kim Jong Un and the Russia...",
                "D said Rutte: “Iran is getting money from Russia in return for, for example, missiles, but also drone te...",
                "I said Rutte: he relayed these points to Trump when the two met in Florida in November, in an effort to ...",
                "D said Rutte: “We have a strong relationship. We liked each other when I was in my previous role when he..."), seen(facts, 90));
        assertSpeakersPointIntoEntities(facts);
    }

    @Test
    void quoteOverParagraphsKeepsItsSpeaker() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("000_69033db6c55351c9.txt").get(0));
        Quote added = facts.quotes().stream().filter(q -> q.cue().equals("added")).findFirst().orElseThrow();
        assertEquals("He", added.requireSpeaker().text());
        assertEquals("Rutte", added.requireSpeaker().name());
        assertTrue(added.text().contains("also to the US.\n\n“Look at the missile technology"), added.text());
        assertTrue(added.text().endsWith("also to the US mainland.”"), added.text());
        Quote said = facts.quotes().get(facts.quotes().indexOf(added) + 1);
        assertTrue(said.text().contains("beyond the region.\n\n“So the fact that Iran"), said.text());
        assertTrue(said.text().endsWith("more and more getting connected.”"), said.text());
        assertEquals(List.of(), facts.problems());
    }

    @Test
    void everyQuoteOfSeed002WithItsSpeaker() throws IOException {
        List<Article> articles = SitrepTest.seed("002_1ffe506d08a5c17c.txt");
        ArticleFacts first = sitrep.process(articles.get(0));
        assertEquals(List.of(
                "D told Rutte: \"Why is this so crucial that Putin will not get his way? Because you will have an embolden...",
                "D said Rutte: \"It is then posing a direct threat to all of us in the West,\"",
                "D said Rutte: ministers would \"discuss how we can help Ukraine to prevail: that means more aid, more mon...",
                "D said Rutte: \"We need simply to do more. We have to ramp up the defence industry,\"",
                "D said Rutte: \"Two percent -- great that we have achieved it on the European side of NATO overall, but i...",
                "I downplayed Rutte: fears over Trump's return",
                "I sought Rutte: to join the dots between the Ukraine war and Washington's foes elsewhere in a pitch to kee...",
                "D said Rutte: \"The horrifying fact is this: that four countries are working together,\"",
                "D said Rutte: \"It's not just Russia. It's North Korea being involved. It's China being involved. It's Ir...",
                "D reiterated Rutte: Russian missile technology heading to North Korea as part of this emerging alliance \"poses..."), seen(first, 90));
        ArticleFacts second = sitrep.process(articles.get(1));
        assertEquals(List.of(
                "I said Ukraine: that its forces would never surrender to Russia, 1,000 days after Moscow launched its brut...",
                "I called on Volodymyr Zelensky: Kyiv's allies to \"force\" the Kremlin into peace",
                "I calling on foreign ministry: allies to ramp up their military support to bring about a \"sustainable\" end to the war",
                "D said foreign ministry: \"Ukraine will never submit to the occupiers, and the Russian military will be punished for...",
                "D added foreign ministry: \"We need peace through strength, not appeasement,\"",
                "I vowed Kremlin: to defeat Ukraine",
                "D told Dmitry Peskov: \"The military operation against Kyiv continues ... and will be completed,\"",
                "I says Kremlin: the move, which enables Russia to use nuclear weapons against a non-nuclear state if they ...",
                "I said emergency services: The drone attack killed nine people including a child",
                "I adding emergency services: that four people were likely under the rubble",
                "I said Kyiv: that Russia had launched 87 drones over Ukraine during the night, and that 51 were shot do...",
                "I warned Ukrainian forces: that Russia has amassed a force of some 50,000 troops, including North Korean forces, to w...",
                "I accused Ukraine: Russian forces of deploying banned chemical substances to advance and on Tuesday urged its...",
                "D said foreign ministry: \"Russia's use of banned chemicals on the battlefield once again demonstrates Russia's chro..."), seen(second, 90));
        assertEquals("Kremlin spokesman Dmitry Peskov", second.quotes().get(6).requireSpeaker().text());
        assertEquals("the ministry", second.quotes().get(3).requireSpeaker().text());
        assertSpeakersPointIntoEntities(first);
        assertSpeakersPointIntoEntities(second);
    }

    @Test
    void headingWithScareQuotesGivesNoQuote() throws IOException {
        ArticleFacts second = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        assertTrue(second.article().headings().stream().anyMatch(h -> h.text().contains("'Chronic'")));
        assertTrue(second.quotes().stream().noneMatch(q -> q.text().contains("Chronic")));
        ArticleFacts inBody = sitrep.process(Article.of("heading", "- 'Chronic' Russian violations -\n\n"
                + "A separate missile strike hit Odesa on Monday."));
        assertEquals(List.of(), inBody.quotes());
    }

    @Test
    void fixtureGivesItsExpectedQuotes() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.read("quotes-briefing.txt",
                SitrepTest.fixture("quotes-briefing.txt")).get(0));
        List<String> expected = new ArrayList<>();
        for (String line : new String(SitrepTest.fixture("quotes-briefing.expected.tsv"), StandardCharsets.UTF_8)
                .split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                expected.add(f[0] + " " + f[1] + " " + f[2] + ": " + f[3].replace("\\n", "\n"));
            }
        }
        assertEquals(expected, seen(facts, Integer.MAX_VALUE));
        assertSpeakersPointIntoEntities(facts);
        assertEquals(1, facts.problems().size());
        assertTrue(facts.problems().get(0).message().contains("never closed"), facts.problems().toString());
    }

    @Test
    void oddTextGivesQuotesInsideTheBody() {
        for (String text : List.of(" ", "\r\n\r\n", "“Curly” and \"straight\" quotes, Russia’s 'drones', the '90s.",
                "“We will win,” he said 😀 in Kyiv.\n\n\"Another,\" Zelensky said.",
                "unclosed “quote that never ends and Zelensky keeps talking", "\"", "x")) {
            ArticleFacts facts = sitrep.process(Article.of("odd", text));
            assertSpeakersPointIntoEntities(facts);
            assertEquals(facts.quotes(), sitrep.process(Article.of("odd", text)).quotes(), "runs are deterministic");
        }
    }
}
