package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Reports;
import org.sitrep.store.Store;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query and export commands over a database of two hand-built reports of the same statement. */
class QueryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void twoReports() {
        db = "jdbc:sqlite:" + dir.resolve("q.db");
        try (Store store = Store.open(db)) {
            store.put(Reports.rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "0.1.0");
            store.put(Reports.rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels,"), "0.1.0");
            store.resolve();
        }
    }

    @Test
    void quotesListsOneStatementWithBothSources() throws Exception {
        CliRun run = CliRun.of("quotes", "--db", db, "--speaker", "rutte", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode quotes = JSON.readTree(run.out());
        assertEquals(1, quotes.size());
        assertEquals("Mark Rutte", quotes.get(0).get("speaker").asText());
        assertEquals(2, quotes.get(0).get("sources").size());
        CliRun table = CliRun.of("quotes", "--db", db, "--about", "respond");
        assertTrue(table.out().contains("\"We will respond to every attack.\""), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("Mark Rutte") && l.contains("  2  ")), table.out());
    }

    @Test
    void filtersWithQuotesApostrophesAndSqlAreSafe() throws Exception {
        CliRun obrien = CliRun.of("quotes", "--db", db, "--speaker", "O'Brien", "--json");
        assertEquals(1, JSON.readTree(obrien.out()).size(), obrien.out());
        for (String evil : List.of("\"; DROP TABLE articles; --", "O'Brien' OR 1=1 --", "%' --", "\")) OR (\"")) {
            for (List<String> args : List.of(List.of("quotes", "--speaker", evil), List.of("quotes", "--about", evil),
                    List.of("search", evil))) {
                CliRun run = CliRun.of(IngestCommandTest.concat(args, "--db", db, "--json"));
                assertEquals(0, run.exit(), args + ": " + run.err());
                assertEquals(0, JSON.readTree(run.out()).size(), args + ": " + run.out());
            }
        }
        try (Store store = Store.open(db)) {
            assertEquals(2, store.counts().get("articles"));
            assertEquals(4, store.counts().get("quotes"));
        }
    }

    @Test
    void actorsAreFusedAcrossArticles() throws Exception {
        CliRun run = CliRun.of("actors", "--db", db, "--top", "10", "--json");
        JsonNode actors = JSON.readTree(run.out());
        assertEquals(4, actors.size(), run.out());
        JsonNode rutte = actors.get(1);
        assertEquals("Mark Rutte", rutte.get("name").asText(), run.out());
        assertEquals(2, rutte.get("articles").asInt());
        assertEquals(2, rutte.get("quotes").asInt());
        assertEquals(1, JSON.readTree(CliRun.of("actors", "--db", db, "--top", "1", "--json").out()).size());
        assertTrue(CliRun.of("actors", "--db", db).out().startsWith("actor "));
        JsonNode russia = java.util.stream.StreamSupport.stream(actors.spliterator(), false)
                .filter(a -> a.get("name").asText().equals("Russia")).findFirst().orElseThrow();
        assertEquals(1, russia.get("events").asInt());
        assertEquals(2, russia.get("relations").asInt());
    }

    @Test
    void relationsAreFilteredByActorAndPredicate() throws Exception {
        JsonNode all = JSON.readTree(CliRun.of("relations", "--db", db, "--json").out());
        assertEquals(2, all.size(), all.toString());
        assertEquals("Russia", all.get(0).get("subject").asText());
        assertEquals("attacks", all.get(0).get("predicate").asText());
        assertEquals("Kharkiv", all.get(0).get("object").asText());
        assertEquals(2, JSON.readTree(CliRun.of("relations", "--db", db, "--actor", "kharkiv", "--predicate",
                "ATTACKS", "--json").out()).size());
        for (String evil : List.of("\"; DROP TABLE relations; --", "%", "_", "' OR 1=1 --")) {
            assertEquals(0, JSON.readTree(CliRun.of("relations", "--db", db, "--actor", evil, "--json").out()).size());
            assertEquals(0, JSON.readTree(CliRun.of("relations", "--db", db, "--predicate", evil, "--json").out())
                    .size());
        }
        CliRun table = CliRun.of("relations", "--db", db);
        assertTrue(table.out().startsWith("subject "), table.out());
        assertTrue(table.out().contains("attacks"), table.out());
    }

    @Test
    void searchPrintsTheMatchingSentence() throws Exception {
        JsonNode hits = JSON.readTree(CliRun.of("search", "drone strike", "--db", db, "--json").out());
        assertEquals(2, hits.size());
        assertEquals("A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.",
                hits.get(0).get("sentence").asText());
    }

    @Test
    void exportWritesJsonLinesAndGeoJson() throws Exception {
        CliRun jsonl = CliRun.of("export", "--format", "jsonl", "--db", db);
        assertEquals(0, jsonl.exit(), jsonl.err());
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(JSON.readTree(JSON.writeValueAsString(new org.sitrep.export.FactsJson(JSON).toJson(Reports.rutte("afp.txt",
                "https://example.org/afp", "Mark Rutte", "NATO's chief spoke.")))), first);
        Path out = dir.resolve("sitrep.geojson");
        assertEquals(0, CliRun.of("export", "--format", "geojson", "--db", db, "--out", out.toString()).exit());
        JsonNode geo = JSON.readTree(out.toFile());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(5, geo.get("features").size(), "one incident reported twice, then four places");
        JsonNode strike = geo.get("features").get(0).get("properties");
        assertEquals("incident", strike.get("layer").asText());
        assertEquals(2, strike.get("claims").size());
        assertEquals(2, strike.get("claim_count").asInt());
        JsonNode kharkiv = geo.get("features").get(1);
        assertEquals("place", kharkiv.get("properties").get("layer").asText());
        assertEquals(36.25, kharkiv.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals("UA", kharkiv.get("properties").get("country").asText());
        assertEquals("Kharkiv", kharkiv.get("properties").get("admin1").asText());
    }

    @Test
    void exportWritesGraphmlThatParsesWithDeclaredKeys() throws Exception {
        Path out = dir.resolve("actors.graphml");
        CliRun run = CliRun.of("export", "--format", "graphml", "--db", db, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(out.toFile());
        org.w3c.dom.Element root = doc.getDocumentElement();
        assertEquals("graphml", root.getLocalName());
        assertEquals(org.sitrep.export.GraphmlWriter.NS, root.getNamespaceURI());
        java.util.Set<String> keys = new java.util.HashSet<>();
        org.w3c.dom.NodeList keyList = doc.getElementsByTagNameNS(org.sitrep.export.GraphmlWriter.NS, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            keys.add(((org.w3c.dom.Element) keyList.item(i)).getAttribute("id"));
        }
        org.w3c.dom.NodeList data = doc.getElementsByTagNameNS(org.sitrep.export.GraphmlWriter.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            String key = ((org.w3c.dom.Element) data.item(i)).getAttribute("key");
            assertTrue(keys.contains(key), "undeclared key " + key);
        }
        org.w3c.dom.NodeList nodes = doc.getElementsByTagNameNS(org.sitrep.export.GraphmlWriter.NS, "node");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element n = (org.w3c.dom.Element) nodes.item(i);
            names.put(n.getAttribute("id"), n.getElementsByTagNameNS(org.sitrep.export.GraphmlWriter.NS, "data").item(0).getTextContent());
        }
        assertEquals(java.util.Set.of("Russia", "Kharkiv"), java.util.Set.copyOf(names.values()), names.toString());
        org.w3c.dom.NodeList edges = doc.getElementsByTagNameNS(org.sitrep.export.GraphmlWriter.NS, "edge");
        assertEquals(2, edges.getLength(), "one relation per report");
        org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(0);
        assertEquals("Russia", names.get(edge.getAttribute("source")));
        assertEquals("Kharkiv", names.get(edge.getAttribute("target")));
        assertTrue(edge.getTextContent().contains("attacks"), edge.getTextContent());
    }

    @Test
    void exportWritesJsonLdWithSchemaOrgTypes() throws Exception {
        CliRun run = CliRun.of("export", "--format", "jsonld", "--db", db);
        assertEquals(0, run.exit(), run.err());
        JsonNode ld = JSON.readTree(run.out());
        assertEquals("https://schema.org/", ld.get("@context").get("@vocab").asText());
        java.util.Map<String, Integer> types = new java.util.TreeMap<>();
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode n : ld.get("@graph")) {
            types.merge(n.get("@type").asText(), 1, Integer::sum);
            byId.put(n.get("@id").asText(), n);
        }
        assertEquals(java.util.Map.of("NewsArticle", 2, "Event", 1, "Quotation", 2, "Person", 2, "Country", 2), types);
        JsonNode event = ld.get("@graph").findParents("@type").stream()
                .filter(n -> n.get("@type").asText().equals("Event")).findFirst().orElseThrow();
        assertEquals("GeoCoordinates", event.get("location").get("geo").get("@type").asText());
        assertEquals(49.98, event.get("location").get("geo").get("latitude").asDouble());
        assertEquals(2, event.get("subjectOf").size());
        for (JsonNode ref : event.get("subjectOf")) {
            assertEquals("NewsArticle", byId.get(ref.get("@id").asText()).get("@type").asText());
        }
    }

    @Test
    void exportWritesAcledCsvWithOneRowPerIncident() throws Exception {
        Path out = dir.resolve("events.csv");
        CliRun run = CliRun.of("export", "--format", "acled-csv", "--db", db, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String csv = java.nio.file.Files.readString(out);
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertEquals(3, lines.size(), csv);
        assertEquals("", lines.get(2), "every record ends with CRLF");
        assertEquals(String.join(",", org.sitrep.export.IncidentExports.ACLED_COLUMNS), lines.get(0));
        assertTrue(lines.get(1).matches("UA\\d+,2025-03-04,Explosions/Remote violence,Air/drone strike,Russia,"
                + "workers,UA,Kharkiv,Kharkiv,49.98,36.25,2,\"A Russian drone strike on Kharkiv killed two workers on"
                + " Tuesday, the Kremlin said.\",https://example.org/afp; https://example.org/reuters"), lines.get(1));
        assertEquals("plain", org.sitrep.export.IncidentExports.csv("plain"));
        assertEquals("\"he said \"\"no\"\", twice\"", org.sitrep.export.IncidentExports.csv("he said \"no\", twice"));
        assertEquals("\"two\nlines\"", org.sitrep.export.IncidentExports.csv("two\nlines"));
        assertEquals("", org.sitrep.export.IncidentExports.csv(null));
        assertEquals(2, CliRun.of("export", "--format", "csv", "--db", db).exit());
    }

    @Test
    void eventsAreFilteredByPlaceDateTypeActorAndToll() throws Exception {
        JsonNode all = JSON.readTree(CliRun.of("events", "--db", db, "--json").out());
        assertEquals(1, all.size(), "two reports of one strike are one incident: " + all);
        assertEquals("Air/drone strike", all.get(0).get("subtype").asText());
        assertEquals("Russia", all.get(0).get("actor1").asText());
        assertEquals(2, all.get(0).get("fatalities").asInt());
        assertEquals(2, all.get(0).get("claims").size());
        assertEquals("https://example.org/reuters", all.get(0).get("claims").get(1).get("url").asText());
        for (List<String> filter : List.of(List.of("--country", "ua"), List.of("--admin1", "KHARKIV"),
                List.of("--from", "2025-03-04", "--to", "2025-03-04"), List.of("--type", "air/drone strike"),
                List.of("--type", "EXPLOSIONS_REMOTE_VIOLENCE"), List.of("--actor", "russ"),
                List.of("--min-fatalities", "2"))) {
            CliRun run = CliRun.of(IngestCommandTest.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of("events"),
                    filter.stream()).toList(), "--db", db, "--json"));
            assertEquals(1, JSON.readTree(run.out()).size(), filter + ": " + run.out() + run.err());
        }
        for (List<String> filter : List.of(List.of("--country", "RU"), List.of("--admin1", "Sumy"),
                List.of("--from", "2025-03-05"), List.of("--to", "2025-03-03"), List.of("--type", "Battles"),
                List.of("--actor", "Ukraine"), List.of("--min-fatalities", "3"))) {
            CliRun run = CliRun.of(IngestCommandTest.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of("events"),
                    filter.stream()).toList(), "--db", db, "--json"));
            assertEquals(0, JSON.readTree(run.out()).size(), filter + ": " + run.out() + run.err());
        }
        CliRun table = CliRun.of("events", "--db", db, "--country", "UA");
        assertTrue(table.out().startsWith("date "), table.out());
        assertTrue(table.out().contains("Air/drone strike"), table.out());
    }

    @Test
    void eventFiltersWithQuotesAndSqlAreSafe() throws Exception {
        for (String evil : List.of("\"; DROP TABLE events; --", "UA' OR 1=1 --", "%", "_", "%' --", "') OR ('1'='1")) {
            for (String option : List.of("--country", "--admin1", "--type", "--actor")) {
                CliRun run = CliRun.of("events", option, evil, "--db", db, "--json");
                assertEquals(0, run.exit(), option + " " + evil + ": " + run.err());
                assertEquals(0, JSON.readTree(run.out()).size(), option + " " + evil + ": " + run.out());
            }
            for (String option : List.of("--from", "--to")) {
                CliRun run = CliRun.of("events", option, evil, "--db", db, "--json");
                assertEquals(2, run.exit(), option + " " + evil + ": " + run.out());
                assertTrue(run.err().contains("not an ISO date"), run.err());
            }
        }
        try (Store store = Store.open(db)) {
            assertEquals(2, store.counts().get("events"));
            assertEquals(2, store.counts().get("articles"));
        }
    }

    @Test
    void queryOnAMissingDatabaseSaysSo() {
        CliRun run = CliRun.of("quotes", "--db", dir.resolve("none.db").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such database file; run sitrep ingest first"), run.err());
    }
}
