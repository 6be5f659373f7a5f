package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.export.IncidentExports;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.StoredRelation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The actor routes: actors, one actor with what the store says of it, relations, and the actor network. */
final class ActorApi {
    /** The network is drawn from at most this many relations (the first the filters select, in store order). */
    static final int NETWORK_RELATIONS = 5_000;

    private final StorePool stores;
    private final ObjectMapper mapper;

    ActorApi(StorePool stores, ObjectMapper mapper) {
        this.stores = stores;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        List<Param> relationParams = List.of(Param.string("actor", "part of either end's name"),
                Param.string("predicate", "supplies, attacks, accuses, permits, meets ..."),
                Param.date("from", "earliest date (inclusive)"), Param.date("to", "latest date (inclusive)"));
        return List.of(
                new ApiRoute("/api/actors", "Actors named in most articles, with their counts",
                        List.of(Param.string("q", "part of the actor's name"),
                                Param.integer("limit", "at most this many (1..1000, default 100)")),
                        "application/json", this::actors),
                new ApiRoute("/api/actors/{id}", "One actor with its counts, relations, statements and incidents",
                        List.of(), "application/json", this::actor),
                new ApiRoute("/api/relations", "Relations between actors, each with its evidence and article",
                        IncidentApi.with(relationParams, Param.integer("limit", "at most this many (1..2000, default"
                                + " 200)")), "application/json", this::relations),
                new ApiRoute("/api/network", "The actor network: actors as nodes (with their mentions), relations"
                        + " aggregated into typed, directed, counted edges; capped to the most connected actors",
                        IncidentApi.with(relationParams, Param.integer("nodes", "at most this many actors (1..1000,"
                                + " default 150)")), "application/json", this::network));
    }

    private Object actors(Context ctx, Query q) {
        String name = q.text("q");
        int limit = q.integer("limit", 1, 1000, 100);
        List<ActorSummary> actors = stores.read(db -> {
            if (name == null) {
                return db.actors(limit);
            }
            String part = name.toLowerCase(Locale.ROOT);
            List<ActorSummary> found = new ArrayList<>();
            db.forEachActor(a -> {
                if (a.name().toLowerCase(Locale.ROOT).contains(part)) {
                    found.add(a);
                }
            });
            found.sort(java.util.Comparator.comparingLong(ActorSummary::articles).reversed()
                    .thenComparing(ActorSummary::name));
            return found.size() > limit ? found.subList(0, limit) : found;
        });
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("actors");
        actors.forEach(a -> list.add(json(a)));
        return o;
    }

    private ObjectNode json(ActorSummary a) {
        return mapper.createObjectNode().put("id", a.id()).put("name", a.name()).put("type", a.type())
                .put("articles", a.articles()).put("mentions", a.mentions()).put("quotes", a.quotes())
                .put("events", a.events()).put("relations", a.relations());
    }

    private Object actor(Context ctx, Query q) {
        long id = WebServer.id(ctx);
        ActorSummary a = stores.read(db -> db.actor(id)).orElseThrow(() -> new NotFound("no actor " + id));
        ObjectNode o = json(a);
        ArrayNode relations = o.putArray("relation_list");
        stores.read(db -> db.relations(new RelationQuery(a.name(), null, 100))).stream()
                .filter(r -> Long.valueOf(id).equals(r.subjectActor()) || Long.valueOf(id).equals(r.objectActor()))
                .forEach(r -> relations.add(json(r)));
        ArrayNode quotes = o.putArray("quotes_list");
        stores.read(db -> db.quotes(a.name(), null, 20, 3)).forEach(s -> quotes.addObject()
                .put("statement", s.statementId()).put("text", s.text()).put("articles", s.sourceCount())
                .put("article", s.sources().isEmpty() ? null : s.sources().get(0).articleId())
                .put("start", s.sources().isEmpty() ? null : s.sources().get(0).start()));
        ArrayNode incidents = o.putArray("incidents");
        stores.read(db -> db.events(EventQuery.NEWEST.withActor(a.name()).withLimit(50)))
                .forEach(e -> incidents.add(IncidentExports.json(mapper, e)));
        return o;
    }

    private ObjectNode json(StoredRelation r) {
        return mapper.createObjectNode().put("id", r.id()).put("article", r.articleId()).put("subject", r.subject())
                .put("subject_actor", r.subjectActor()).put("predicate", r.predicate()).put("object", r.object())
                .put("object_actor", r.objectActor()).put("what", r.what()).put("date", r.date())
                .put("claimed_by", r.claimedBy()).put("evidence", r.evidence()).put("start", r.start())
                .put("end", r.end()).put("source", r.source()).put("url", r.url());
    }

    /** The relations the parameters select, dated within from..to when those are given. */
    private List<StoredRelation> selected(Query q, int limit) {
        String from = q.date("from");
        String to = q.date("to");
        // Undated filters let the store stop at the limit; dated ones are checked here, row by row.
        RelationQuery query = new RelationQuery(q.text("actor"), q.text("predicate"),
                from == null && to == null ? limit : 0);
        List<StoredRelation> found = new ArrayList<>();
        stores.read(db -> {
            db.forEachRelation(query, r -> {
                boolean dated = from == null && to == null
                        || r.date() != null && (from == null || r.date().compareTo(from) >= 0)
                        && (to == null || r.date().compareTo(to) <= 0 || r.date().startsWith(to));
                if (dated && (limit == 0 || found.size() < limit)) {
                    found.add(r);
                }
            });
            return null;
        });
        return found;
    }

    private Object relations(Context ctx, Query q) {
        int limit = q.integer("limit", 1, 2000, 200);
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("relations");
        selected(q, limit).forEach(r -> list.add(json(r)));
        return o;
    }

    private Object network(Context ctx, Query q) {
        int nodes = q.integer("nodes", 1, 1000, 150);
        ObjectNode o = ActorNetwork.of(selected(q, NETWORK_RELATIONS), nodes, ids -> stores.read(db -> {
            java.util.Map<Long, ActorSummary> found = new java.util.HashMap<>();
            ids.forEach(id -> db.actor(id).ifPresent(a -> found.put(id, a)));
            return found;
        })).json(mapper);
        return o.put("relation_cap", NETWORK_RELATIONS);
    }
}
