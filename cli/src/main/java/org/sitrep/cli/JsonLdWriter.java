package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.Claim;
import org.sitrep.store.EventQuery;
import org.sitrep.store.QuoteSource;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredQuote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the store as JSON-LD with schema.org types, streaming through a Jackson generator: one {@code @graph} of
 * {@code NewsArticle}s (the articles), {@code Person}, {@code Organization} and {@code Country} nodes (the
 * actors), {@code Event}s (the incidents, each at a {@code Place} with {@code GeoCoordinates}, its figures as
 * {@code PropertyValue}s and its reports' articles as {@code subjectOf}) and {@code Quotation}s (the statements,
 * each with its speaker as {@code creator} and its articles as {@code citation}). Nodes are named
 * {@code sitrep:article/ID}, {@code sitrep:actor/ID}, {@code sitrep:incident/ID} and {@code sitrep:statement/ID}.
 */
final class JsonLdWriter {
    /** At most this many statements are written (the quote query is the store's slowest). */
    private final int statements;

    JsonLdWriter(int statements) {
        this.statements = statements;
    }

    void write(Store db, Writer out) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeObjectFieldStart("@context");
        g.writeStringField("@vocab", "https://schema.org/");
        g.writeStringField("sitrep", "urn:sitrep:");
        g.writeEndObject();
        g.writeArrayFieldStart("@graph");
        db.forEachArticleHeader(a -> io(() -> article(g, a)));
        db.forEachActor(a -> io(() -> actor(g, a)));
        db.forEachEvent(EventQuery.ALL, e -> io(() -> incident(g, e)));
        for (StoredQuote q : db.quotes(null, null, statements, Integer.MAX_VALUE)) {
            quotation(g, q);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void io(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void ref(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeEndObject();
    }

    private static void article(JsonGenerator g, StoredArticle a) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", "sitrep:article/" + a.id());
        g.writeStringField("@type", "NewsArticle");
        field(g, "headline", a.title());
        field(g, "url", a.url());
        field(g, "datePublished", a.published());
        g.writeStringField("identifier", a.source());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, ActorSummary a) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", "sitrep:actor/" + a.id());
        g.writeStringField("@type", switch (a.type()) {
            case "PERSON" -> "Person";
            case "GPE" -> "Country";
            case "LOC" -> "Place";
            default -> "Organization";
        });
        g.writeStringField("name", a.name());
        g.writeEndObject();
    }

    private static void incident(JsonGenerator g, StoredEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", "sitrep:incident/" + e.id());
        g.writeStringField("@type", "Event");
        g.writeStringField("name", e.subtype() + (e.location() == null ? "" : " in " + e.location()));
        g.writeStringField("additionalType", e.type());
        field(g, "startDate", e.date());
        field(g, "description", e.notes());
        if (e.location() != null || e.lat() != null) {
            g.writeObjectFieldStart("location");
            g.writeStringField("@type", "Place");
            field(g, "name", e.location());
            if (e.country() != null || e.admin1() != null) {
                g.writeObjectFieldStart("address");
                g.writeStringField("@type", "PostalAddress");
                field(g, "addressCountry", e.country());
                field(g, "addressRegion", e.admin1());
                g.writeEndObject();
            }
            if (e.lat() != null && e.lon() != null) {
                g.writeObjectFieldStart("geo");
                g.writeStringField("@type", "GeoCoordinates");
                g.writeNumberField("latitude", e.lat());
                g.writeNumberField("longitude", e.lon());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("additionalProperty");
        property(g, "fatalities", e.fatalities());
        property(g, "fatalities_low", e.fatalitiesLow());
        property(g, "fatalities_high", e.fatalitiesHigh());
        property(g, "injured", e.injured());
        g.writeEndArray();
        g.writeArrayFieldStart("subjectOf");
        for (Claim c : e.claims()) {
            ref(g, "sitrep:article/" + c.articleId());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void property(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("@type", "PropertyValue");
        g.writeStringField("name", name);
        g.writeNumberField("value", value);
        g.writeEndObject();
    }

    private static void quotation(JsonGenerator g, StoredQuote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", "sitrep:statement/" + q.statementId());
        g.writeStringField("@type", "Quotation");
        g.writeStringField("text", q.text());
        if (q.speaker() != null) {
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", q.speaker());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("citation");
        for (QuoteSource s : q.sources()) {
            ref(g, "sitrep:article/" + s.articleId());
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
