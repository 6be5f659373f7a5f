package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.NamedMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the name mentions of an article into one entity per actor, named by its fullest form: "Mark Rutte" and
 * "Rutte" become one person, "Organisation for the Prohibition of Chemical Weapons" and "OPCW" one
 * organisation, "US" and "United States" one country.
 */
public final class EntityGrouper {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("us", "united states"), Map.entry("u.s.", "united states"), Map.entry("usa", "united states"),
            Map.entry("u.s.a.", "united states"), Map.entry("america", "united states"),
            Map.entry("united states of america", "united states"),
            Map.entry("uk", "united kingdom"), Map.entry("u.k.", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"),
            Map.entry("eu", "european union"), Map.entry("un", "united nations"), Map.entry("u.n.", "united nations"),
            Map.entry("uae", "united arab emirates"), Map.entry("drc", "democratic republic of congo"));

    /** Groups the names of {@code doc}; entity ids are {@code E1}, {@code E2}, ... in order of first mention. */
    public List<Entity> group(AnnotatedArticle doc) {
        List<NamedMention> names = doc.names();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        // Longest names first, so that short forms find the full name they abbreviate.
        List<NamedMention> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparingInt((NamedMention m) -> -words(key(m.text())).length)
                .thenComparingInt(m -> m.span().start()));
        for (NamedMention m : ordered) {
            String key = key(m.text());
            if (key.isEmpty()) {
                continue;
            }
            Group g = byKey.get(key);
            if (g == null) {
                g = findAbbreviated(m, key, groups);
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(m, key);
            byKey.putIfAbsent(key, g);
        }
        groups.sort(Comparator.comparingInt(Group::firstStart));
        List<Entity> entities = new ArrayList<>(groups.size());
        for (Group g : groups) {
            entities.add(g.toEntity("E" + (entities.size() + 1)));
        }
        return entities;
    }

    /** The group a short form belongs to: a surname or first name of a person, or the acronym of an organisation. */
    private static Group findAbbreviated(NamedMention m, String key, List<Group> groups) {
        String[] w = words(key);
        Group best = null;
        for (Group g : groups) {
            boolean match = false;
            for (String full : g.keys.keySet()) {
                String[] fw = words(full);
                if (fw.length <= w.length) {
                    continue;
                }
                if (g.dominantType() == EntityType.PERSON && m.type() != EntityType.GPE && m.type() != EntityType.NORP
                        && (endsWith(fw, w) || startsWith(fw, w))) {
                    match = true;
                } else if (w.length == 1 && g.dominantType() != EntityType.PERSON && m.type() != EntityType.PERSON
                        && w[0].length() >= 2 && w[0].equals(initials(fw))) {
                    match = true;
                }
            }
            // Of several candidates, prefer the one named most recently before this mention.
            if (match && (best == null || g.lastStartBefore(m.span().start()) > best.lastStartBefore(m.span().start()))) {
                best = g;
            }
        }
        return best;
    }

    private static boolean endsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) {
            if (!full[full.length - part.length + i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) {
            if (!full[i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static String initials(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.equals("of") && !w.equals("the") && !w.equals("for") && !w.equals("and") && !w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    /** The matching key of a name: lower case, no possessive, no leading article, aliases resolved. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
        k = k.replaceAll("('s|')$", "").replaceFirst("^the ", "").trim();
        return ALIASES.getOrDefault(k, k);
    }

    /** Display form of a mention: without a trailing possessive or a leading "the". */
    static String display(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("(['’]s|['’])$", "").replaceFirst("^(?i:the) ", "").trim();
    }

    private static final class Group {
        final List<NamedMention> mentions = new ArrayList<>();
        final Map<String, Integer> keys = new LinkedHashMap<>();

        void add(NamedMention m, String key) {
            mentions.add(m);
            keys.merge(key, 1, Integer::sum);
        }

        int firstStart() {
            return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(0);
        }

        int lastStartBefore(int offset) {
            return mentions.stream().mapToInt(m -> m.span().start()).filter(s -> s < offset).max().orElse(-1);
        }

        EntityType dominantType() {
            Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
            for (NamedMention m : mentions) {
                counts.merge(m.type(), 1, Integer::sum);
            }
            EntityType first = mentions.get(0).type(); // the longest form breaks ties
            EntityType best = first;
            for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
                if (e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        Entity toEntity(String id) {
            NamedMention longest = mentions.get(0);
            List<Mention> sorted = mentions.stream()
                    .sorted(Comparator.comparing(NamedMention::span))
                    .map(m -> new Mention(m.span(), m.text()))
                    .toList();
            return new Entity(id, display(longest.text()), dominantType(), sorted);
        }
    }
}
