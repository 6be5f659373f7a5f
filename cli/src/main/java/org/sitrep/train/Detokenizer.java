package org.sitrep.train;

import java.util.List;
import java.util.Set;

/** Joins a tokenised sentence back into text: no space before closing punctuation or after opening marks. */
final class Detokenizer {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ":", ";", "!", "?", ")", "]", "'s", "n't",
            "%", "'", "''");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "``");

    private Detokenizer() {
    }

    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String t : tokens) {
            if (previous != null && !NO_SPACE_BEFORE.contains(t) && !NO_SPACE_AFTER.contains(previous)) {
                out.append(' ');
            }
            out.append(t);
            previous = t;
        }
        return out.toString();
    }
}
