package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Heading;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static final String KHARKIV_BODY = String.join("\n\n",
            "KHARKIV, Ukraine \u2014 A wave of Shahed-type drones struck an electrical substation in the eastern"
                    + " Saltivka district of Kharkiv overnight, leaving about 40,000 households without power, regional"
                    + " governor Oleh Syniehubov said on Thursday.",
            "Air defence units shot down 11 of the 16 drones launched from Russia's Belgorod region, the Ukrainian"
                    + " air force said. Two employees of the power company were injured by falling debris.",
            "Engineers began restoring supply by mid-morning, but the city's mayor, Ihor Terekhov, warned that"
                    + " repeated strikes on the same site were making repairs \"slower and more dangerous every time.\"",
            "We rebuild it, they hit it again. But the lights will come back on.",
            "In the border town of Vovchansk, about 70 kilometres to the north-east, authorities ordered the"
                    + " evacuation of 12 more villages after artillery shelling intensified.",
            "Around 1,600 residents remain in the town, according to local officials.",
            "Buses leave twice a day from the central square.");

    @Test
    void keepsOnlyArticleParagraphsOfPageWithChrome() {
        Article article = reader.read("page.html", 3, Fixtures.text("page-with-chrome.html"), null);

        assertEquals(KHARKIV_BODY, article.text());
        for (String chrome : List.of("cookies", "Accept all", "Middle East", "Home", "Share on", "Advertisement",
                "Related coverage", "Odesa port", "Read more", "interceptors", "Frontline Briefing", "newsletter",
                "Subscribe", "Comments", "Reader1", "Most read", "Doha", "All rights reserved", "Privacy",
                "Firefighters", "Energy", "Drone strike cuts power", "By Olena")) {
            assertFalse(article.text().contains(chrome), () -> "chrome '" + chrome + "' left in body");
        }
        assertEquals("page.html", article.source());
        assertEquals(3, article.index());
        assertNull(article.dateline());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void keepsSubheadingsOutOfBodyPointingAtTheirSections() {
        Article article = reader.read("page.html", 0, Fixtures.text("page-with-chrome.html"), null);

        String body = article.text();
        assertEquals(List.of(
                new Heading("Repairs under fire", body.indexOf("Engineers began")),
                new Heading("Evacuations in the north", body.indexOf("In the border town"))), article.headings());
    }

    @Test
    void readsHeadlineDateBylineAndAddressFromMetadata() {
        Article article = reader.read("page.html", 0, Fixtures.text("page-with-chrome.html"), null);

        assertEquals("Drone strike cuts power to eastern Kharkiv district", article.title());
        assertEquals(LocalDate.of(2024, 3, 14), article.published());
        assertEquals("Olena Marchenko, David Reyes", article.byline());
        assertEquals("https://ledger.example.com/world/2024/03/kharkiv-drone-strike-power", article.url());
    }

    @Test
    void givenUrlWinsOverCanonicalLink() {
        Article article = reader.read("page.html", 0, Fixtures.text("page-with-chrome.html"),
                "https://ledger.example.com/amp/kharkiv");

        assertEquals("https://ledger.example.com/amp/kharkiv", article.url());
    }

    @Test
    void readsTextOfMalformedHtml() {
        Article article = reader.read("bad.html", 0, Fixtures.text("malformed-page.html"), null);

        assertEquals(String.join("\n\n",
                "MEKELLE, Ethiopia \u2013 A fragile ceasefire between federal troops and regional forces held for a"
                        + " third day in the town of Alamata on Sunday, residents told reporters by telephone.",
                "Traders said the main market had reopened, although many shops stayed shuttered",
                "The truce was brokered by African Union envoys after fighting displaced an estimated 18,000 people.",
                "Aid agencies said two convoys with food and medicine were waiting at the checkpoint in Kobo."),
                article.text());
        assertEquals("Ceasefire holds in Tigray border town", article.title());
        assertEquals(List.of(), article.headings());
    }

    @Test
    void pageWithoutArticleTextIsRefused() {
        IngestException e = assertThrows(IngestException.class,
                () -> reader.read("section.html", 0, Fixtures.text("no-article.html"), null));

        assertEquals("section.html", e.source());
        assertEquals("section.html: no article text found in HTML", e.getMessage());
    }

    @Test
    void emptyDocumentIsRefused() {
        assertThrows(IngestException.class, () -> reader.read("empty.html", 0, "", null));
        assertThrows(IngestException.class, () -> reader.read("blank.html", 0, "<html><body> \n </body></html>", null));
    }

    @Test
    void stripsSiteNameFromTitleElement() {
        String html = "<html><head><title>Shelling hits Zaporizhzhia suburbs | Frontline Ledger</title></head>"
                + "<body><p>Russian artillery shelled the southern suburbs of Zaporizhzhia overnight.</p></body></html>";

        assertEquals("Shelling hits Zaporizhzhia suburbs", reader.read("t.html", 0, html, null).title());
    }

    @Test
    void keepsDashedPartOfTitleThatIsNoSiteName() {
        String html = "<title>Russia strikes Odesa port - grain exports halted</title>"
                + "<p>Missiles struck grain terminals at the port of Odesa on Monday.</p>";

        assertEquals("Russia strikes Odesa port - grain exports halted", reader.read("t.html", 0, html, null).title());
    }

    @Test
    void readsJsonLdArrayWithAuthorAsString() {
        String html = """
                <html><head>
                <script type="application/ld+json">[
                  {"@type": "Organization", "name": "Levant Wire"},
                  {"@type": ["NewsArticle"], "headline": "Airstrike hits Tyre outskirts", "datePublished": "2024-10-07",
                   "author": "Amira Haddad",}
                ]</script>
                </head><body><main><p>An Israeli airstrike hit the outskirts of Tyre in southern Lebanon on Monday.</p>
                </main></body></html>""";

        Article article = reader.read("ld.html", 0, html, null);

        assertEquals("Airstrike hits Tyre outskirts", article.title());
        assertEquals(LocalDate.of(2024, 10, 7), article.published());
        assertEquals("Amira Haddad", article.byline());
    }

    @Test
    void malformedJsonLdIsNotedAndOtherMetadataStillRead() {
        String html = """
                <html><head>
                <meta property="article:published_time" content="2024-08-21T14:03:00Z">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken</script>
                </head><body><h1>Flooding and shelling in Kherson</h1>
                <p>Shelling continued in Kherson as the Dnipro rose after heavy rain.</p></body></html>""";

        Article article = reader.read("ld.html", 0, html, null);

        assertEquals("Flooding and shelling in Kherson", article.title());
        assertEquals(LocalDate.of(2024, 8, 21), article.published());
        assertEquals(1, article.problems().size());
        assertEquals("ingest", article.problems().get(0).stage());
        assertTrue(article.problems().get(0).message().startsWith("malformed JSON-LD ignored"),
                article.problems().get(0).message());
    }

    @Test
    void unreadableDateIsAProblemNotAFailure() {
        String html = "<meta property=\"article:published_time\" content=\"yesterday evening\">"
                + "<p>Clashes broke out near the Rafah crossing.</p>";

        Article article = reader.read("d.html", 0, html, null);

        assertNull(article.published());
        assertEquals(1, article.problems().size());
        assertTrue(article.problems().get(0).message().contains("'yesterday evening'"));
    }

    @Test
    void laterDateSourceIsUsedWhenEarlierOneIsUnreadable() {
        String html = "<meta property=\"article:published_time\" content=\"TBC\">"
                + "<article><time datetime=\"2024-04-13\">13 April</time><p>Iran launched drones at Israel.</p></article>";

        Article article = reader.read("d.html", 0, html, null);

        assertEquals(LocalDate.of(2024, 4, 13), article.published());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void metaAuthorWinsAndBylineElementLosesItsBy() {
        String withMeta = "<meta name=\"author\" content=\"Tomasz Nowak\"><p class=\"byline\">By T. Nowak</p>"
                + "<p>Poland reported a balloon crossing from Belarus.</p>";
        String withBylineOnly = "<div class=\"byline\">By  Sofia Lindqvist</div><p>Sweden joined NATO exercises.</p>";

        assertEquals("Tomasz Nowak", reader.read("a.html", 0, withMeta, null).byline());
        assertEquals("Sofia Lindqvist", reader.read("b.html", 0, withBylineOnly, null).byline());
        assertEquals("Sweden joined NATO exercises.", reader.read("b.html", 0, withBylineOnly, null).text());
    }

    @Test
    void picksDensestBlockWhenPageHasNoArticleElement() {
        String html = """
                <body>
                <div class="top"><a href="/">Home</a> | <a href="/news">News</a></div>
                <article class="teaser"><p>Earlier: talks in Cairo.</p></article>
                <div class="col">
                  <div class="txt">
                    <p>Heavy fighting was reported around Pokrovsk on Tuesday as Russian forces pressed towards the town.</p>
                    <p>Ukraine's general staff said it had repelled 41 assaults along the sector in the past day.</p>
                  </div>
                  <div class="txt">
                    <p>Civilians were urged to leave as shelling damaged the town's water supply.</p>
                  </div>
                </div>
                <div class="bottom"><p>Contact the desk</p></div>
                </body>""";

        Article article = reader.read("p.html", 0, html, null);

        assertEquals(String.join("\n\n",
                "Heavy fighting was reported around Pokrovsk on Tuesday as Russian forces pressed towards the town.",
                "Ukraine's general staff said it had repelled 41 assaults along the sector in the past day.",
                "Civilians were urged to leave as shelling damaged the town's water supply."), article.text());
    }

    @Test
    void keepsArticleInsideContainersThatLookLikeChrome() {
        String html = """
                <body><form id="aspnetForm" action="/story.aspx">
                <div class="story has-comments">
                  <p>Houthi forces claimed a missile attack on a cargo ship in the Gulf of Aden.</p>
                  <p>The ship's crew reported a fire on deck that was later put out.</p>
                  <p>No injuries were reported, the maritime agency said.</p>
                  <div class="comments"><p>Reader: terrible news for shipping.</p></div>
                </div>
                </form></body>""";

        assertEquals("Houthi forces claimed a missile attack on a cargo ship in the Gulf of Aden.\n\n"
                + "The ship's crew reported a fire on deck that was later put out.\n\n"
                + "No injuries were reported, the maritime agency said.", reader.read("f.html", 0, html, null).text());
    }

    @Test
    void hiddenElementsAreNotText() {
        String html = "<article><p>Troops crossed the Litani river.</p><p hidden>Preview text</p>"
                + "<div style=\"display: none\"><p>Hidden teaser</p></div><p aria-hidden=\"true\">Icon</p></article>";

        assertEquals("Troops crossed the Litani river.", reader.read("h.html", 0, html, null).text());
    }

    @Test
    void doubleLineBreaksSeparateParagraphs() {
        String html = "<article>Gaza City was without power on Friday.<br><br>\n<br>Aid agencies warned of fuel"
                + " shortages.<br>Hospitals ran on generators.</article>";

        assertEquals("Gaza City was without power on Friday.\n\nAid agencies warned of fuel shortages. Hospitals ran"
                + " on generators.", reader.read("br.html", 0, html, null).text());
    }

    @Test
    void textOfFragmentGivesPlainParagraphs() {
        assertEquals("Troops withdrew from the ridge.\n\nMortars & rockets were fired at dawn.",
                HtmlArticleReader.textOf("<p>Troops withdrew from the <b>ridge</b>.</p><script>track()</script>"
                        + "<p>Mortars &amp; rockets were fired at dawn.</p>"));
        assertEquals("Convoy halted\u2026\n\nMore to follow.",
                HtmlArticleReader.textOf("Convoy halted&#8230;\n\nMore to follow."));
        assertEquals("", HtmlArticleReader.textOf(""));
    }
}
