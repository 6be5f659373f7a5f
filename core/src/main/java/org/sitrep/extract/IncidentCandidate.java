package org.sitrep.extract;

import org.sitrep.model.EventSubtype;

import java.util.List;
import java.util.Objects;

/**
 * An incident as the rules read it, for a typer to judge: the text of the sentences reporting it, the words of
 * those sentences, what the rules make of it (their sub-type and their signals: trigger kinds, weapons, sides,
 * flags) and how sure they are.
 *
 * @param text     the sentences reporting it (at most the first three), as written
 * @param lemmas   the lower-cased lemmas of those sentences' words, in order, numbers as {@code <num>}
 * @param rule     the rules' sub-type, or null when the rules find no incident in the text
 * @param ruleConfidence how sure the rules are of it, in [0, 1]
 * @param signals  the rules' signals, such as {@code kind=CLASH}, {@code weapon=AIR}, {@code side1=STATE}
 */
public record IncidentCandidate(String text, List<String> lemmas, EventSubtype rule, double ruleConfidence,
                                List<String> signals) {
    public IncidentCandidate {
        Objects.requireNonNull(text, "text");
        lemmas = List.copyOf(lemmas);
        signals = List.copyOf(signals);
    }
}
