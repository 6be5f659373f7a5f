package org.sitrep.extract;

import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;
import org.sitrep.places.NameMatch;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses, among the gazetteer entries a toponym may name, the one the article means. Each entry gets a score: its
 * size (log of its population), its kind (countries, continents and capitals first; a region below the city it is
 * named after, unless a region word says otherwise), how closely the name matched, and the article's context: the
 * countries it names or is datelined in, the regions it names (Paris with Texas named is Paris, Texas), the
 * countries and regions of its other places. A county or a raion ranks as a small town.
 */
final class PlaceRanker {
    /** Exact keys of region names, computed once: keying is slow and a ranking asks for them per candidate. */
    private static final double PROMINENCE_WEIGHT = 1.5;
    private static final double REGION_HOLDS_OTHERS = 2;
    private static final long SUPPORTED_TOWN_POPULATION = 10_000;
    private static final long SUPPORTED_ALTERNATE_POPULATION = 100_000;
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What the article says about where it is.
     *
     * @param countries  countries the article names, stands in by demonym, or is datelined in
     * @param inWords    those of them named otherwise than by an acronym ("SA" alone does not make an article South
     *                   African or Saudi)
     * @param settledRegions regions ("US.WA") some toponym can only lie in, whichever of its candidates it is
     * @param namedKeys  exact keys of every toponym of the article with where they stand (the dateline's at -1), to
     *                   find a candidate's region named beside it
     * @param neighbours countries and regions ("UA", "UA.21") of places already resolved, with how often they occur
     * @param total      how many places were already resolved
     */
    record Context(Set<String> countries, Set<String> inWords, Set<String> settledRegions,
                   Map<String, List<Integer>> namedKeys, Map<String, Integer> neighbours,
                   int total) {
        private static final int NEAR = 250;

        /** How much naming a region supports a place in it: much when named near the toponym, a little elsewhere. */
        double regionBonus(String regionKey, int offset) {
            List<Integer> at = namedKeys.get(regionKey);
            if (at == null) {
                return 0;
            }
            for (int o : at) {
                if (Math.abs(o - offset) <= NEAR) {
                    return 2;
                }
            }
            return 1;
        }
    }

    /**
     * The best entry for a name with this cue that the article uses at these offsets, each with its qualifier or
     * null (one sense per article: an entry scores the best it does at any of the mentions), or null when there is
     * no candidate.
     */
    IndexedPlace choose(List<NameMatch> matches, Toponym.Cue cue, List<Integer> offsets, List<String> qualifiers,
                        Context context, RegionNames regions, boolean acronym) {
        IndexedPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (NameMatch m : matches) {
            double s = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < offsets.size(); i++) {
                s = Math.max(s, score(m, matches, cue, offsets.get(i), context, regions, qualifiers.get(i)));
            }
            s += prominence(m, matches);
            if (acronym) {
                s += acronymFit(m.place(), context);
            }
            if (s > bestScore) {
                best = m.place();
                bestScore = s;
            }
        }
        return best;
    }

    private static double score(NameMatch m, List<NameMatch> all, Toponym.Cue cue, int offset, Context context,
                                RegionNames regions, String qualifier) {
        IndexedPlace p = m.place();
        double s = Math.log10(p.population() + 10);
        s += switch (m.quality()) {
            case NAME -> 0;
            case ALTERNATE -> -0.7;
            case VARIANT -> -1.5;
        };
        FeatureKind kind = p.kind();
        s += switch (kind) {
            case COUNTRY -> 4;
            case CONTINENT -> 8;
            case SEAT -> 6;
            case REGION -> cue == Toponym.Cue.REGION ? 6 : (namesakeCity(p, all) ? -2.5 : -0.5);
            case CITY, TOWN -> (cue == Toponym.Cue.REGION ? -6 : 0) + (p.capital() ? 2 : 0);
            // A county or a raion counts as a small town, whatever lives in it: below a city or a region of its name.
            case DISTRICT -> -Math.max(0, Math.log10(p.population() + 10) - 3) - (namesakeCity(p, all) ? 2.5 : 0.5);
        };
        if (cue == Toponym.Cue.SETTLEMENT && kind != FeatureKind.CITY && kind != FeatureKind.TOWN) {
            s -= 4;
        }
        if (p.country() != null && context.countries().contains(p.country())) {
            s += 2.5;
        }
        if (kind == FeatureKind.REGION && context.settledRegions().contains(regionKey(p))) {
            // A toponym that can only lie in this region: "Washington" in a report datelined "Camp Murray, Wash."
            // or naming Tacoma is the state, not the capital.
            s += REGION_HOLDS_OTHERS;
        }
        String regionName = regions.nameOf(p);
        if (kind != FeatureKind.REGION && regionName != null) {
            s += context.regionBonus(KEYS.computeIfAbsent(regionName, NameKeys::exact), offset);
        }
        if (qualifier != null && (qualifier.equals(p.country()) || qualifier.equals(regionKey(p)))) {
            s += 4;
        }
        if (context.total() > 0 && p.country() != null) {
            s += 2.0 * context.neighbours().getOrDefault(p.country(), 0) / context.total();
            String region = regionKey(p);
            if (region != null) {
                s += 1.5 * context.neighbours().getOrDefault(region, 0) / context.total();
            }
        }
        return s;
    }

    /**
     * How far a city or a town, by its own name, outgrows every other settlement or county of that name:
     * {@value #PROMINENCE_WEIGHT} per order of magnitude, up to two orders; nothing when a country, a region, a
     * continent or a seat of government bears the name too (their kinds rank them). A name borne by one large city and by small towns means the city unless the article
     * clearly says otherwise (Louisville, Kentucky, not the town in Mississippi; Portland, Oregon, not Texas): the
     * context terms, which each small namesake may collect from a region the article also names, should not
     * outweigh a hundredfold difference in size.
     */
    private static double prominence(NameMatch match, List<NameMatch> all) {
        IndexedPlace p = match.place();
        if ((p.kind() != FeatureKind.CITY && p.kind() != FeatureKind.TOWN) || match.quality() != NameMatch.Quality.NAME) {
            return 0;
        }
        long next = 0;
        for (NameMatch m : all) {
            FeatureKind kind = m.place().kind();
            if (kind != FeatureKind.CITY && kind != FeatureKind.TOWN && kind != FeatureKind.DISTRICT) {
                return 0;
            }
            if (m.place() != p) {
                next = Math.max(next, m.place().population());
            }
        }
        double gap = Math.log10((p.population() + 10.0) / (next + 10.0));
        return PROMINENCE_WEIGHT * Math.max(0, Math.min(2, gap));
    }

    /**
     * An acronym ("SA", "SC", "T&T", "WA") is read in the article's context: the countries and regions it names
     * and those of its other places. An entry of a country the article is about gains; a country the article has no
     * other word of loses the bonus its kind would give it (SC is South Carolina in a report from the United
     * States, not the Seychelles; SA is South Africa in a South African one, not Saudi Arabia).
     */
    private static double acronymFit(IndexedPlace p, Context context) {
        if (p.country() == null) {
            return 0;
        }
        boolean named = context.inWords().contains(p.country())
                || context.neighbours().getOrDefault(p.country(), 0) > 0;
        if (named) {
            // An acronym names a land, not a town that happens to be spelt with its letters ("EU" is not Eu, France).
            return p.kind() == FeatureKind.COUNTRY || p.kind() == FeatureKind.REGION ? 3 : 0;
        }
        return p.kind() == FeatureKind.COUNTRY ? -4 : 0;
    }

    /** Whether {@link #unsupported} may hold for a match whatever the article says: a region, or a small town. */
    static boolean mayBeUnsupported(NameMatch m) {
        IndexedPlace p = m.place();
        return p.kind() == FeatureKind.REGION || ((p.kind() == FeatureKind.TOWN || p.kind() == FeatureKind.CITY)
                && !p.capital() && p.population() < SUPPORTED_ALTERNATE_POPULATION);
    }

    /**
     * Whether the article gives no support to a small town it would otherwise be placed in: a town of fewer than
     * {@value #SUPPORTED_TOWN_POPULATION} people (or one matched by another name or spelling, of fewer than
     * {@value #SUPPORTED_ALTERNATE_POPULATION}) in a country the article neither names nor places any other toponym
     * in, and in a region it does not name. Such a match is far more often a capitalised word ("Atlantic", "Arab",
     * "Helmet", "State") than the town (Atlantic, Iowa; Arab, Alabama; Tõrva, once Helmet). So is a region of such
     * a country named without its generic word ("Western" for Sri Lanka's Western Province).
     */
    static boolean unsupported(NameMatch m, String name, Context context, RegionNames regions,
                               List<String> qualifiers) {
        IndexedPlace p = m.place();
        if (p.country() == null || context.countries().contains(p.country())
                || context.neighbours().getOrDefault(p.country(), 0) > 0) {
            return false;
        }
        if (p.kind() == FeatureKind.REGION) {
            // "Western" or "Gulf" for Sri Lanka's Western Province or Papua New Guinea's Gulf Province.
            // An acronym ("NSW") is a region's short name by design.
            return !Acronyms.isAcronym(name) && !NameKeys.exact(name).equals(KEYS.computeIfAbsent(p.name(),
                    NameKeys::exact));
        }
        if ((p.kind() != FeatureKind.TOWN && p.kind() != FeatureKind.CITY) || p.capital()) {
            return false;
        }
        long limit = m.quality() == NameMatch.Quality.NAME ? SUPPORTED_TOWN_POPULATION : SUPPORTED_ALTERNATE_POPULATION;
        if (p.population() >= limit) {
            return false;
        }
        String region = regions.nameOf(p);
        if (region != null && context.namedKeys().containsKey(KEYS.computeIfAbsent(region, NameKeys::exact))) {
            return false;
        }
        return qualifiers.stream().noneMatch(q -> q != null && (q.equals(p.country()) || q.equals(regionKey(p))));
    }

    /** "UA.21" for a place in Sumy oblast, or null. */
    static String regionKey(IndexedPlace p) {
        return p.country() == null || p.admin1() == null ? null : p.country() + "." + p.admin1();
    }

    /**
     * Whether a region (or a county, a raion) is named after a city that is also a candidate and lies in it: Sumy
     * oblast and the city of Sumy.
     */
    private static boolean namesakeCity(IndexedPlace region, List<NameMatch> all) {
        for (NameMatch m : all) {
            IndexedPlace c = m.place();
            if ((c.kind() == FeatureKind.CITY || c.kind() == FeatureKind.TOWN)
                    && java.util.Objects.equals(region.country(), c.country())
                    && region.admin1() != null && region.admin1().equals(c.admin1())) {
                return true;
            }
        }
        return false;
    }

    /** The names of first-level regions, for the ranker and the output. */
    interface RegionNames {
        /** The name of the region a place lies in (itself, for a region), or null. */
        String nameOf(IndexedPlace p);
    }
}
