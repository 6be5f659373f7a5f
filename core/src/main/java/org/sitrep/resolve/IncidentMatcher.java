package org.sitrep.resolve;

import org.sitrep.places.IndexedPlace;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which incident a new report tells of. Two reports are of the same incident when they come from
 * different articles, have the same ACLED event type, whole-day dates at most {@code maxDays} apart, places at
 * most {@code maxKm} apart (or, where either lacks coordinates, the same country and first-level region), and
 * compatible actors (each side unnamed in one report, or every word of the shorter name in the longer one, words
 * of five letters or more meeting by their first five, so that "Russia" meets "Russian forces" and "Ukrainian
 * troops" meets "Ukraine", but "Russia" does not meet "Ukraine"). A report joins the incident one of
 * whose reports it matches, the closest in days then in distance; an incident that already holds a report from
 * the same article is never joined, since one article's extractor already kept its events apart.
 */
public final class IncidentMatcher {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final int maxDays;
    private final double maxKm;

    /** Reports at most a day apart and 25 km apart. */
    public IncidentMatcher() {
        this(1, 25.0);
    }

    public IncidentMatcher(int maxDays, double maxKm) {
        if (maxDays < 0 || maxKm < 0) {
            throw new IllegalArgumentException("maxDays " + maxDays + " and maxKm " + maxKm + " must not be negative");
        }
        this.maxDays = maxDays;
        this.maxKm = maxKm;
    }

    /** The days either side of a report's date that a matching report may have. */
    public int maxDays() {
        return maxDays;
    }

    /**
     * The incident the report joins, by id, among candidate incidents given with their reports; empty when none
     * matches and the report starts an incident of its own.
     */
    public Optional<Long> match(IncidentReport report, Map<Long, List<IncidentReport>> incidents) {
        Long best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<Long, List<IncidentReport>> incident : incidents.entrySet()) {
            if (incident.getValue().stream().anyMatch(r -> r.articleId() == report.articleId())) {
                continue;
            }
            for (IncidentReport other : incident.getValue()) {
                if (!same(report, other)) {
                    continue;
                }
                double km = distanceKm(report, other);
                double score = days(report.date(), other.date()) * 1000.0 + (Double.isNaN(km) ? maxKm : km);
                if (score < bestScore || score == bestScore && incident.getKey() < best) {
                    best = incident.getKey();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether two reports of different articles tell of the same incident. */
    public boolean same(IncidentReport a, IncidentReport b) {
        if (a.articleId() == b.articleId() || a.type() != b.type()) {
            return false;
        }
        long days = days(a.date(), b.date());
        if (days < 0 || days > maxDays) {
            return false;
        }
        double km = distanceKm(a, b);
        if (Double.isNaN(km)) {
            if (a.country() == null || a.admin1() == null
                    || !a.country().equalsIgnoreCase(b.country()) || !a.admin1().equalsIgnoreCase(b.admin1())) {
                return false;
            }
        } else if (km > maxKm) {
            return false;
        }
        return compatible(a.actor1(), b.actor1()) && compatible(a.actor2(), b.actor2());
    }

    /** Days between two whole-day ISO dates, or -1 when either is missing or not a whole day. */
    static long days(String a, String b) {
        if (a == null || b == null || a.length() != 10 || b.length() != 10) {
            return -1;
        }
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** Great-circle distance in km, or NaN when either report lacks coordinates. */
    static double distanceKm(IncidentReport a, IncidentReport b) {
        if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return Double.NaN;
        }
        return IndexedPlace.kilometres(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Whether two actor names can name the same side: either absent, or one's words all among the other's. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        return x.size() <= y.size() ? within(x, y) : within(y, x);
    }

    /** Whether each word of {@code few} is a word of {@code many}, or shares its first five letters with one. */
    private static boolean within(Set<String> few, Set<String> many) {
        for (String w : few) {
            if (many.stream().noneMatch(m -> m.equals(w) || w.length() >= 5 && m.length() >= 5
                    && w.regionMatches(0, m, 0, 5))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        words.removeAll(ARTICLES);
        return words;
    }
}
