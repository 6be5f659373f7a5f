package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CASE 2021 task 2 snippets with their gold labels, from either of the task's two layouts: one TSV file
 * whose header is {@code id<TAB>EventSnippet<TAB>SubType}, or the sample pair {@code ...-input.txt}
 * ({@code id<TAB>snippet}) and {@code ...-output.txt} ({@code id<TAB>label}), given by the input's path.
 */
public final class CaseReader {

    /** The snippets of {@code path}, in file order; throws when it is in neither layout. */
    public List<CaseSnippet> read(Path path) {
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).replace("\uFEFF", "").trim().equalsIgnoreCase("id\tEventSnippet\tSubType")) {
                return readTsv(path, lines.subList(1, lines.size()));
            }
            Path labels = outputOf(path);
            if (labels == null || !Files.isRegularFile(labels)) {
                throw new IllegalArgumentException(path + " has no id/EventSnippet/SubType header and no "
                        + "-output.txt file beside it");
            }
            return readPair(path, lines, Files.readAllLines(labels, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The labels file of a sample input file ({@code x-input.txt} to {@code x-output.txt}), or null. */
    static Path outputOf(Path input) {
        String name = input.getFileName().toString();
        return name.contains("-input") ? input.resolveSibling(name.replace("-input", "-output")) : null;
    }

    private static List<CaseSnippet> readTsv(Path path, List<String> lines) {
        List<CaseSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(path + " line " + (i + 2) + " has " + f.length
                        + " fields, not id, snippet and label");
            }
            snippets.add(new CaseSnippet(f[0].trim(), f[1].trim(), f[f.length - 1].trim()));
        }
        return snippets;
    }

    private static List<CaseSnippet> readPair(Path path, List<String> inputs, List<String> outputs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : outputs) {
            String[] f = line.split("\t", -1);
            if (f.length >= 2) {
                labels.put(f[0].trim(), f[1].trim());
            }
        }
        List<CaseSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String line = inputs.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 2);
            if (f.length < 2) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + " has no tab between id and snippet");
            }
            String label = labels.get(f[0].trim());
            if (label == null) {
                throw new IllegalArgumentException("snippet " + f[0].trim() + " of " + path + " has no gold label");
            }
            snippets.add(new CaseSnippet(f[0].trim(), f[1].trim(), label));
        }
        return snippets;
    }
}
