package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.export.FactsJson;
import org.sitrep.store.QuoteSource;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StoredQuote;

import java.util.List;

/** The article routes: one article with every fact, full-text search, and statements with their sources. */
final class ArticleApi {
    private final StorePool stores;
    private final ObjectMapper mapper;

    ArticleApi(StorePool stores, ObjectMapper mapper) {
        this.stores = stores;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute("/api/articles/{id}", "One article: its clean text and every fact read in it (entities,"
                        + " quotes, places, times, amounts, events, relations), each with its character offsets",
                        List.of(), "application/json", this::article),
                new ApiRoute("/api/search", "Full-text search over articles and quotes, best first; each hit names"
                        + " its article as 'article'", List.of(Param.string("q", "the words to find"),
                        Param.integer("limit", "at most this many hits (1..100, default 20)")),
                        "application/json", this::search),
                new ApiRoute("/api/quotes", "Statements, newest first, with how many articles carry each and the"
                        + " first of them", List.of(Param.string("speaker", "part of the speaker's name"),
                        Param.string("about", "part of the statement's text"),
                        Param.integer("limit", "at most this many (1..200, default 50)")),
                        "application/json", this::quotes));
    }

    private Object article(Context ctx, Query q) {
        long id = WebServer.id(ctx);
        return stores.read(db -> db.article(id))
                .map(facts -> new FactsJson(mapper).toJson(facts).put("id", id))
                .orElseThrow(() -> new NotFound("no article " + id));
    }

    private Object search(Context ctx, Query q) {
        String words = q.text("q");
        if (words == null) {
            throw new BadRequest("q", "parameter 'q' is required: the words to find");
        }
        int limit = q.integer("limit", 1, 100, 20);
        List<SearchHit> hits = stores.read(db -> db.search(words, limit));
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("hits");
        for (SearchHit h : hits) {
            list.addObject().put("kind", h.kind()).put("article", h.articleId()).put("title", h.title())
                    .put("url", h.url()).put("sentence", h.sentence()).put("score", h.score());
        }
        return o;
    }

    private Object quotes(Context ctx, Query q) {
        String speaker = q.text("speaker");
        String about = q.text("about");
        int limit = q.integer("limit", 1, 200, 50);
        List<StoredQuote> quotes = stores.read(db -> db.quotes(speaker, about, limit, 10));
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("quotes");
        for (StoredQuote s : quotes) {
            ObjectNode n = list.addObject().put("statement", s.statementId()).put("text", s.text())
                    .put("speaker", s.speaker()).put("direct", s.direct()).put("articles", s.sourceCount());
            ArrayNode sources = n.putArray("sources");
            for (QuoteSource src : s.sources()) {
                sources.addObject().put("article", src.articleId()).put("source", src.source())
                        .put("title", src.title()).put("url", src.url()).put("published", src.published())
                        .put("speaker", src.speaker()).put("start", src.start()).put("end", src.end());
            }
        }
        return o;
    }
}
