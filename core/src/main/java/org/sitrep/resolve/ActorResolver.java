package org.sitrep.resolve;

import org.sitrep.model.EntityType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups entities of many articles into actors, by three rules applied in order:
 * <ol>
 * <li>the same normalised name and type are the same actor (case, accents, a leading "the", a possessive 's and
 *     punctuation are folded: "the Kremlin" and "Kremlin");</li>
 * <li>a name that stands for a government (a capital or seat read as a metonym: "Moscow said", "the Kremlin") is
 *     the country it stands for, as a GPE ("Russia");</li>
 * <li>a one-word PERSON name is the PERSON whose longer name ends with it ("Rutte" and "Mark Rutte"), when
 *     exactly one such longer name exists across all the entities given.</li>
 * </ol>
 * An actor's name is the longest of its names (in words, without a leading "the"), then the most frequent.
 * The result depends only on the set of entities given, not on their order.
 * <p>
 * Rule 3 is global by nature: whether "Rutte" joins "Mark Rutte" depends on every PERSON name ending in "rutte".
 * It never reaches beyond one <em>name group</em> ({@link #group}): PERSON keys by their last word, every other key
 * by itself. An actor's members all share one name group, and resolving every entity of some name groups gives
 * exactly the actors the whole set gives for those groups; so an incremental fusion resolves again only the name
 * groups that new or removed entities touch.
 */
public final class ActorResolver {

    /** The actors of the given entities, ordered by key. */
    public List<ResolvedActor> resolve(List<ActorCandidate> entities) {
        Map<Long, String> keyOf = new HashMap<>();
        Map<List<Object>, String> folded = new HashMap<>(); // a name recurs in many articles: fold it once
        for (ActorCandidate e : entities) {
            keyOf.put(e.id(), folded.computeIfAbsent(java.util.Arrays.asList(e.type(), e.name(), e.seat()),
                    x -> key(e)));
        }
        Map<String, Set<String>> longerBySurname = new HashMap<>();
        for (String k : new TreeSet<>(keyOf.values())) {
            if (k.startsWith(EntityType.PERSON + "|")) {
                String[] words = k.substring(k.indexOf('|') + 1).split(" ");
                if (words.length >= 2) {
                    longerBySurname.computeIfAbsent(words[words.length - 1], w -> new TreeSet<>()).add(k);
                }
            }
        }
        Map<String, List<ActorCandidate>> groups = new TreeMap<>();
        for (ActorCandidate e : entities) {
            String k = keyOf.get(e.id());
            if (k.startsWith(EntityType.PERSON + "|") && !k.contains(" ")) {
                Set<String> longer = longerBySurname.get(k.substring(k.indexOf('|') + 1));
                if (longer != null && longer.size() == 1) {
                    k = longer.iterator().next();
                }
            }
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        }
        List<ResolvedActor> actors = new ArrayList<>();
        groups.forEach((k, members) -> {
            EntityType type = EntityType.valueOf(k.substring(0, k.indexOf('|')));
            List<Long> ids = members.stream().map(ActorCandidate::id).sorted().toList();
            actors.add(new ResolvedActor(k, displayName(members), type, ids));
        });
        return actors;
    }

    /** The key an entity has before rule 3: its seat's as a GPE when it is a metonym, else its name's. */
    public static String key(ActorCandidate e) {
        return e.seat() != null ? key(EntityType.GPE, e.seat()) : key(e.type(), e.name());
    }

    /**
     * The name group of a key (of an entity or of an actor): {@code PERSON|rutte} for {@code PERSON|mark rutte} and
     * {@code PERSON|rutte}, the key itself for other types. Rule 3 joins keys of one group only.
     */
    public static String group(String key) {
        if (!key.startsWith(EntityType.PERSON + "|")) {
            return key;
        }
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : EntityType.PERSON + "|" + key.substring(space + 1);
    }

    /** The key of a name of a type: {@code TYPE|folded name}. */
    public static String key(EntityType type, String name) {
        return type.name() + "|" + fold(name);
    }

    /** Lower case, no accents, no leading "the", no possessive, words separated by one space. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static String displayName(List<ActorCandidate> members) {
        if (members.stream().allMatch(m -> m.seat() != null)) {
            return members.get(0).seat();
        }
        Map<String, Integer> asWritten = new HashMap<>();
        for (ActorCandidate m : members) {
            if (m.seat() == null) {
                asWritten.merge(m.name(), 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        asWritten.forEach((name, n) -> counts.merge(name.replaceFirst("^(?i)the\\s+", ""), n, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split("\\s+").length)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
