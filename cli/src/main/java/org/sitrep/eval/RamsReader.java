package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RAMS JSON Lines ({@code doc_key}, {@code sentences} as token lists, {@code evt_triggers},
 * {@code gold_evt_links} with roles such as {@code evt089arg01victim}) into {@link EventDocument}s: tokens joined
 * by spaces, sentences by blank lines. RAMS annotates one event per window, so the documents are incomplete.
 */
public final class RamsReader {
    public List<EventDocument> read(Path path) {
        return JsonLines.read(path, this::document);
    }

    EventDocument document(JsonNode doc, Path path, int line) {
        if (!doc.has("sentences") || !doc.has("evt_triggers") || !doc.has("gold_evt_links")) {
            throw new IllegalArgumentException(path + " line " + line + " is not a RAMS document (no sentences, "
                    + "evt_triggers or gold_evt_links)");
        }
        StringBuilder text = new StringBuilder();
        List<Span> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (JsonNode sentence : doc.get("sentences")) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            boolean first = true;
            for (JsonNode t : sentence) {
                if (!first) {
                    text.append(' ');
                }
                first = false;
                int start = text.length();
                text.append(t.asText());
                tokens.add(new Span(start, text.length()));
                words.add(t.asText());
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode trig : doc.get("evt_triggers")) {
            Span trigger = span(tokens, trig.get(0).asInt(), trig.get(1).asInt());
            String type = trig.get(2).get(0).get(0).asText();
            List<GoldEventArgument> arguments = new ArrayList<>();
            Integer count = null;
            for (JsonNode link : doc.get("gold_evt_links")) {
                if (link.get(0).get(0).asInt() != trig.get(0).asInt()) {
                    continue;
                }
                String role = KairosMapping.role(link.get(2).asText().replaceFirst("^evt\\d+arg\\d+", ""));
                if (role == null) {
                    continue;
                }
                int s = link.get(1).get(0).asInt();
                int e = link.get(1).get(1).asInt();
                arguments.add(new GoldEventArgument(role, span(tokens, s, e)));
                if (role.equals("victim") && count == null) {
                    count = VictimCount.of(words, new int[]{s, e + 1});
                }
            }
            String family = KairosMapping.family(type);
            events.add(new GoldEvent(type, family, trigger, arguments, "die".equals(family) ? count : null));
        }
        return new EventDocument(doc.get("doc_key").asText(), text.toString(), events, false);
    }

    /** The span of the inclusive token range {@code [s, e]}. */
    private static Span span(List<Span> tokens, int s, int e) {
        return new Span(tokens.get(s).start(), tokens.get(e).end());
    }
}
