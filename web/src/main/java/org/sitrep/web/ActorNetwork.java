package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.StoredRelation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Relations as a graph a browser can draw: one node per actor (an actor of the store, else a name no actor
 * holds), one edge per subject, predicate and object with the number of relations it stands for, capped to the
 * actors with the most relations so that a store of thousands of actors stays a readable, fluid graph.
 */
final class ActorNetwork {
    record Node(String id, String name, Long actor, String type, long mentions, long weight) {
    }

    record Edge(String from, String to, String predicate, long count, long relation, long article) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int hiddenNodes;
    private final int hiddenEdges;

    private ActorNetwork(List<Node> nodes, List<Edge> edges, int hiddenNodes, int hiddenEdges) {
        this.nodes = nodes;
        this.edges = edges;
        this.hiddenNodes = hiddenNodes;
        this.hiddenEdges = hiddenEdges;
    }

    /**
     * Builds the network of relations (those with an object), keeping the {@code cap} actors with the most
     * relations; {@code actors} looks up the store's actors by id for their names and mentions.
     */
    static ActorNetwork of(List<StoredRelation> relations, int cap,
                           Function<Set<Long>, Map<Long, ActorSummary>> actors) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> actorIds = new HashMap<>();
        Map<String, Long> weight = new HashMap<>();
        Map<List<String>, long[]> edges = new LinkedHashMap<>(); // count, first relation, its article
        for (StoredRelation r : relations) {
            if (r.object() == null) {
                continue;
            }
            String from = key(r.subject(), r.subjectActor(), names, actorIds);
            String to = key(r.object(), r.objectActor(), names, actorIds);
            long[] e = edges.computeIfAbsent(List.of(from, r.predicate(), to), k -> new long[]{0, r.id(), r.articleId()});
            e[0]++;
            weight.merge(from, 1L, Long::sum);
            weight.merge(to, 1L, Long::sum);
        }
        List<String> kept = weight.keySet().stream()
                .sorted(Comparator.comparingLong((String k) -> -weight.get(k)).thenComparing(k -> names.get(k)))
                .limit(cap).toList();
        Set<String> keep = Set.copyOf(kept);
        Map<Long, ActorSummary> summaries = actors.apply(kept.stream().map(actorIds::get)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<Node> nodes = new ArrayList<>();
        for (String k : kept) {
            Long id = actorIds.get(k);
            ActorSummary a = id == null ? null : summaries.get(id);
            nodes.add(new Node(k, a != null ? a.name() : names.get(k), id, a == null ? null : a.type(),
                    a == null ? 0 : a.mentions(), weight.get(k)));
        }
        List<Edge> list = new ArrayList<>();
        int hidden = 0;
        for (Map.Entry<List<String>, long[]> e : edges.entrySet()) {
            List<String> k = e.getKey();
            if (keep.contains(k.get(0)) && keep.contains(k.get(2))) {
                list.add(new Edge(k.get(0), k.get(2), k.get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
            } else {
                hidden++;
            }
        }
        return new ActorNetwork(nodes, list, weight.size() - nodes.size(), hidden);
    }

    private static String key(String name, Long actor, Map<String, String> names, Map<String, Long> actorIds) {
        String key = actor != null ? "a" + actor : "n:" + ActorResolver.fold(name);
        names.putIfAbsent(key, name);
        if (actor != null) {
            actorIds.put(key, actor);
        }
        return key;
    }

    ObjectNode json(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode n = o.putArray("nodes");
        for (Node node : nodes) {
            n.addObject().put("id", node.id()).put("name", node.name()).put("actor", node.actor())
                    .put("type", node.type()).put("mentions", node.mentions()).put("relations", node.weight());
        }
        ArrayNode e = o.putArray("edges");
        for (Edge edge : edges) {
            e.addObject().put("from", edge.from()).put("to", edge.to()).put("predicate", edge.predicate())
                    .put("count", edge.count()).put("relation", edge.relation()).put("article", edge.article());
        }
        o.put("hidden_nodes", hiddenNodes).put("hidden_edges", hiddenEdges);
        return o;
    }
}
