package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.web.WebServer;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web API over a store ingested from real articles, through HTTP on loopback. */
@Tag("models")
class ServeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start("jdbc:sqlite:" + ServedStore.db(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        return JSON.readTree(r.body());
    }

    @Test
    void incidentsCarryClaimsWhoseEvidenceIsTheArticlesText() throws Exception {
        JsonNode all = json("/api/incidents?limit=500").get("incidents");
        assertTrue(all.size() >= 2, all.toString());
        for (JsonNode i : all) {
            JsonNode one = json("/api/incidents/" + i.get("id").asLong());
            assertEquals(i.get("subtype"), one.get("subtype"));
            for (JsonNode c : one.get("claims")) {
                String text = json("/api/articles/" + c.get("article").asLong()).get("text").asText();
                assertFalse(c.get("sentences").isEmpty(), one.toString());
                for (JsonNode s : c.get("sentences")) {
                    assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
                }
            }
        }
    }

    @Test
    void filtersSelectTheSameIncidentsInTheListTheMapAndTheTimeline() throws Exception {
        JsonNode all = json("/api/incidents?limit=500").get("incidents");
        JsonNode ua = json("/api/incidents?country=ua&limit=500").get("incidents");
        assertFalse(ua.isEmpty());
        for (JsonNode i : ua) {
            assertEquals("UA", i.get("country").asText());
        }
        String day = ua.get(0).get("date").asText();
        JsonNode onDay = json("/api/incidents?country=UA&from=" + day + "&to=" + day).get("incidents");
        assertFalse(onDay.isEmpty());
        onDay.forEach(i -> assertEquals(day, i.get("date").asText()));
        long timeline = 0;
        for (JsonNode d : json("/api/timeline?country=UA").get("days")) {
            timeline += d.get("incidents").asLong();
        }
        timeline += json("/api/timeline?country=UA").get("undated").asLong();
        assertEquals(ua.size(), timeline);
        long placed = 0;
        for (JsonNode i : ua) {
            placed += i.get("lat").isNull() ? 0 : 1;
        }
        assertEquals(placed, json("/api/points?country=UA").get("points").size());
        JsonNode strikes = json("/api/incidents?type=Explosions/Remote%20violence&limit=500").get("incidents");
        strikes.forEach(i -> assertEquals("Explosions/Remote violence", i.get("type").asText()));
        assertTrue(json("/api/incidents?country=UA&bbox=-10,-10,0,0").get("incidents").isEmpty());
        assertEquals(0, json("/api/incidents?min_fatalities=100000").get("incidents").size());
        assertTrue(all.size() >= ua.size());
    }

    @Test
    void cursorPagesWalkEveryIncidentOnce() throws Exception {
        int total = json("/api/incidents?limit=500").get("incidents").size();
        List<Long> seen = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = json("/api/incidents?limit=2" + (next == null ? "" : "&cursor=" + next));
            page.get("incidents").forEach(i -> seen.add(i.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
    }

    @Test
    void badParametersGet400NamingThemAndUnknownIds404() throws Exception {
        for (String[] bad : new String[][]{{"/api/incidents?country=Ukraine", "country"},
                {"/api/incidents?from=yesterday", "from"}, {"/api/incidents?limit=0", "limit"},
                {"/api/incidents?type=Skirmish", "type"}, {"/api/incidents?bbox=1,2,3", "bbox"},
                {"/api/incidents?cursor=%21%21", "cursor"}, {"/api/incidents?contry=UA", "contry"},
                {"/api/incidents?from=2025-03-05&to=2025-03-01", "from"}, {"/api/search", "q"},
                {"/api/incidents/abc", "id"}, {"/api/quotes?limit=99999", "limit"}}) {
            HttpResponse<String> r = get(bad[0]);
            assertEquals(400, r.statusCode(), bad[0]);
            assertEquals(bad[1], JSON.readTree(r.body()).get("parameter").asText(), bad[0]);
        }
        for (String missing : List.of("/api/incidents/999999", "/api/articles/999999", "/api/actors/999999",
                "/api/nothing-here")) {
            HttpResponse<String> r = get(missing);
            assertEquals(404, r.statusCode(), missing);
            assertNotNull(JSON.readTree(r.body()).get("error"), missing);
        }
    }

    @Test
    void theOpenApiDocumentListsEveryRouteWithItsParameters() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> paths = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.containsAll(List.of("/api/incidents", "/api/incidents/{id}", "/api/articles/{id}",
                "/api/actors", "/api/actors/{id}", "/api/relations", "/api/quotes", "/api/search", "/api/timeline",
                "/api/export/acled-csv", "/api/export/geojson", "/api/export/graphml")), paths.toString());
        Set<String> params = new HashSet<>();
        doc.at("/paths/~1api~1incidents/get/parameters").forEach(p -> params.add(p.get("name").asText()));
        assertEquals(Set.of("from", "to", "country", "admin1", "type", "subtype", "actor", "q", "bbox",
                "min_fatalities", "limit", "cursor"), params);
    }

    @Test
    void exportsAreTheFilteredSet() throws Exception {
        int ua = json("/api/incidents?country=UA&limit=500").get("incidents").size();
        HttpResponse<String> csv = get("/api/export/acled-csv?country=UA");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("event_id_cnty,event_date,event_type"));
        assertEquals(ua + 1, csv.body().split("\r\n").length);
        JsonNode geo = JSON.readTree(get("/api/export/geojson?country=UA").body());
        assertEquals("FeatureCollection", geo.get("type").asText());
        geo.get("features").forEach(f -> assertEquals("UA", f.at("/properties/country").asText()));
        assertTrue(get("/api/export/graphml").body().contains("<graphml"));
    }

    @Test
    void searchQuotesActorsAndTheNetworkAnswer() throws Exception {
        JsonNode hits = json("/api/search?q=drone").get("hits");
        assertFalse(hits.isEmpty());
        long article = hits.get(0).get("article").asLong();
        assertEquals(article, json("/api/articles/" + article).get("id").asLong());
        JsonNode quotes = json("/api/quotes?limit=5").get("quotes");
        assertFalse(quotes.isEmpty());
        JsonNode q = quotes.get(0);
        JsonNode src = q.get("sources").get(0);
        String text = json("/api/articles/" + src.get("article").asLong()).get("text").asText();
        assertTrue(text.substring(src.get("start").asInt(), src.get("end").asInt()).contains(
                q.get("text").asText().replaceAll("^\\W+|\\W+$", "")), q.toString());
        JsonNode actors = json("/api/actors?limit=5").get("actors");
        JsonNode first = json("/api/actors/" + actors.get(0).get("id").asLong());
        assertEquals(actors.get(0).get("name"), first.get("name"));
        JsonNode net = json("/api/network?nodes=3");
        assertTrue(net.get("nodes").size() <= 3);
        Set<String> ids = new HashSet<>();
        net.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        net.get("edges").forEach(e -> assertTrue(ids.contains(e.get("from").asText()) && ids.contains(e.get("to").asText())));
    }

    @Test
    void serveRefusesAMissingDatabaseAndABadPortWithoutListening() {
        CliRun missing = CliRun.of("serve", "--db", "target/no-such-dir/none.db", "--port", "0");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such database file"), missing.err());
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("target/no-such-dir/none.db")));
        assertEquals(2, CliRun.of("serve", "--port", "70000").exit());
    }

    @Test
    void staticFilesComeFromTheJarAndPathsWithDotsAreRefused() throws Exception {
        HttpResponse<String> page = get("/incident/1");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.body().contains("<script>"), "the page holds no inline script");
        assertEquals(200, get("/static/js/app.js").statusCode());
        for (String raw : List.of("/static/../WebServer.class", "/static/%2e%2e/WebServer.class",
                "/static/%2E%2E/%2E%2E/org/sitrep/web/WebServer.class", "/static/..%2fWebServer.class",
                "/static/vendor/..\\..\\WebServer.class")) {
            String status = rawStatus(raw);
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), raw + ": " + status);
        }
    }

    /** The status line of a request sent byte for byte, as no client normalises it. */
    private static String rawStatus(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(answer.contains("CAFEBABE") || answer.contains("\u00ca\u00fe\u00ba\u00be"), "a class file was served");
            return answer.lines().findFirst().orElse("");
        }
    }
}
