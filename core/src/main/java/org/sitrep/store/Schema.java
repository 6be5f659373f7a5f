package org.sitrep.store;

import java.util.List;

/**
 * The store's schema as ordered migrations: migration {@code n} takes a database from version {@code n - 1} to
 * {@code n}, and {@code schema_version} holds the version reached. Each migration runs in one transaction. The
 * tables are documented in the README; add a table by appending a migration, never by editing one that shipped.
 */
final class Schema {
    private Schema() {
    }

    /** Version 1: articles and every fact kind, with the fusion tables (actors, statements). */
    private static final List<String> V1 = List.of(
            """
            CREATE TABLE articles (
              id {id},
              source TEXT NOT NULL,
              source_index INTEGER NOT NULL,
              url TEXT,
              title TEXT,
              published TEXT,
              byline TEXT,
              dateline_place TEXT,
              dateline_agency TEXT,
              dateline_date TEXT,
              headings TEXT NOT NULL,
              text TEXT NOT NULL,
              text_hash TEXT NOT NULL UNIQUE,
              extractor_version TEXT NOT NULL,
              problems TEXT NOT NULL
            )""",
            "CREATE UNIQUE INDEX articles_url ON articles (url)",
            """
            CREATE TABLE actors (
              id {id},
              actor_key TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              article_count INTEGER NOT NULL DEFAULT 0,
              mention_count INTEGER NOT NULL DEFAULT 0,
              quote_count INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX actors_articles ON actors (article_count)",
            """
            CREATE TABLE entities (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              local_id TEXT NOT NULL,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              actor_id {bigint} REFERENCES actors (id)
            )""",
            "CREATE INDEX entities_article ON entities (article_id)",
            "CREATE INDEX entities_actor ON entities (actor_id)",
            """
            CREATE TABLE mentions (
              id {id},
              entity_id {bigint} NOT NULL REFERENCES entities (id),
              article_id {bigint} NOT NULL REFERENCES articles (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL
            )""",
            "CREATE INDEX mentions_article ON mentions (article_id)",
            "CREATE INDEX mentions_entity ON mentions (entity_id)",
            """
            CREATE TABLE statements (
              id {id},
              statement_key TEXT NOT NULL UNIQUE,
              text TEXT NOT NULL
            )""",
            """
            CREATE TABLE quotes (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              direct INTEGER NOT NULL,
              cue TEXT NOT NULL,
              cue_start INTEGER NOT NULL,
              cue_end INTEGER NOT NULL,
              speaker_name TEXT,
              speaker_entity_id {bigint} REFERENCES entities (id),
              speaker_start INTEGER,
              speaker_end INTEGER,
              statement_id {bigint} REFERENCES statements (id)
            )""",
            "CREATE INDEX quotes_article ON quotes (article_id)",
            "CREATE INDEX quotes_statement ON quotes (statement_id)",
            "CREATE INDEX quotes_speaker ON quotes (speaker_entity_id)",
            """
            CREATE TABLE places (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              name TEXT NOT NULL,
              kind TEXT NOT NULL,
              country TEXT,
              admin1 TEXT,
              lat {real},
              lon {real},
              geonames_id {bigint},
              metonymy INTEGER NOT NULL
            )""",
            "CREATE INDEX places_article ON places (article_id)",
            """
            CREATE TABLE amounts (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              value {real} NOT NULL,
              unit TEXT,
              total {real}
            )""",
            "CREATE INDEX amounts_article ON amounts (article_id)",
            """
            CREATE TABLE times (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              type TEXT NOT NULL,
              value TEXT
            )""",
            "CREATE INDEX times_article ON times (article_id)");

    /** Version 2: full-text search over article text and quotes, in each dialect's own way. */
    private static final List<String> V2_SQLITE = List.of(
            "CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='', contentless_delete=1,"
                    + " tokenize='porter unicode61 remove_diacritics 2')",
            "CREATE VIRTUAL TABLE quote_search USING fts5(text, content='', contentless_delete=1,"
                    + " tokenize='porter unicode61 remove_diacritics 2')",
            "CREATE VIRTUAL TABLE quote_filter USING fts5(speaker, text, tokenize='trigram')");
    private static final List<String> V2_POSTGRESQL = List.of(
            "CREATE INDEX articles_search ON articles USING GIN (to_tsvector('english', coalesce(title, '') || ' ' || text))",
            "CREATE INDEX quotes_search ON quotes USING GIN (to_tsvector('english', text))");

    /**
     * Version 3: events and relations, each with its article id. Actors point to the article's entity when it has
     * one; spans that a query never filters on (mentions, toll figures, actor spans) are kept as JSON.
     */
    private static final List<String> V3 = List.of(
            """
            CREATE TABLE events (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              local_id TEXT NOT NULL,
              type TEXT NOT NULL,
              subtype TEXT NOT NULL,
              date TEXT,
              date_precision TEXT,
              location_text TEXT,
              location_name TEXT,
              country TEXT,
              admin1 TEXT,
              lat {real},
              lon {real},
              location_start INTEGER,
              location_end INTEGER,
              actor1_name TEXT,
              actor1_entity_id {bigint} REFERENCES entities (id),
              actor2_name TEXT,
              actor2_entity_id {bigint} REFERENCES entities (id),
              weapon TEXT,
              fatalities INTEGER,
              fatalities_qualifier TEXT,
              injured INTEGER,
              launched INTEGER,
              intercepted INTEGER,
              civilian_targeting INTEGER NOT NULL,
              confidence {real} NOT NULL,
              evidence TEXT NOT NULL
            )""",
            "CREATE INDEX events_article ON events (article_id)",
            "CREATE INDEX events_date ON events (date)",
            "CREATE INDEX events_place ON events (country, admin1)",
            """
            CREATE TABLE relations (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              subject_name TEXT NOT NULL,
              subject_entity_id {bigint} REFERENCES entities (id),
              predicate TEXT NOT NULL,
              object_name TEXT,
              object_entity_id {bigint} REFERENCES entities (id),
              what TEXT,
              date TEXT,
              trigger_start INTEGER NOT NULL,
              trigger_end INTEGER NOT NULL,
              evidence TEXT NOT NULL,
              claimed_by_name TEXT,
              claimed_by_entity_id {bigint} REFERENCES entities (id)
            )""",
            "CREATE INDEX relations_article ON relations (article_id)");

    /**
     * Version 4: incidents, one per real incident across articles. Each event row is one article's report (a
     * claim) and points to its incident; an incident holds its consolidated figures and the range of the claimed
     * tolls. Actors get their event and relation counts.
     */
    private static final List<String> V4 = List.of(
            """
            CREATE TABLE incidents (
              id {id},
              type TEXT NOT NULL,
              subtype TEXT NOT NULL,
              date TEXT,
              country TEXT,
              admin1 TEXT,
              location TEXT,
              lat {real},
              lon {real},
              actor1 TEXT,
              actor2 TEXT,
              weapon TEXT,
              fatalities INTEGER,
              fatalities_qualifier TEXT,
              fatalities_low INTEGER,
              fatalities_high INTEGER,
              injured INTEGER,
              confidence {real} NOT NULL,
              claim_count INTEGER NOT NULL,
              first_event_id {bigint} NOT NULL
            )""",
            "CREATE INDEX incidents_date ON incidents (date)",
            "CREATE INDEX incidents_place ON incidents (country, admin1)",
            "ALTER TABLE events ADD COLUMN incident_id {bigint} REFERENCES incidents (id)",
            "CREATE INDEX events_incident ON events (incident_id)",
            "CREATE INDEX events_type_date ON events (type, date)",
            "ALTER TABLE actors ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE actors ADD COLUMN relation_count INTEGER NOT NULL DEFAULT 0");

    /**
     * Version 5: summary columns on statements (the speaker shown, every speaker name in lower case, the newest
     * article's date, the first quote, the number of quotes), so that {@code quotes} pages through an index of
     * statements by date instead of grouping every quote; on SQLite a trigram index of the statements' speakers
     * and text replaces the one of quotes. And descriptions set beside person names ("NATO chief Mark Rutte"),
     * which name that person's actor where a speaker is only described.
     */
    private static final List<String> V5 = List.of(
            "ALTER TABLE statements ADD COLUMN speaker TEXT",
            "ALTER TABLE statements ADD COLUMN speakers TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE statements ADD COLUMN newest TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE statements ADD COLUMN first_quote_id {bigint}",
            "ALTER TABLE statements ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX statements_newest ON statements (newest DESC, first_quote_id)",
            """
            CREATE TABLE descriptions (
              id {id},
              article_id {bigint} NOT NULL REFERENCES articles (id),
              entity_id {bigint} NOT NULL REFERENCES entities (id),
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              description_key TEXT NOT NULL
            )""",
            "CREATE INDEX descriptions_article ON descriptions (article_id)");
    private static final List<String> V5_SQLITE = List.of(
            "CREATE VIRTUAL TABLE statement_filter USING fts5(speakers, text, tokenize='trigram')",
            "DROP TABLE quote_filter");

    /**
     * Version 6: incremental actor and statement fusion. {@code entities.seat} keeps the country a metonymic
     * entity stands for (found once, when its article is fused), {@code stale_actors} and {@code stale_statements}
     * the actors and statements an article replaced since the last fusion had pointed to, and
     * {@code described_actors} the description-to-actor names the last fusion used, so that a fusion recomputes
     * only what the new and replaced articles touch.
     */
    private static final List<String> V6 = List.of(
            "ALTER TABLE entities ADD COLUMN seat TEXT",
            "CREATE TABLE stale_actors (actor_id {bigint} NOT NULL)",
            "CREATE TABLE stale_statements (statement_id {bigint} NOT NULL)",
            "CREATE TABLE described_actors (description_key TEXT PRIMARY KEY, name TEXT NOT NULL)");

    /**
     * Version 7: {@code fetches}, what the feed watcher last fetched at each URL (validators for a conditional
     * GET, hashes of the body and of the feed item, failures in a row), so that a restarted watcher goes on where
     * it stopped; and an index of incidents by country and date, the web page's most common filter.
     */
    private static final List<String> V7 = List.of(
            """
            CREATE TABLE fetches (
              url TEXT PRIMARY KEY,
              etag TEXT,
              last_modified TEXT,
              content_hash TEXT,
              item_hash TEXT,
              checked TEXT NOT NULL,
              status INTEGER NOT NULL,
              failures INTEGER NOT NULL,
              incomplete INTEGER NOT NULL
            )""",
            "CREATE INDEX incidents_country_date ON incidents (country, date)");

    /** The migrations of a dialect, in order: element {@code i} takes the schema to version {@code i + 1}. */
    static List<List<String>> migrations(Dialect dialect) {
        List<String> v1 = V1.stream().map(dialect::ddl).toList();
        List<String> v3 = V3.stream().map(dialect::ddl).toList();
        List<String> v4 = V4.stream().map(dialect::ddl).toList();
        List<String> v5 = new java.util.ArrayList<>(V5.stream().map(dialect::ddl).toList());
        if (dialect == Dialect.SQLITE) {
            v5.addAll(V5_SQLITE);
        }
        return List.of(v1, dialect == Dialect.SQLITE ? V2_SQLITE : V2_POSTGRESQL, v3, v4, List.copyOf(v5),
                V6.stream().map(dialect::ddl).toList(), V7.stream().map(dialect::ddl).toList());
    }

    /** The version a fully migrated database has. */
    static int latest() {
        return 7;
    }
}
