package org.sitrep.resolve;

import org.sitrep.model.FatalityQualifier;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * ACLED's rule for an incident reported with several tolls: code the most conservative credible figure, and let a
 * later, higher toll supersede it. Here: the reports are grouped by the day they were published; each day's
 * figure is the lowest of its credible figures ("up to" figures are ceilings, used only when no report gives
 * another); the consolidated figure is the highest of the daily figures, so a toll that rises as bodies are
 * found replaces the first count, while a later report repeating an early, lower count does not lower it.
 */
public final class TollRule {

    /** The consolidated toll of an incident's claims. */
    public Toll consolidate(List<TollClaim> claims) {
        List<TollClaim> figures = claims.stream().filter(c -> c.figure() != null).toList();
        if (figures.isEmpty()) {
            return Toll.NONE;
        }
        List<TollClaim> credible = figures.stream().filter(c -> c.qualifier() != FatalityQualifier.UP_TO).toList();
        if (credible.isEmpty()) {
            credible = figures;
        }
        TreeMap<String, TollClaim> lowestByDay = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (TollClaim c : credible) {
            lowestByDay.merge(c.reported(), c, (x, y) -> y.figure() < x.figure() ? y : x);
        }
        TollClaim chosen = null;
        for (TollClaim day : lowestByDay.values()) {
            if (chosen == null || day.figure() > chosen.figure()) {
                chosen = day;
            }
        }
        int low = figures.stream().mapToInt(TollClaim::figure).min().orElseThrow();
        int high = figures.stream().mapToInt(TollClaim::figure).max().orElseThrow();
        return new Toll(Objects.requireNonNull(chosen).figure(), chosen.qualifier(), low, high);
    }
}
