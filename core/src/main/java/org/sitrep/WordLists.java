package org.sitrep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the word lists of the rules and guards from the classpath ({@code org/sitrep/words/}), each file once.
 * A set is {@code NAME.txt}, one entry per line; a map is {@code NAME.tsv}, one {@code word<TAB>value} per line
 * (more tabs may align the values). Blank lines and lines opening with {@code #} are skipped; entries are taken
 * as written, without case folding. A missing file, a duplicate entry or a malformed line fails loudly, naming the
 * file and the line.
 */
public final class WordLists {
    private static final String FOLDER = "words/";
    private static final Map<String, Set<String>> SETS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> MAPS = new ConcurrentHashMap<>();

    private WordLists() {
    }

    /** The words of {@code words/NAME.txt}, as an unmodifiable set. */
    public static Set<String> set(String name) {
        return SETS.computeIfAbsent(name, WordLists::readSet);
    }

    /** The entries of {@code words/NAME.tsv}, as an unmodifiable map from word to value. */
    public static Map<String, String> map(String name) {
        return MAPS.computeIfAbsent(name, WordLists::readMap);
    }

    /**
     * The entries of {@code words/NAME.tsv} with their values turned by {@code value} (an enum's
     * {@code valueOf}, say); a value it rejects fails naming the file and the word.
     */
    public static <V> Map<String, V> map(String name, Function<String, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : map(name).entrySet()) {
            try {
                out.put(e.getKey(), value.apply(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException("word list " + FOLDER + name + ".tsv: bad value '" + e.getValue()
                        + "' for '" + e.getKey() + "'", ex);
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> readSet(String name) {
        String file = name + ".txt";
        Set<String> words = new LinkedHashSet<>();
        int n = 0;
        for (String line : lines(file)) {
            n++;
            String entry = entry(line);
            if (entry != null && !words.add(entry)) {
                throw new IllegalStateException("word list " + FOLDER + file + " line " + n + ": '" + entry
                        + "' is listed twice");
            }
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> readMap(String name) {
        String file = name + ".tsv";
        Map<String, String> entries = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines(file)) {
            n++;
            String entry = entry(line);
            if (entry == null) {
                continue;
            }
            String[] parts = entry.split("\t+");
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalStateException("word list " + FOLDER + file + " line " + n
                        + ": expected word<TAB>value, found '" + line + "'");
            }
            if (entries.put(parts[0].strip(), parts[1].strip()) != null) {
                throw new IllegalStateException("word list " + FOLDER + file + " line " + n + ": '"
                        + parts[0] + "' is listed twice");
            }
        }
        return Map.copyOf(entries);
    }

    /** The entry a line holds, or null for a blank or comment line. */
    private static String entry(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#") ? null : s;
    }

    private static Iterable<String> lines(String file) {
        try (InputStream in = WordLists.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("word list " + FOLDER + file
                        + " is missing from the classpath (next to " + WordLists.class.getName() + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("word list " + FOLDER + file + " could not be read", e);
        }
    }
}
