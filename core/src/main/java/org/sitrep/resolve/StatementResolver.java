package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups quotes of many articles into statements: quotes whose normalised text is the same are one statement
 * carried by several sources. Normalising folds case, accents, quotation marks, punctuation and white space, so
 * that {@code "We will respond," he said} in one outlet and {@code "We will respond."} in another meet.
 */
public final class StatementResolver {

    /** The statements of the given quotes, ordered by key. */
    public List<ResolvedStatement> resolve(List<StatementCandidate> quotes) {
        Map<String, List<StatementCandidate>> groups = new TreeMap<>();
        Map<String, String> keys = new java.util.HashMap<>(); // a quote carried by many outlets: fold it once
        for (StatementCandidate q : quotes) {
            groups.computeIfAbsent(keys.computeIfAbsent(q.text(), StatementResolver::key), k -> new ArrayList<>())
                    .add(q);
        }
        List<ResolvedStatement> statements = new ArrayList<>();
        groups.forEach((k, members) -> {
            List<StatementCandidate> sorted = members.stream()
                    .sorted(Comparator.comparingLong(StatementCandidate::id)).toList();
            statements.add(new ResolvedStatement(k, sorted.get(0).text(),
                    sorted.stream().map(StatementCandidate::id).toList()));
        });
        return statements;
    }

    /** The normalised text of a quote: lower case letters and digits, words separated by one space. */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
