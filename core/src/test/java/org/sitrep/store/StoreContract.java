package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Reports.rutte;

/** What every store must do, whatever its database; subclasses give a fresh database's URL. */
abstract class StoreContract {

    /** A fresh, empty database for one test. */
    abstract String url();

    @Test
    void storesArticleWithEveryFactAndReadsItBackUnchanged() {
        ArticleFacts facts = rutte("afp.txt", "https://example.org/a");
        try (Store store = Store.open(url())) {
            assertEquals(Ingested.STORED, store.put(facts, "1"));
            List<ArticleFacts> back = new ArrayList<>();
            store.forEachArticle(back::add);
            assertEquals(List.of(facts), back);
            Map<String, Long> counts = store.counts();
            assertEquals(1, counts.get("articles"));
            assertEquals(4, counts.get("entities"));
            assertEquals(2, counts.get("quotes"));
            assertEquals(2, counts.get("places"));
            assertEquals(1, counts.get("amounts"));
            assertEquals(1, counts.get("times"));
            assertEquals(1, counts.get("events"));
            assertEquals(1, counts.get("relations"));
            assertEquals(1, back.get(0).events().size());
        }
    }

    @Test
    void keepsTheLastFetchOfEachUrlAcrossReopening() {
        java.time.Instant at = java.time.Instant.parse("2026-12-02T10:15:30Z");
        org.sitrep.ingest.FetchState feed = new org.sitrep.ingest.FetchState("https://example.org/feed.xml",
                "\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", "ab12", null, at, 200, 0, false);
        try (Store store = Store.open(url())) {
            assertTrue(store.fetchState(feed.url()).isEmpty());
            store.putFetchState(feed);
            store.putFetchState(new org.sitrep.ingest.FetchState("https://example.org/a", null, null, null, "cd34",
                    at, 503, 2, false));
        }
        org.sitrep.ingest.FetchState failed = new org.sitrep.ingest.FetchState(feed.url(), "\"v1\"", null, null,
                null, at.plusSeconds(900), 0, 1, true);
        try (Store store = Store.open(url())) {
            assertEquals(feed, store.fetchState(feed.url()).orElseThrow());
            store.putFetchState(failed);
            assertEquals(failed, store.fetchState(feed.url()).orElseThrow());
            assertEquals(2, store.fetchState("https://example.org/a").orElseThrow().failures());
        }
    }

    @Test
    void sameArticleByUrlOrTextIsStoredOnce() {
        try (Store store = Store.open(url())) {
            assertEquals(Ingested.STORED, store.put(rutte("afp.txt", "https://example.org/a"), "1"));
            assertEquals(Ingested.UNCHANGED, store.put(rutte("afp.txt", "https://example.org/a"), "1"));
            assertEquals(Ingested.UNCHANGED, store.put(rutte("copy.txt", null), "1"));
            assertTrue(store.isCurrent(rutte("other.txt", "https://example.org/other").article(), "1"));
            assertEquals(1, store.counts().get("articles"));
            assertEquals(2, store.counts().get("quotes"));
        }
    }

    @Test
    void anotherExtractorVersionReplacesTheFacts() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
            assertTrue(!store.isCurrent(rutte("afp.txt", "https://example.org/a").article(), "2"));
            ArticleFacts fewer = rutte("afp.txt", "https://example.org/a");
            fewer = new ArticleFacts(fewer.article(), fewer.entities(), fewer.times(), fewer.amounts(),
                    fewer.quotes().subList(0, 1), fewer.places(), List.of(), List.of(), List.of());
            assertEquals(Ingested.REPLACED, store.put(fewer, "2"));
            assertEquals(1, store.counts().get("articles"));
            assertEquals(1, store.counts().get("quotes"));
            assertEquals(4, store.counts().get("entities"));
            assertEquals(0, store.counts().get("events"), "the replaced article's events are gone");
            assertEquals(0, store.counts().get("relations"));
            assertTrue(store.search("talks failed", 10).stream().noneMatch(h -> h.kind().equals("quote")),
                    "the replaced quote is gone from the search index");
            List<ArticleFacts> back = new ArrayList<>();
            store.forEachArticle(back::add);
            assertEquals(List.of(fewer), back);
        }
    }

    @Test
    void sameQuoteFromTwoArticlesIsOneQuoteWithTwoSources() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels on Monday,"), "1");
            Fusion fusion = store.resolve();
            assertEquals(2, fusion.shared(), "Rutte's quote and O'Brien's statement are each carried twice");
            List<StoredQuote> quotes = store.quotes(null, "respond", 10, 10);
            assertEquals(1, quotes.size());
            assertEquals(2, quotes.get(0).sources().size());
            assertEquals(2, quotes.get(0).sourceCount());
            assertEquals(1, store.quotes(null, "respond", 10, 1).get(0).sources().size());
            assertEquals(2, store.quotes(null, "respond", 10, 1).get(0).sourceCount());
            assertEquals("Mark Rutte", quotes.get(0).speaker());
            assertEquals(List.of("afp.txt", "reuters.txt"),
                    quotes.get(0).sources().stream().map(QuoteSource::source).toList());
        }
    }

    @Test
    void actorsFuseAcrossArticlesBySurnameAndMetonymy() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels on Monday,"), "1");
            store.resolve();
            List<ActorSummary> actors = store.actors(10);
            ActorSummary rutte = actors.stream().filter(a -> a.name().equals("Mark Rutte")).findFirst().orElseThrow();
            assertEquals(2, rutte.articles());
            assertEquals(2, rutte.quotes());
            assertTrue(actors.stream().anyMatch(a -> a.name().equals("Russia") && a.type().equals("GPE")),
                    "the Kremlin, read as a metonym, is Russia: " + actors);
            assertEquals(4, actors.size(), actors.toString());
            Fusion again = store.resolve();
            assertEquals(4, again.actors());
        }
    }

    @Test
    void filtersWithQuotesApostrophesAndSqlAreOnlyValues() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
            store.resolve();
            assertEquals(1, store.quotes("O'Brien", null, 10, 10).size());
            assertEquals(1, store.quotes("o'brien", "talks", 10, 10).size());
            for (String evil : List.of("\"; DROP TABLE articles; --", "' OR '1'='1", "%", "_", "\\", "Rutte' --",
                    "NEAR(", "*", "a AND OR NOT")) {
                assertEquals(List.of(), store.quotes(evil, null, 10, 10), evil);
                assertEquals(List.of(), store.quotes(null, evil, 10, 10), evil);
                store.search(evil, 10);
            }
            assertEquals(1, store.counts().get("articles"));
            assertEquals(2, store.counts().get("quotes"));
            assertTrue(store.search("O'Brien", 10).size() >= 1);
        }
    }

    @Test
    void searchRanksMatchesAndGivesTheMatchingSentence() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
            List<SearchHit> hits = store.search("drone strike", 10);
            assertEquals(1, hits.size(), hits.toString());
            assertEquals("A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.",
                    hits.get(0).sentence());
            List<SearchHit> quote = store.search("respond attack", 10);
            assertTrue(quote.stream().anyMatch(h -> h.kind().equals("quote")
                    && h.sentence().equals("\"We will respond to every attack.\"")), quote.toString());
            assertEquals(List.of(), store.search("Zaporizhzhia", 10));
        }
    }

    @Test
    void placesWithCoordinatesAreListed() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
            List<StoredPlace> places = new ArrayList<>();
            store.forEachPlace(places::add);
            assertEquals(List.of("Kharkiv", "Russia"), places.stream().map(StoredPlace::name).toList());
            assertEquals(Schema.latest(), store.schemaVersion());
        }
    }

    @Test
    void eventsAreListedWithBoundFilters() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/a"), "1");
            List<StoredEvent> all = store.events(EventQuery.ALL);
            assertEquals(1, all.size());
            StoredEvent e = all.get(0);
            assertEquals("Air/drone strike", e.subtype());
            assertEquals("Explosions/Remote violence", e.type());
            assertEquals("A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.", e.notes());
            assertEquals(2, e.fatalities());
            assertEquals("https://example.org/a", e.claims().get(0).url());
            assertEquals(1, e.claims().size());
            assertEquals(1, store.events(EventQuery.NEWEST.withCountry("ua").withAdmin1("kharkiv")
                    .withDates("2025-03", "2025-03-04").withType("Air/drone strike").withActor("RUSS").withMinFatalities(2)
                    .withLimit(10)).size());
            for (String evil : List.of("%", "_", "\\", "' OR 1=1 --")) {
                assertEquals(0, store.events(EventQuery.ALL.withActor(evil)).size(),
                        evil);
                assertEquals(0, store.events(EventQuery.NEWEST.withCountry(evil).withAdmin1(evil).withType(evil)).size(),
                        evil);
            }
        }
    }

    @Test
    void sameIncidentFromTwoArticlesIsOneEventWithTwoClaims() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            ArticleFacts later = Reports.restruck(rutte("reuters.txt", "https://example.org/reuters", "Rutte",
                    "In Brussels on Monday,"), LocalDate.of(2025, 3, 5), "2025-03-04", "Kharkiv", 49.99, 36.23, 5);
            store.put(later, "1");
            List<StoredEvent> events = store.events(EventQuery.ALL);
            assertEquals(1, events.size(), events.toString());
            StoredEvent strike = events.get(0);
            assertEquals(List.of("afp.txt", "reuters.txt"), strike.claims().stream().map(Claim::source).toList());
            assertEquals(List.of(2, 5), strike.claims().stream().map(Claim::fatalities).toList());
            assertEquals(List.of("2025-03-04", "2025-03-05"), strike.claims().stream().map(Claim::published).toList());
            assertEquals(5, strike.fatalities(), "the later, higher toll supersedes the first count");
            assertEquals(2, strike.fatalitiesLow());
            assertEquals(5, strike.fatalitiesHigh());
            assertTrue(strike.disputed());
            assertEquals("https://example.org/afp; https://example.org/reuters", strike.sources());
            assertEquals(2, store.counts().get("events"));
            assertEquals(1, store.counts().get("incidents"));

            // Other incidents stay apart: the same strike type far away, and on Kharkiv three days later.
            store.put(Reports.restruck(rutte("lviv.txt", "https://example.org/lviv", "Rutte", "In Lviv,"),
                    LocalDate.of(2025, 3, 4), "2025-03-04", "Lviv", 49.84, 24.03, 2), "1");
            store.put(Reports.restruck(rutte("later.txt", "https://example.org/later", "Rutte", "On Friday,"),
                    LocalDate.of(2025, 3, 7), "2025-03-07", "Kharkiv", 49.98, 36.25, 2), "1");
            assertEquals(3, store.events(EventQuery.ALL).size());
            assertEquals(1, store.events(EventQuery.NEWEST.withAdmin1("lviv")).size());

            // Replacing a report recomputes only its incident; storing it again changes nothing.
            ArticleFacts lower = Reports.restruck(rutte("reuters.txt", "https://example.org/reuters", "Rutte",
                    "In Brussels on Monday,"), LocalDate.of(2025, 3, 5), "2025-03-04", "Kharkiv", 49.99, 36.23, 1);
            assertEquals(Ingested.REPLACED, store.put(lower, "2"));
            assertEquals(Ingested.UNCHANGED, store.put(lower, "2"));
            StoredEvent again = store.events(EventQuery.ALL).get(0);
            assertEquals(2, again.claims().size());
            assertEquals(2, again.fatalities(), "a later, lower count does not lower the toll");
            assertEquals(1, again.fatalitiesLow());
            assertEquals(3, store.counts().get("incidents"));
            store.resolve();
            assertEquals(3, store.counts().get("incidents"), "resolve leaves fused incidents alone");
        }
    }

    @Test
    void relationsAreListedWithTheirActorsAndActorsCountThem() {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Mark Rutte", "NATO's chief spoke."), "1");
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Rutte", "In Brussels on Monday,"), "1");
            store.resolve();
            List<StoredRelation> all = store.relations(RelationQuery.ALL);
            assertEquals(2, all.size());
            StoredRelation r = all.get(0);
            assertEquals("Russia", r.subject());
            assertEquals("attacks", r.predicate());
            assertEquals("Kharkiv", r.object());
            assertEquals("Kremlin", r.claimedBy());
            assertEquals("A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.",
                    r.evidence());
            assertEquals(2, store.relations(new RelationQuery("KHARK", "Attacks", 0)).size());
            assertEquals(1, store.relations(new RelationQuery(null, "attacks", 1)).size());
            assertEquals(0, store.relations(new RelationQuery(null, "supplies", 0)).size());
            for (String evil : List.of("%", "_", "' OR 1=1 --")) {
                assertEquals(0, store.relations(new RelationQuery(evil, evil, 0)).size(), evil);
            }
            ActorSummary kharkiv = store.actors(10).stream().filter(a -> a.name().equals("Kharkiv")).findFirst()
                    .orElseThrow();
            assertEquals(2, kharkiv.relations());
            ActorSummary russia = store.actors(10).stream().filter(a -> a.name().equals("Russia")).findFirst()
                    .orElseThrow();
            assertEquals(1, russia.events(), "both reports are one incident, named by the actor's name");
            assertEquals(2, russia.relations());
        }
    }

    @Test
    void aSpeakerKnownOnlyByADescriptionIsTheActorItIsSetBesideElsewhere() {
        try (Store store = Store.open(url())) {
            ArticleFacts named = rutte("afp.txt", "https://example.org/afp", "Mark Rutte",
                    "NATO chief Mark Rutte arrived.");
            named = new ArticleFacts(named.article(), named.entities(), named.times(), named.amounts(), List.of(),
                    named.places(), named.events(), named.relations(), named.problems());
            ArticleFacts described = rutte("reuters.txt", "https://example.org/reuters", "the NATO chief",
                    "In Brussels,");
            org.sitrep.model.Quote q = described.quotes().get(0);
            org.sitrep.model.Speaker s = q.speaker();
            described = new ArticleFacts(described.article(), described.entities().subList(1, 4), described.times(),
                    described.amounts(), List.of(new org.sitrep.model.Quote(q.span(), q.text(), q.direct(), q.cueSpan(),
                    q.cue(), new org.sitrep.model.Speaker(s.name(), null, s.span(), s.text()))), described.places(),
                    described.events(), described.relations(), described.problems());
            store.put(named, "1");
            store.put(described, "1");
            store.resolve();
            assertEquals(1, store.counts().get("descriptions"));
            List<StoredQuote> rutte = store.quotes("rutte", null, 10, 10);
            assertEquals(1, rutte.size(), rutte.toString());
            assertEquals("Mark Rutte", rutte.get(0).speaker());
            assertEquals("the NATO chief", rutte.get(0).sources().get(0).speaker());
        }
    }

    @Test
    void incrementalFusionGivesWhatFusingEverythingAtOnceGives() throws Exception {
        try (Store store = Store.open(url())) {
            store.put(rutte("afp.txt", "https://example.org/afp", "Rutte", "NATO chief Mark Rutte arrived."), "1");
            store.resolve();
            assertEquals(fusedAgain(store), fused(), "after A");
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Mark Rutte", "In Brussels on Monday,"), "1");
            store.resolve();
            List<String> incremental = fused();
            assertTrue(incremental.stream().anyMatch(r -> r.startsWith("actor PERSON|mark rutte|Mark Rutte|PERSON|2|")),
                    "the earlier Rutte joins the later Mark Rutte: " + incremental);
            assertEquals(fusedAgain(store), incremental, "A then B");
            // replacing B takes Mark Rutte away again: the earlier Rutte is an actor of its own once more
            store.put(rutte("reuters.txt", "https://example.org/reuters", "Jens Stoltenberg", "In Oslo,"), "2");
            store.resolve();
            incremental = fused();
            assertTrue(incremental.stream().noneMatch(r -> r.startsWith("actor PERSON|mark rutte|")), incremental.toString());
            assertEquals(fusedAgain(store), incremental, "B replaced");
        }
    }

    /** The actor and statement tables by content (no ids): one line per actor member and per statement quote. */
    private List<String> fused() throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url());
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet r = s.executeQuery("SELECT a.actor_key, a.name, a.type, a.article_count,"
                    + " a.mention_count, a.quote_count, a.event_count, a.relation_count, ar.url, e.local_id, e.seat"
                    + " FROM actors a JOIN entities e ON e.actor_id = a.id JOIN articles ar ON ar.id = e.article_id")) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder("actor ");
                    for (int i = 1; i <= 11; i++) {
                        row.append(r.getString(i)).append(i < 11 ? "|" : "");
                    }
                    rows.add(row.toString());
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("SELECT st.statement_key, st.text, st.speaker, st.speakers,"
                    + " st.newest, st.quote_count, ar.url, q.span_start, fq.span_start FROM statements st"
                    + " JOIN quotes q ON q.statement_id = st.id JOIN articles ar ON ar.id = q.article_id"
                    + " JOIN quotes fq ON fq.id = st.first_quote_id")) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder("statement ");
                    for (int i = 1; i <= 9; i++) {
                        row.append(r.getString(i)).append(i < 9 ? "|" : "");
                    }
                    rows.add(row.toString());
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM entities WHERE actor_id IS NULL")) {
                r.next();
                rows.add("unfused entities " + r.getLong(1));
            }
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    /** Forgets every actor and statement and fuses the whole database from scratch; gives {@link #fused()}. */
    private List<String> fusedAgain(Store store) throws java.sql.SQLException {
        List<String> before = fused();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url());
             java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE entities SET actor_id = NULL, seat = NULL");
            s.executeUpdate("UPDATE quotes SET statement_id = NULL");
            s.executeUpdate("DELETE FROM actors");
            s.executeUpdate("DELETE FROM statements");
            s.executeUpdate("DELETE FROM described_actors");
            if (url().startsWith("jdbc:sqlite:")) {
                s.executeUpdate("DELETE FROM statement_filter");
            }
            c.commit();
        }
        store.resolve();
        List<String> again = fused();
        assertTrue(!before.isEmpty() && !again.isEmpty());
        return again;
    }

    static List<String> entityNames(ArticleFacts facts) {
        return facts.entities().stream().map(Entity::name).toList();
    }
}
