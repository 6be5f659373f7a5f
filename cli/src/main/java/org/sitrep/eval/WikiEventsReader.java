package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads WikiEvents JSON Lines ({@code doc_id}, {@code sentences} as {@code [[[word, start, end], ...], text]},
 * {@code entity_mentions}, {@code event_mentions} with KAIROS types and argument roles) into
 * {@link EventDocument}s: each sentence's text becomes a paragraph of the body, and every trigger and argument
 * (token ranges) a span into it.
 */
public final class WikiEventsReader {
    public List<EventDocument> read(Path path) {
        return JsonLines.read(path, this::document);
    }

    EventDocument document(JsonNode doc, Path path, int line) {
        if (!doc.has("sentences") || !doc.has("event_mentions")) {
            throw new IllegalArgumentException(path + " line " + line + " is not a WikiEvents document (no sentences "
                    + "or event_mentions)");
        }
        StringBuilder text = new StringBuilder();
        List<Span> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode sentence : doc.get("sentences")) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int base = text.length();
            JsonNode toks = sentence.get(0);
            int first = toks.get(0).get(1).asInt();
            for (JsonNode t : toks) {
                tokens.add(new Span(base + t.get(1).asInt() - first, base + t.get(2).asInt() - first));
                words.add(t.get(0).asText());
            }
            text.append(sentence.get(1).asText());
        }
        Map<String, Span> entities = new HashMap<>();
        Map<String, int[]> entityTokens = new HashMap<>();
        for (JsonNode m : doc.get("entity_mentions")) {
            int s = m.get("start").asInt();
            int e = m.get("end").asInt();
            entities.put(m.get("id").asText(), new Span(tokens.get(s).start(), tokens.get(e - 1).end()));
            entityTokens.put(m.get("id").asText(), new int[]{s, e});
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode ev : doc.get("event_mentions")) {
            String type = ev.get("event_type").asText();
            JsonNode tr = ev.get("trigger");
            Span trigger = new Span(tokens.get(tr.get("start").asInt()).start(),
                    tokens.get(tr.get("end").asInt() - 1).end());
            List<GoldEventArgument> arguments = new ArrayList<>();
            Integer count = null;
            for (JsonNode a : ev.get("arguments")) {
                String role = KairosMapping.role(a.get("role").asText());
                Span span = entities.get(a.get("entity_id").asText());
                if (role == null || span == null) {
                    continue;
                }
                arguments.add(new GoldEventArgument(role, span));
                if (role.equals("victim") && count == null) {
                    count = VictimCount.of(words, entityTokens.get(a.get("entity_id").asText()));
                }
            }
            String family = KairosMapping.family(type);
            events.add(new GoldEvent(type, family, trigger, arguments, "die".equals(family) ? count : null));
        }
        return new EventDocument(doc.get("doc_id").asText(), text.toString(), events, true);
    }
}
