package org.sitrep.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.extract.IncidentCandidate;
import org.sitrep.model.EventSubtype;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' reading of training texts kept in a JSON Lines file between training runs, so that trying another
 * setting does not annotate every text again. A text whose words changed is read again.
 */
final class CandidateCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CandidateCache() {
    }

    static Map<String, IncidentCandidate> read(Path file) throws IOException {
        Map<String, IncidentCandidate> out = new HashMap<>();
        if (file == null || !Files.exists(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode n = JSON.readTree(line);
                List<String> lemmas = new ArrayList<>();
                n.get("lemmas").forEach(l -> lemmas.add(l.asText()));
                List<String> signals = new ArrayList<>();
                n.get("signals").forEach(l -> signals.add(l.asText()));
                String rule = n.path("rule").asText(null);
                out.put(n.get("key").asText(), new IncidentCandidate(n.get("text").asText(), lemmas,
                        rule == null ? null : EventSubtype.valueOf(rule), n.get("confidence").asDouble(), signals));
            }
        }
        return out;
    }

    static void write(Path file, List<String> keys, List<IncidentCandidate> candidates) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < keys.size(); i++) {
                IncidentCandidate c = candidates.get(i);
                ObjectNode n = JSON.createObjectNode();
                n.put("key", keys.get(i));
                n.put("text", c.text());
                n.set("lemmas", JSON.valueToTree(c.lemmas()));
                n.put("rule", c.rule() == null ? null : c.rule().name());
                n.put("confidence", c.ruleConfidence());
                n.set("signals", JSON.valueToTree(c.signals()));
                out.write(JSON.writeValueAsString(n));
                out.newLine();
            }
        }
    }

    /** The key of a text: its id and its words. */
    static String key(LabelledText t) {
        return t.id() + "\u0000" + t.text();
    }
}
