package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Heading;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    private RecordingSink read(String source, byte[] feed) {
        RecordingSink sink = new RecordingSink();
        reader.read(source, feed, sink);
        return sink;
    }

    @Test
    void readsOneArticlePerRssItemAndSkipsItemWithoutText() {
        RecordingSink sink = read("sahel.rss", Fixtures.bytes("rss2.xml"));

        assertEquals(2, sink.articles.size());
        assertEquals(List.of(new RecordingSink.Skip("sahel.rss item 3", "no text")), sink.skips);
        assertEquals(List.of(0, 1), sink.articles.stream().map(Article::index).toList());
        assertTrue(sink.articles.stream().allMatch(a -> a.source().equals("sahel.rss")));
    }

    @Test
    void rssItemBodyComesFromFullContentWithoutFeedChrome() {
        Article djibo = read("sahel.rss", Fixtures.bytes("rss2.xml")).articles.get(0);

        String second = "The attackers burned four fuel trucks and seized weapons before withdrawing towards the Malian"
                + " border, one of the sources said.";
        assertEquals("OUAGADOUGOU \u2013 Gunmen attacked a military supply convoy near the town of Djibo on Tuesday,"
                + " killing at least 12 soldiers, two security sources said.\n\n" + second, djibo.text());
        assertEquals(List.of(new Heading("Fuel trucks set alight", djibo.text().indexOf(second))), djibo.headings());
        assertFalse(djibo.text().contains("appeared first"));
        assertEquals("Convoy ambushed near Djibo, at least 12 soldiers killed", djibo.title());
        assertEquals("https://sahel.example.org/2024/06/12/djibo-convoy-ambush", djibo.url());
        assertEquals(LocalDate.of(2024, 6, 12), djibo.published());
        assertEquals("Aminata Traor\u00e9", djibo.byline());
    }

    @Test
    void rssDescriptionInPlainTextGivesParagraphsAndUtcDate() {
        Article niger = read("sahel.rss", Fixtures.bytes("rss2.xml")).articles.get(1);

        assertEquals("NIAMEY \u2013 Niger\u2019s military government extended a state of emergency in the western"
                + " Tillab\u00e9ri region by three months on Tuesday.\n\nThe region borders Mali and Burkina Faso and has"
                + " seen repeated attacks on civilians.", niger.text());
        assertEquals(LocalDate.of(2024, 6, 12), niger.published(), "22:30 at -05:00 is the next day in UTC");
        assertEquals("Moussa Hamani", niger.byline());
        assertEquals("Niger junta extends state of emergency in Tillab\u00e9ri", niger.title());
    }

    @Test
    void readsOneArticlePerAtomEntry() {
        RecordingSink sink = read("caucasus.atom", Fixtures.bytes("atom.xml"));

        assertEquals(List.of(), sink.skips);
        assertEquals(2, sink.articles.size());

        Article border = sink.articles.get(0);
        assertEquals("Shelling reported along Armenia-Azerbaijan border", border.title());
        assertEquals("YEREVAN \u2013 Armenia and Azerbaijan accused each other on Saturday of firing across their shared"
                + " border near the village of Sotk.\n\nNo casualties were reported, the Armenian defence ministry said.",
                border.text());
        assertEquals(LocalDate.of(2024, 2, 3), border.published());
        assertEquals("Ani Petrosyan, Rauf Aliyev", border.byline());
        assertEquals("https://caucasus.example.com/2024/02/03/border-shelling", border.url());

        Article pipeline = sink.articles.get(1);
        assertEquals("TBILISI \u2013 Georgian security services said on Tuesday they had detained three people suspected"
                + " of planning to blow up a section of a gas pipeline.\n\nThe suspects were arrested in the Kvemo"
                + " Kartli region, the service said.", pipeline.text());
        assertEquals(LocalDate.of(2024, 1, 31), pipeline.published(), "updated date, 23:45 at -02:00, in UTC");
        assertEquals("Nino Beridze", pipeline.byline());
        assertEquals("https://caucasus.example.com/2024/01/30/pipeline-plot", pipeline.url());
    }

    @Test
    void malformedFeedIsAnIngestException() {
        byte[] broken = "<rss version=\"2.0\"><channel><item><title>Unclosed".getBytes(StandardCharsets.UTF_8);

        IngestException e = assertThrows(IngestException.class, () -> read("broken.rss", broken));

        assertEquals("broken.rss", e.source());
        assertTrue(e.getMessage().startsWith("broken.rss: not a valid RSS/Atom feed: "), e.getMessage());
    }

    @Test
    void xmlThatIsNoFeedIsAnIngestException() {
        byte[] sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>"
                .getBytes(StandardCharsets.UTF_8);

        assertThrows(IngestException.class, () -> read("sitemap.xml", sitemap));
    }

    @Test
    void feedWithDoctypeIsRefusedSoNoExternalEntityIsRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link><description>d</description>"
                + "<item><title>Leak</title><description>&secret;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        IngestException e = assertThrows(IngestException.class, () -> read("xxe.rss", xxe));

        assertTrue(e.getMessage().startsWith("xxe.rss: not a valid RSS/Atom feed (its DOCTYPE was ignored"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\"secret\""), e.getMessage());
    }

    @Test
    void feedWithAPublicDoctypeIsReadWithoutItsDtd() {
        byte[] old = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>t</title>"
                + "<link>https://example.org/</link><description>d</description><item><title>Clash</title>"
                + "<link>https://example.org/1</link><description>Troops clashed with rebels near Goma on Monday.</description>"
                + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        List<Article> articles = read("old.rss", old).articles;

        assertEquals(1, articles.size());
        assertEquals("Troops clashed with rebels near Goma on Monday.", articles.get(0).text());
    }
}
