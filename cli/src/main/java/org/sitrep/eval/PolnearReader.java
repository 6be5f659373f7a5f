package org.sitrep.eval;

import org.sitrep.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads PolNeAR's brat standoff files: a folder with {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann},
 * where text-bound annotations {@code Source}, {@code Cue} and {@code Content} (offsets {@code start end}, fragments
 * separated by {@code ;}) are joined by {@code Attribution} or {@code Attribution-no-source} events. An article
 * annotated by several annotators is read once, with the first annotator's file in name order. Publication dates
 * come from {@code polnear-metadata.tsv} in the folder or beside it, when there is one.
 */
public final class PolnearReader {

    private static final Pattern ANNOTATOR = Pattern.compile("^(.*)_[0-9a-f]{4}\\.ann$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OFFSETS = Pattern.compile("\\d+ \\d+(;\\d+ \\d+)*");

    /** Reads every article of a PolNeAR folder, in file name order. */
    public List<PolnearDocument> readFolder(Path dir) {
        Path texts = dir.resolve("text");
        Path annotations = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            throw new IllegalArgumentException(dir + " has no text/ and attributions/ folders");
        }
        Map<String, Path> firstAnnotation = new LinkedHashMap<>();
        for (Path ann : list(annotations)) {
            Matcher m = ANNOTATOR.matcher(ann.getFileName().toString());
            String base = m.matches() ? m.group(1) : ann.getFileName().toString().replaceFirst("\\.ann$", "");
            firstAnnotation.putIfAbsent(base, ann);
        }
        Map<String, LocalDate> dates = dates(dir);
        List<PolnearDocument> documents = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            Path text = texts.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(text)) {
                throw new IllegalArgumentException(e.getValue() + " has no text file " + text);
            }
            documents.add(read(text.toString(), readString(text), e.getValue().toString(), readString(e.getValue()),
                    dates.get(e.getKey())));
        }
        return documents;
    }

    /** Reads one article from its text and the content of its {@code .ann} file; names are for messages. */
    public PolnearDocument read(String textName, String text, String annName, String ann, LocalDate published) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (line.startsWith("T")) {
                if (fields.length < 2) {
                    throw new IllegalArgumentException(annName + ":" + (n + 1) + ": text-bound annotation without"
                            + " type and offsets: " + line);
                }
                int space = fields[1].indexOf(' ');
                String offsets = space < 0 ? "" : fields[1].substring(space + 1);
                if (!OFFSETS.matcher(offsets).matches()) {
                    throw new IllegalArgumentException(annName + ":" + (n + 1) + ": bad offsets '" + offsets + "'");
                }
                List<Span> fragments = new ArrayList<>();
                for (String part : offsets.split(";")) {
                    String[] se = part.split(" ");
                    Span s = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                    if (s.end() > text.length()) {
                        throw new IllegalArgumentException(annName + ":" + (n + 1) + ": span end " + s.end()
                                + " is past the length " + text.length() + " of " + textName);
                    }
                    fragments.add(s);
                }
                spans.put(fields[0], fragments);
            } else if (line.startsWith("E") && fields.length >= 2) {
                events.add(fields[1].trim().split("\\s+"));
            }
        }
        List<GoldAttribution> gold = new ArrayList<>();
        for (String[] args : events) {
            if (!args[0].startsWith("Attribution")) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                int colon = args[i].indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = args[i].substring(0, colon);
                List<Span> target = spans.getOrDefault(args[i].substring(colon + 1), List.of());
                if (role.startsWith("Content")) {
                    content.addAll(target);
                } else if (role.startsWith("Source")) {
                    source.addAll(target);
                } else if (role.startsWith("Cue")) {
                    cue.addAll(target);
                }
            }
            if (content.isEmpty()) {
                continue; // an attribution whose content was never marked cannot be scored
            }
            content.sort(Span::compareTo);
            source.sort(Span::compareTo);
            cue.sort(Span::compareTo);
            gold.add(new GoldAttribution(content, source, cue));
        }
        gold.sort(Comparator.comparing(GoldAttribution::extent));
        return new PolnearDocument(textName, text, published, gold);
    }

    /** Publication dates by article name, from {@code polnear-metadata.tsv} in {@code dir} or its parent. */
    private static Map<String, LocalDate> dates(Path dir) {
        Map<String, LocalDate> dates = new HashMap<>();
        Path parent = dir.toAbsolutePath().getParent();
        for (Path tsv : parent == null ? List.of(dir.resolve("polnear-metadata.tsv"))
                : List.of(dir.resolve("polnear-metadata.tsv"), parent.resolve("polnear-metadata.tsv"))) {
            if (!Files.isRegularFile(tsv)) {
                continue;
            }
            List<String> rows = readString(tsv).lines().toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<String> header = List.of(rows.get(0).split("\t"));
            int name = header.indexOf("filename");
            int date = header.indexOf("publication_date");
            if (name < 0 || date < 0) {
                continue;
            }
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t");
                if (f.length > Math.max(name, date) && ISO_DATE.matcher(f[date]).matches()) {
                    dates.putIfAbsent(f[name], LocalDate.parse(f[date]));
                }
            }
            break;
        }
        return dates;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
