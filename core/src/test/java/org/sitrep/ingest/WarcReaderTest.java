package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.model.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcReaderTest {
    private static final String KHARKIV_URI = "https://ledger.example.com/world/2024/03/kharkiv-drone-strike-power?src=rss";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    private final WarcReader reader = new WarcReader();

    @TempDir
    Path dir;

    /** A crawl of a few news pages, with the records a crawler writes around them. */
    private static List<WarcRecord> crawl() throws IOException {
        return List.of(
                new Warcinfo.Builder().filename("crawl.warc").fields(Map.of("software", List.of("sitrep-test"))).build(),
                new WarcRequest.Builder(KHARKIV_URI).body(new HttpRequest.Builder("GET",
                        "/world/2024/03/kharkiv-drone-strike-power?src=rss").addHeader("Host", "ledger.example.com").build())
                        .build(),
                response(KHARKIV_URI, 200, "text/html; charset=utf-8", Fixtures.bytes("page-with-chrome.html")),
                new WarcMetadata.Builder().targetURI(KHARKIV_URI).fields(Map.of("outlink", List.of("https://ledger.example.com/")))
                        .build(),
                response("https://ledger.example.com/img/kharkiv-substation.jpg", 200, "image/jpeg",
                        new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3}),
                response("https://ledger.example.com/kharkiv", 301, "text/html",
                        page("Moved", "<p>This page has moved to a new address.</p>").getBytes(StandardCharsets.UTF_8)),
                new WarcResource.Builder(java.net.URI.create("https://ledger.example.com/about"))
                        .body(MediaType.HTML, page("About", "<p>About the Frontline Ledger newsroom.</p>")
                                .getBytes(StandardCharsets.UTF_8)).build(),
                response("https://kyiv.example.ua/en/sirens", 200, "text/html; charset=windows-1252",
                        page("Sirens in Kyiv", "<p>Air-raid sirens sounded across Kyiv\u2019s left bank for three hours.</p>")
                                .getBytes(WINDOWS_1252)),
                response("https://lviv.example.ua/fr/alerte", 200, "text/html",
                        ("<html><head><meta charset=\"iso-8859-1\"><title>Alerte</title></head><body>"
                                + "<p>Alerte a\u00e9rienne \u00e0 Lviv : une frappe a vis\u00e9 un d\u00e9p\u00f4t.</p></body></html>")
                                .getBytes(LATIN_1)),
                response("https://ledger.example.com/middle-east", 200, "text/html",
                        Fixtures.bytes("no-article.html")),
                encodedResponse("https://ledger.example.com/broken", "not gzip at all".getBytes(StandardCharsets.US_ASCII)),
                encodedResponse("https://ledger.example.com/world/gaza-fuel",
                        gzip(page("Fuel runs out", "<p>Gaza's last working power plant shut down for lack of fuel.</p>"))));
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void readsHtmlResponsesAndPassesOverOtherRecords(WarcCompression compression) throws IOException {
        Path warc = write("crawl" + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc"), compression, crawl());
        RecordingSink sink = new RecordingSink();

        reader.read("crawl.warc", warc, sink);

        assertEquals(List.of(KHARKIV_URI, "https://kyiv.example.ua/en/sirens", "https://lviv.example.ua/fr/alerte",
                "https://ledger.example.com/world/gaza-fuel"), sink.articles.stream().map(Article::url).toList());
        assertEquals(List.of(0, 1, 2, 3), sink.articles.stream().map(Article::index).toList());
        assertTrue(sink.articles.stream().allMatch(a -> a.source().equals("crawl.warc")));

        Article kharkiv = sink.articles.get(0);
        assertTrue(kharkiv.text().startsWith("KHARKIV, Ukraine \u2014 A wave of Shahed-type drones"), kharkiv.text());
        assertFalse(kharkiv.text().contains("cookies"));
        assertEquals("Drone strike cuts power to eastern Kharkiv district", kharkiv.title());
        assertEquals(LocalDate.of(2024, 3, 14), kharkiv.published());
        assertEquals("Air-raid sirens sounded across Kyiv\u2019s left bank for three hours.", sink.articles.get(1).text());
        assertEquals("Alerte a\u00e9rienne \u00e0 Lviv : une frappe a vis\u00e9 un d\u00e9p\u00f4t.", sink.articles.get(2).text());
        assertEquals("Gaza's last working power plant shut down for lack of fuel.", sink.articles.get(3).text());
        assertTrue(sink.articles.stream().allMatch(a -> a.problems().isEmpty()));

        assertEquals(2, sink.skips.size());
        assertEquals(new RecordingSink.Skip("crawl.warc https://ledger.example.com/middle-east",
                "no article text found in HTML"), sink.skips.get(0));
        assertEquals("crawl.warc https://ledger.example.com/broken", sink.skips.get(1).source());
        assertTrue(sink.skips.get(1).reason().startsWith("unreadable HTTP response"), sink.skips.get(1).reason());
    }

    @Test
    void readsArchiveFromAStream() throws IOException {
        byte[] bytes = Files.readAllBytes(write("crawl.warc.gz", WarcCompression.GZIP, crawl()));
        RecordingSink sink = new RecordingSink();

        reader.read("-", new ByteArrayInputStream(bytes), sink);

        assertEquals(4, sink.articles.size());
        assertEquals(KHARKIV_URI, sink.articles.get(0).url());
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void truncatedArchiveFailsAfterDeliveringTheArticlesBeforeTheDamage(WarcCompression compression) throws IOException {
        List<WarcRecord> records = List.of(
                response("https://a.example.org/1", 200, "text/html", page("One",
                        "<p>Fighting flared in the Donetsk region overnight, officials said.</p>").getBytes(StandardCharsets.UTF_8)),
                response("https://a.example.org/2", 200, "text/html", page("Two",
                        "<p>A ferry carrying evacuees docked safely in Limassol.</p>").getBytes(StandardCharsets.UTF_8)),
                response("https://a.example.org/3", 200, "text/html", page("Three",
                        "<p>Shelling continued along the front line near Huliaipole through the night.</p>").getBytes(StandardCharsets.UTF_8)));
        Path whole = dir.resolve("whole.warc");
        long lastStart;
        try (FileChannel channel = FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(records.get(0));
            writer.write(records.get(1));
            lastStart = writer.position();
            writer.write(records.get(2));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
        Files.write(cut, Arrays.copyOf(bytes, (int) (lastStart + bytes.length) / 2));
        RecordingSink sink = new RecordingSink();

        IngestException e = assertThrows(IngestException.class, () -> reader.read("cut.warc", cut, sink));

        assertEquals("cut.warc", e.source());
        assertTrue(e.getMessage().startsWith("cut.warc: WARC is truncated or corrupt (2 records read)"), e.getMessage());
        assertEquals(List.of("https://a.example.org/1", "https://a.example.org/2"),
                sink.articles.stream().map(Article::url).toList());
        assertEquals(List.of(), sink.skips);
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void archiveCutInsideAPassedOverRecordIsNoticed(WarcCompression compression) throws IOException {
        byte[] jpeg = new byte[4000];
        new java.util.Random(7).nextBytes(jpeg);
        Path whole = write("whole.warc", compression, List.of(
                response("https://a.example.org/1", 200, "text/html", page("One",
                        "<p>Fighting flared in the Donetsk region overnight, officials said.</p>").getBytes(StandardCharsets.UTF_8)),
                response("https://a.example.org/photo.jpg", 200, "image/jpeg", jpeg)));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 1000));
        RecordingSink sink = new RecordingSink();

        assertThrows(IngestException.class, () -> reader.read("cut.warc", cut, sink));
        assertEquals(1, sink.articles.size());
        assertEquals(List.of(), sink.skips);
    }

    @Test
    void notAWarcIsAnIngestException() {
        byte[] html = Fixtures.bytes("page-with-chrome.html");

        IngestException e = assertThrows(IngestException.class,
                () -> reader.read("page.warc", new ByteArrayInputStream(html), new RecordingSink()));

        assertEquals("page.warc", e.source());
    }

    private Path write(String name, WarcCompression compression, List<WarcRecord> records) throws IOException {
        Path path = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return path;
    }

    private static WarcResponse response(String uri, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).body(http).build();
    }

    private static WarcResponse encodedResponse(String uri, byte[] gzipped) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=utf-8"), gzipped).build();
        return new WarcResponse.Builder(uri).body(http).build();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article>" + body
                + "</article></body></html>";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
