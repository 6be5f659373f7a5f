package org.sitrep.annotate;

import org.sitrep.model.EntityType;
import org.sitrep.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Names Sitrep knows and what they name: countries, cities, regions, seas, nationalities, groups, organisations,
 * people and events, read from {@code gazetteer.txt} beside this class. Look-ups are hash look-ups on the words of
 * a token range as written ({@link #words}): exact, or ignoring case for text set in capitals.
 */
final class Gazetteer {

    /** What a known name names. */
    enum Kind {
        COUNTRY(NameClass.LOCATION, EntityType.GPE, true),
        REGION(NameClass.LOCATION, EntityType.GPE, false),
        CITY(NameClass.LOCATION, EntityType.GPE, false),
        PLACE(NameClass.LOCATION, EntityType.LOC, true),
        NATIONALITY(NameClass.MISC, EntityType.NORP, true),
        GROUP(NameClass.MISC, EntityType.NORP, true),
        ORG(NameClass.ORG, EntityType.ORG, true),
        PERSON(NameClass.PERSON, EntityType.PERSON, true),
        MISC(NameClass.MISC, EntityType.MISC, true);

        final NameClass nameClass;
        final EntityType type;
        /** Whether the name is unambiguous enough to overrule the recogniser's class for it. */
        final boolean overrules;

        Kind(NameClass nameClass, EntityType type, boolean overrules) {
            this.nameClass = nameClass;
            this.type = type;
            this.overrules = overrules;
        }
    }

    private static final String RESOURCE = "gazetteer.txt";
    /** Acronyms that are also English words: in a headline set in capitals, "WHO" and "US" are the words. */
    private static final Set<String> WORDS_IN_CAPITALS = Set.of("WHO", "US", "IT", "IS", "AM", "AN", "AS", "AT", "BE",
            "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "WE", "AID",
            "ALL", "ARM", "CAN", "MAY", "WAR");

    private final Map<String, Kind> exact;
    private final Map<String, Kind> ignoringCase;
    private final int maxTokens;

    /** A gazetteer of the given names (words separated by single spaces); the first kind given a name wins. */
    Gazetteer(Map<String, Kind> names) {
        Map<String, Kind> e = new HashMap<>();
        Map<String, Kind> i = new HashMap<>();
        int max = 0;
        for (Map.Entry<String, Kind> n : names.entrySet()) {
            String name = n.getKey();
            e.putIfAbsent(name, n.getValue());
            // Acronyms ("WHO", "US") are looked up exactly only: in a headline set in capitals they are words.
            if (!Casing.isAllCaps(name)) {
                i.putIfAbsent(name.toLowerCase(Locale.ROOT), n.getValue());
            }
            max = Math.max(max, mostTokens(name));
        }
        this.exact = Map.copyOf(e);
        this.ignoringCase = Map.copyOf(i);
        this.maxTokens = max;
    }

    /** The gazetteer shipped with Sitrep. */
    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "resource " + RESOURCE + " is missing from the class path");
            return new Gazetteer(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /** Reads the gazetteer format: {@code [section]} lines naming a {@link Kind}, then one name a line. */
    static Map<String, Kind> parse(BufferedReader in) throws IOException {
        Map<String, Kind> names = new LinkedHashMap<>();
        Kind kind = null;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (name.startsWith("[") && name.endsWith("]")) {
                String section = name.substring(1, name.length() - 1).toUpperCase(Locale.ROOT);
                try {
                    kind = Kind.valueOf(section);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": unknown section " + name, e);
                }
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": name '" + name
                        + "' before any [section]");
            }
            names.putIfAbsent(name.replaceAll("\\s+", " "), kind);
        }
        return names;
    }

    /** The most tokens a known name has. */
    int maxTokens() {
        return maxTokens;
    }

    /**
     * What the words of tokens {@code [first, end)} name, if the gazetteer knows them: written exactly so, or, when
     * {@code inCapitals}, in any case (but acronyms only as written, and not those that are also words).
     */
    Optional<Kind> find(List<Token> tokens, int first, int end, boolean inCapitals) {
        if (end - first > maxTokens) {
            return Optional.empty();
        }
        String key = words(tokens, first, end);
        if (inCapitals && WORDS_IN_CAPITALS.contains(key)) {
            return Optional.empty();
        }
        Kind kind = exact.get(key);
        if (kind == null && inCapitals) {
            kind = ignoringCase.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(kind);
    }

    /** What {@code name} names, if the gazetteer knows it written so. */
    Optional<Kind> find(String name) {
        return Optional.ofNullable(exact.get(name));
    }

    /**
     * The words of tokens {@code [first, end)} as written: separated by a space where the body has space between
     * them, joined where it has none, so that "al-Qaeda" reads the same whether the tokenizer split it at the
     * hyphens or not.
     */
    static String words(List<Token> tokens, int first, int end) {
        if (end - first == 1) {
            return tokens.get(first).word();
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first && tokens.get(i).span().start() > tokens.get(i - 1).span().end()) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    /** The most tokens a name can be split into: one per word, and two more per hyphen. */
    private static int mostTokens(String name) {
        int tokens = name.split(" ").length;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '-') {
                tokens += 2;
            }
        }
        return tokens;
    }
}
