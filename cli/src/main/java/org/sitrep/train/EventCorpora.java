package org.sitrep.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.eval.CaseReader;
import org.sitrep.eval.CaseSnippet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the public labelled corpora of {@code ../shared/train} (and the project's own notes) as texts labelled
 * with ACLED sub-types, under the mappings {@link EventLabelMap} gives; a corpus's coarse label becomes the set
 * of sub-types it may stand for. Each corpus has a weight: gold in ACLED's register counts most, pseudo-labels and
 * other registers least.
 */
public final class EventCorpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    /** @param root the folder of the training corpora ({@code ../shared/train}) */
    public EventCorpora(Path root) {
        this.root = root;
    }

    /** Every corpus this class reads that is present under the root, in a fixed order. */
    public List<LabelledText> all() {
        List<LabelledText> out = new ArrayList<>();
        out.addAll(plover());
        out.addAll(ngec());
        out.addAll(satp());
        out.addAll(indiaPolice());
        out.addAll(glocon());
        out.addAll(maven());
        out.addAll(cameo());
        out.addAll(wikiEvents());
        return out;
    }

    /**
     * WikiEvents' train split, sentence by sentence: every event is annotated, so a sentence holding none of
     * conflict is a negative in a long news article's register. Its sentences are stored without their final
     * full stop, so sentence {@code i} spans its words and one token more.
     */
    List<LabelledText> wikiEvents() {
        List<LabelledText> out = new ArrayList<>();
        for (JsonNode doc : jsonLines(root.resolve("wikievents-train/train-reduced.jsonl"))) {
            List<String> sentences = new ArrayList<>();
            doc.path("sentences").forEach(t -> sentences.add(t.asText().trim()));
            int[] ends = new int[sentences.size()];
            int at = 0;
            for (int i = 0; i < ends.length; i++) {
                at += sentences.get(i).split("\\s+").length + 1;
                ends[i] = at;
            }
            List<Set<String>> types = new ArrayList<>();
            sentences.forEach(x -> types.add(new HashSet<>()));
            for (JsonNode m : doc.path("event_mentions")) {
                int token = m.path("trigger").path("start_idx").asInt();
                for (int i = 0; i < ends.length; i++) {
                    if (token < ends[i]) {
                        types.get(i).add(m.path("event_type").asText());
                        break;
                    }
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                Set<String> labels = EventLabelMap.wikiEvents(types.get(i));
                if (labels != null && sentences.get(i).split("\\s+").length >= 5) {
                    out.add(new LabelledText("wiki-" + doc.path("docid").asText() + "-" + i,
                            Detokenizer.join(List.of(sentences.get(i).split("\\s+"))) + ".", labels, 0.3,
                            "wikievents"));
                }
            }
        }
        return out;
    }

    /** The project's own notes, in CASE's TSV format: ACLED labels by their CASE names, anything else no event. */
    public static List<LabelledText> notes(Path file, double weight) {
        List<LabelledText> out = new ArrayList<>();
        for (CaseSnippet s : new CaseReader().read(file)) {
            out.add(new LabelledText(file.getFileName() + ":" + s.id(), s.text(),
                    Set.of(EventLabelMap.fromCase(s.label())), weight, "notes"));
        }
        return out;
    }

    /** PLOVER's hand-coded sentences: event and mode mapped; events without an ACLED type are negatives. */
    List<LabelledText> plover() {
        Path file = root.resolve("plover-gsr/PLOVER_GSR_CAMEO.json");
        List<LabelledText> out = new ArrayList<>();
        for (JsonNode r : json(file)) {
            if (!r.hasNonNull("text") || !r.hasNonNull("event")) {
                continue;
            }
            Set<String> labels = EventLabelMap.plover(r.get("event").asText(), r.path("mode").asText(""));
            if (!labels.isEmpty()) {
                out.add(new LabelledText(r.path("id").asText(), r.get("text").asText(), labels, 1.0, "plover"));
            }
        }
        return out;
    }

    /** NGEC's synthetic wire stories (pseudo-labels from the prompt): the headline and the lead. */
    List<LabelledText> ngec() {
        Path file = root.resolve("ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv");
        List<LabelledText> out = new ArrayList<>();
        List<Map<String, String>> rows = Csv.read(file);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String headline = row.getOrDefault("prompt", "").split("\n", 2)[0].trim();
            String text = (headline.isEmpty() ? "" : headline + ". ") + lead(row.getOrDefault("text", ""), 2);
            Set<String> labels = EventLabelMap.ngec(row.get("label"), row.get("mode"));
            if (!labels.isEmpty()) {
                out.add(new LabelledText("ngec-" + i, text, labels, 0.3, "ngec"));
            }
        }
        return out;
    }

    /** SATP incident summaries: armed assault, bombing, kidnapping (the "other" column alone is left out). */
    List<LabelledText> satp() {
        List<LabelledText> out = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            List<String> lines = lines(root.resolve("conflibert/satp/" + split + ".tsv"));
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t");
                if (f.length < 5) {
                    continue;
                }
                Set<String> labels = EventLabelMap.satp(f[1].equals("1"), f[2].equals("1"), f[3].equals("1"));
                if (!labels.isEmpty()) {
                    out.add(new LabelledText("satp-" + split + "-" + i, lead(f[0], 3), labels, 0.5, "satp"));
                }
            }
        }
        return out;
    }

    /** IndiaPoliceEvents sentences with a police action: arrests, force, killings. */
    List<LabelledText> indiaPolice() {
        List<LabelledText> out = new ArrayList<>();
        for (JsonNode r : jsonLines(root.resolve("india-police-events/sents.jsonl"))) {
            Set<String> tags = new HashSet<>();
            r.path("sent_labels").forEach(t -> tags.add(t.asText()));
            Set<String> labels = EventLabelMap.indiaPolice(tags);
            if (!labels.isEmpty()) {
                out.add(new LabelledText("ipe-" + r.path("doc_id").asText() + "-" + r.path("sent_id").asText(),
                        r.path("sent_text").asText().trim(), labels, 0.5, "india-police"));
            }
        }
        return out;
    }

    /** GLOCON's South African sentences: a protest event (any protest sub-type) or none. */
    List<LabelledText> glocon() {
        List<LabelledText> out = new ArrayList<>();
        for (JsonNode r : jsonLines(root.resolve("glocon-sample/sentences_Sabinet.jsonl"))) {
            int label = r.path("label").asInt(-1);
            if (label == 0 || label == 1) {
                out.add(new LabelledText("glocon-" + r.path("id").asText(), r.path("sentence").asText(),
                        label == 1 ? EventLabelMap.PROTESTS : Set.of(EventLabelMap.NONE), label == 1 ? 0.5 : 0.3,
                        "glocon"));
            }
        }
        return out;
    }

    /** MAVEN's Wikipedia sentences: the conflict triggers' types mapped; a sentence with none is a negative. */
    List<LabelledText> maven() {
        List<LabelledText> out = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            for (JsonNode r : json(root.resolve("maven-subsets/sentence-splits/" + split + ".json"))) {
                Set<String> types = new HashSet<>();
                r.path("events").forEach(e -> types.add(e.path("event_type").asText()));
                List<String> tokens = new ArrayList<>();
                r.path("tokens").forEach(t -> tokens.add(t.asText()));
                Set<String> labels = EventLabelMap.maven(types);
                if (labels != null) {
                    boolean none = labels.equals(Set.of(EventLabelMap.NONE));
                    out.add(new LabelledText("maven-" + r.path("id").asText(), Detokenizer.join(tokens), labels,
                            none ? 0.15 : 0.3, "maven"));
                }
            }
        }
        return out;
    }

    /** ConfliBERT's CAMEO quad-class sentences: material conflict is violence of some kind; talk is none. */
    List<LabelledText> cameo() {
        List<LabelledText> out = new ArrayList<>();
        List<String> lines = lines(root.resolve("conflibert/cameo_class/train.tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length == 2 && !f[1].isBlank()) {
                Set<String> labels = EventLabelMap.cameo(f[1].trim());
                if (!labels.isEmpty()) {
                    out.add(new LabelledText("cameo-" + i, f[0], labels, 0.3, "cameo"));
                }
            }
        }
        return out;
    }

    /** The first {@code n} sentences of a text, by a plain full-stop split. */
    static String lead(String text, int n) {
        String[] parts = text.trim().split("(?<=[.!?])\\s+", n + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, parts.length); i++) {
            out.append(i > 0 ? " " : "").append(parts[i]);
        }
        String s = out.toString();
        return s.length() > 1200 ? s.substring(0, 1200) : s;
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> json(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(file.toFile()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> jsonLines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Stream<String> lines = in.lines()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
