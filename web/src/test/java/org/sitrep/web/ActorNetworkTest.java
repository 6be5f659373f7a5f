package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.StoredRelation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorNetworkTest {
    private static long ids;

    private static StoredRelation r(String subject, Long subjectActor, String predicate, String object, Long objectActor) {
        long id = ++ids;
        return new StoredRelation(id, 10 + id, subject, subjectActor, null, predicate, object, objectActor, null, null,
                null, null, "evidence", 0, 5, "src", null);
    }

    @Test
    void relationsAggregateIntoCountedTypedEdgesBetweenTheMostConnectedActors() {
        List<StoredRelation> rs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rs.add(r("Iran", 1L, "supplies", "Russia", 2L));
        }
        rs.add(r("Russia", 2L, "attacks", "Ukraine", 3L));
        rs.add(r("the Kremlin", 2L, "accuses", "Ukraine", 3L));
        rs.add(r("a farmer", null, "accuses", "Ukraine", 3L));
        rs.add(r("Russia", 2L, "supplies", null, null)); // no object: not an edge
        ActorNetwork net = ActorNetwork.of(rs, 3, ids -> Map.of(
                1L, new ActorSummary(1, "Iran", "GPE", 5, 9, 0, 0, 3),
                2L, new ActorSummary(2, "Russia", "GPE", 9, 40, 0, 0, 6),
                3L, new ActorSummary(3, "Ukraine", "GPE", 8, 30, 0, 0, 3)));
        JsonNode json = net.json(new ObjectMapper());
        assertEquals(3, json.get("nodes").size());
        assertEquals("Russia", json.at("/nodes/0/name").asText(), "the most connected first, by its actor's name");
        assertEquals(40, json.at("/nodes/0/mentions").asInt());
        assertEquals(1, json.get("hidden_nodes").asInt(), "the farmer");
        assertEquals(1, json.get("hidden_edges").asInt());
        JsonNode supplies = json.at("/edges/0");
        assertEquals("a1", supplies.get("from").asText());
        assertEquals("a2", supplies.get("to").asText());
        assertEquals("supplies", supplies.get("predicate").asText());
        assertEquals(3, supplies.get("count").asInt());
        assertEquals(3, json.get("edges").size(), "supplies, attacks and accuses (the Kremlin is Russia's actor)");
    }
}
