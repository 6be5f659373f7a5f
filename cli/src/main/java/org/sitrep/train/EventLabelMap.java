package org.sitrep.train;

import org.sitrep.eval.CaseLabels;
import org.sitrep.model.EventSubtype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mapping of the training corpora's labels onto ACLED's sub-types, read from {@code event-labels.tsv}: each
 * corpus label (and mode) stands for a set of sub-types, or for {@link #NONE}. An empty set means "leave the text
 * out".
 */
public final class EventLabelMap {
    /** No ACLED event. */
    public static final String NONE = "NONE";
    private static final String SKIP = "SKIP";
    private static final Map<String, Set<String>> TABLE = load();

    /** Any protest sub-type. */
    public static final Set<String> PROTESTS = TABLE.get("@PROTESTS");

    private EventLabelMap() {
    }

    static Set<String> plover(String event, String mode) {
        return lookup("plover", event, mode, Set.of(NONE));
    }

    static Set<String> ngec(String label, String mode) {
        return lookup("ngec", label, mode == null ? "" : mode, Set.of(NONE));
    }

    static Set<String> satp(boolean assault, boolean bombing, boolean kidnapping) {
        Set<String> out = new TreeSet<>();
        if (assault) {
            out.addAll(lookup("satp", "assault", "", Set.of()));
        }
        if (bombing) {
            out.addAll(lookup("satp", "bombing", "", Set.of()));
        }
        if (kidnapping) {
            out.addAll(lookup("satp", "kidnapping", "", Set.of()));
        }
        return out;
    }

    static Set<String> indiaPolice(Collection<String> tags) {
        Set<String> out = new TreeSet<>();
        for (String tag : tags) {
            out.addAll(lookup("india-police", tag, "", Set.of()));
        }
        return out;
    }

    /** The sub-types of a MAVEN sentence's trigger types; null to leave it out; {@code {NONE}} when none is of conflict. */
    static Set<String> maven(Collection<String> types) {
        Set<String> out = new TreeSet<>();
        boolean unsure = false;
        for (String type : types) {
            String key = "maven\t" + type;
            if (TABLE.containsKey(key + "\t*")) {
                Set<String> mapped = TABLE.get(key + "\t*");
                unsure |= mapped.isEmpty();
                out.addAll(mapped);
            }
        }
        if (out.isEmpty()) {
            return unsure ? null : Set.of(NONE);
        }
        return out;
    }

    /** The sub-types of a WikiEvents sentence's event types, as for MAVEN; types not listed are no event. */
    static Set<String> wikiEvents(Collection<String> types) {
        Set<String> out = new TreeSet<>();
        boolean unsure = false;
        for (String type : types) {
            Set<String> mapped = TABLE.get("wikievents\t" + type + "\t*");
            if (mapped != null) {
                unsure |= mapped.isEmpty();
                out.addAll(mapped);
            }
        }
        if (out.isEmpty()) {
            return unsure ? null : Set.of(NONE);
        }
        return out;
    }

    static Set<String> cameo(String label) {
        return lookup("cameo", label, "", Set.of());
    }

    /** A CASE label (ARMED_CLASH, ...) as a sub-type name; a label of no ACLED sub-type is {@link #NONE}. */
    static String fromCase(String label) {
        for (EventSubtype s : EventSubtype.values()) {
            if (CaseLabels.label(s).equals(label)) {
                return s.name();
            }
        }
        return NONE;
    }

    private static Set<String> lookup(String corpus, String label, String mode, Set<String> otherwise) {
        Set<String> exact = TABLE.get(corpus + "\t" + label + "\t" + mode);
        if (exact != null) {
            return exact;
        }
        Set<String> any = TABLE.get(corpus + "\t" + label + "\t*");
        return any != null ? any : otherwise;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> table = new HashMap<>();
        try (InputStream in = EventLabelMap.class.getResourceAsStream("event-labels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("event-labels.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String key = f[0].startsWith("@") ? f[0] : f[0] + "\t" + f[1] + "\t" + f[2];
                table.put(key, labels(f[f.length - 1], table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static Set<String> labels(String field, Map<String, Set<String>> table) {
        Set<String> out = new LinkedHashSet<>();
        for (String label : field.split(",")) {
            label = label.trim();
            if (label.equals(SKIP)) {
                return Set.of();
            }
            if (label.startsWith("@")) {
                out.addAll(table.get(label));
            } else if (label.equals(NONE)) {
                out.add(NONE);
            } else {
                out.add(EventSubtype.valueOf(label).name()); // fails loudly on a misspelt sub-type
            }
        }
        return Set.copyOf(out);
    }
}
