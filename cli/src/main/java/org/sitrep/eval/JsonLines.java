package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines gold file, one record per non-blank line, as the event corpora ship. */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How one line's JSON becomes a record; {@code line} is 1-based, for messages. */
    interface LineReader<T> {
        T read(JsonNode node, Path path, int line);
    }

    private JsonLines() {
    }

    static <T> List<T> read(Path path, LineReader<T> reader) {
        List<T> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    records.add(reader.read(MAPPER.readTree(line), path, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return records;
    }
}
