package org.sitrep.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sitrep watch} against a feed server on loopback that changes its feed and pages between polls and
 * answers 304, 404, 500, slowly and with a malformed feed: the store must hold exactly the new items, once each.
 */
@Tag("models")
class WatchCommandTest {
    private static final Path ARTICLES = Path.of("../core/src/test/resources/articles");

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private volatile String feed;
    private final AtomicInteger notModified = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        assertTrue(x.getRequestHeaders().getFirst("User-Agent").startsWith("Sitrep/"));
        switch (path) {
            case "/broken.xml" -> send(x, 500, "text/plain", "internal error", null);
            case "/slow.xml" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "application/rss+xml", feed, null);
            }
            case "/malformed.xml" -> send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut", null);
            case "/feed.xml" -> send(x, 200, "application/rss+xml", feed, "\"" + Integer.toHexString(feed.hashCode()) + "\"");
            default -> {
                String page = pages.get(path);
                if (page == null) {
                    send(x, 404, "text/plain", "not found", null);
                } else {
                    send(x, 200, "text/html; charset=utf-8", page, "\"" + Integer.toHexString(page.hashCode()) + "\"");
                }
            }
        }
    }

    private void send(HttpExchange x, int status, String type, String body, String etag) throws IOException {
        if (etag != null && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            x.getResponseHeaders().set("ETag", etag);
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A page holding one of the test articles, its paragraphs as text. */
    private static String page(String file, String extra) throws IOException {
        String text = Files.readString(ARTICLES.resolve(file)) + extra;
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(file)
                .append("</title></head><body><nav>Home | World</nav><article>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(paragraph.strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return html.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    private String rss(String... items) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (String item : items) {
            rss.append("<item><title>").append(item).append("</title><link>").append(base).append('/').append(item)
                    .append("</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>Summary of ")
                    .append(item).append(pages.containsKey("/" + item) ? pages.get("/" + item).length() : 0)
                    .append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    private List<String> storedUrls(String db) {
        List<String> urls = new ArrayList<>();
        try (Store store = Store.open(db)) {
            store.forEachArticleHeader(a -> urls.add(a.url()));
        }
        return urls.stream().sorted().toList();
    }

    private CliRun watch(String db, String... more) {
        List<String> args = new ArrayList<>(List.of("watch", "--db", db, "--every", "0s", "--delay", "0s",
                "--timeout", "1s", "--threads", "2"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void storesExactlyTheNewItemsAndSurvivesEveryFault() throws Exception {
        pages.put("/a1.html", page("two-wire-stories.txt", ""));
        pages.put("/a2.html", page("events-incidents.txt", ""));
        pages.put("/a4.html", page("relations-briefing.txt", ""));
        feed = rss("a1.html", "a2.html", "gone.html");
        Path list = Files.writeString(dir.resolve("urls.txt"), "# more pages\n" + base + "/a4.html\n");
        String db = "jdbc:sqlite:" + dir.resolve("watch.db");
        String[] sources = {base + "/feed.xml", base + "/broken.xml", base + "/slow.xml", base + "/malformed.xml",
                list.toString()};

        CliRun first = watch(db, concat("--once", sources));
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("5 sources (0 not modified, 3 failed), 4 items (0 known); 4 pages fetched"
                + " (0 not modified, 1 failed)"), first.out());
        assertTrue(first.err().contains(base + "/broken.xml: HTTP 500"), first.err());
        assertTrue(first.err().contains(base + "/slow.xml: fetch failed: no complete answer within 1 s"), first.err());
        assertTrue(first.err().contains(base + "/malformed.xml: neither a feed nor a list of URLs"), first.err());
        assertTrue(first.err().contains(base + "/gone.html: HTTP 404"), first.err());
        assertEquals(List.of(base + "/a1.html", base + "/a2.html", base + "/a4.html"), storedUrls(db));
        String before = StoreDump.of(db);

        // a restart, two cycles with nothing new: the feed and the listed page answer 304, no article is stored again
        int notModifiedBefore = notModified.get();
        CliRun again = watch(db, concat("--cycles", "2", sources));
        assertEquals(0, again.exit(), again.err());
        assertEquals(2, again.out().lines().filter(l -> l.startsWith("watch: cycle")).count(), again.out());
        assertTrue(again.out().contains("cycle 2 at"), again.out());
        assertTrue(again.out().contains("5 sources (1 not modified, 3 failed), 1 items (0 known); 1 pages fetched"
                + " (1 not modified, 0 failed)"), again.out());
        assertTrue(again.out().contains("0 stored, 0 replaced, 0 unchanged"), again.out());
        assertEquals(notModifiedBefore + 4, notModified.get(), "feed and listed page, twice each");
        assertEquals(before, StoreDump.of(db));

        // the feed gains an item and one page changes (with its item): one new article, one replaced
        pages.put("/a1.html", page("two-wire-stories.txt", "\n\nCorrection: an earlier version misstated the date.\n"));
        pages.put("/a3.html", page("quotes-briefing.txt", ""));
        feed = rss("a1.html", "a2.html", "gone.html", "a3.html");
        CliRun changed = watch(db, concat("--once", sources));
        assertEquals(0, changed.exit(), changed.err());
        assertTrue(changed.out().contains("1 stored, 1 replaced, 0 unchanged"), changed.out());
        assertEquals(List.of(base + "/a1.html", base + "/a2.html", base + "/a3.html", base + "/a4.html"), storedUrls(db));
        Map<String, String> texts = new TreeMap<>();
        try (Store store = Store.open(db)) {
            store.forEachArticle(f -> texts.put(f.article().url(), f.article().text()));
        }
        assertTrue(texts.get(base + "/a1.html").contains("Correction: an earlier version"), texts.toString());
        assertTrue(texts.get(base + "/a1.html").startsWith(Files.readString(ARTICLES.resolve("two-wire-stories.txt"))
                .strip().substring(0, 40)), "the page's boilerplate is not in the text: " + texts.get(base + "/a1.html"));
        assertEquals(1, hits.get("/a2.html").get(), "an unchanged item's page is fetched once");
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] concat(String first, String second, String... rest) {
        return concat(first, concat(second, rest));
    }
}
