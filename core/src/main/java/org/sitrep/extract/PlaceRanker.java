package org.sitrep.extract;

import org.sitrep.learn.RankTrainer;
import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;
import org.sitrep.places.NameMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses, among the gazetteer entries a toponym may name, the one the article means. Each entry gets a score, a
 * weighted sum of its terms ({@link PlaceRanking#FEATURES}): its size (log of its population), its kind (countries,
 * continents, capitals, a region against the city it is named after), how closely the name matched, and the
 * article's context: the countries it names or is datelined in, the regions it names (Paris with Texas named is
 * Paris, Texas), the countries and regions of its other places. The weights are data, {@value #WEIGHTS}
 * ({@code sitrep train places} learns others from gold toponyms). Thread-safe.
 */
final class PlaceRanker {
    /** The class-path resource holding the weights: one {@code feature<TAB>weight} line per feature. */
    static final String WEIGHTS = "place-ranker.tsv";
    private static final long SUPPORTED_TOWN_POPULATION = 10_000;
    private static final long SUPPORTED_ALTERNATE_POPULATION = 100_000;
    /** Exact keys of region names, computed once: keying is slow and a ranking asks for them per candidate. */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final double[] weights;

    /** A ranker with the shipped weights. */
    PlaceRanker() {
        this(PlaceRanking.shippedWeights());
    }

    /** A ranker with these weights, in the order of {@link PlaceRanking#FEATURES}. */
    PlaceRanker(double[] weights) {
        if (weights.length != PlaceRanking.FEATURES.size()) {
            throw new IllegalArgumentException("a place ranker needs " + PlaceRanking.FEATURES.size() + " weights");
        }
        this.weights = weights.clone();
    }

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
     * The ranking of the entries a name with this cue may stand for, as the article uses it at these offsets, each
     * with its qualifier or null (one sense per article: an entry has the best of each term over the mentions).
     */
    PlaceRanking rank(List<NameMatch> matches, Toponym.Cue cue, List<Integer> offsets, List<String> qualifiers,
                      Context context, RegionNames regions, boolean acronym) {
        List<IndexedPlace> candidates = new ArrayList<>(matches.size());
        List<double[]> features = new ArrayList<>(matches.size());
        for (NameMatch m : matches) {
            candidates.add(m.place());
            features.add(features(m, matches, cue, offsets, qualifiers, context, regions, acronym));
        }
        return new PlaceRanking(candidates, features);
    }

    /** The best entry of a ranking by the weights (the first of equals), or null when it has no candidate. */
    IndexedPlace best(PlaceRanking ranking) {
        int best = RankTrainer.best(ranking.features(), weights);
        return best < 0 ? null : ranking.candidates().get(best);
    }

    /** The terms of one candidate, in the order of {@link PlaceRanking#FEATURES}. */
    private static double[] features(NameMatch m, List<NameMatch> all, Toponym.Cue cue, List<Integer> offsets,
                                     List<String> qualifiers, Context context, RegionNames regions,
                                     boolean acronym) {
        IndexedPlace p = m.place();
        FeatureKind kind = p.kind();
        boolean settlement = kind == FeatureKind.CITY || kind == FeatureKind.TOWN;
        boolean namesake = (kind == FeatureKind.REGION || kind == FeatureKind.DISTRICT) && namesakeCity(p, all);
        double logPopulation = Math.log10(p.population() + 10);
        double regionNamed = 0;
        String regionName = regions.nameOf(p);
        boolean qualified = false;
        for (int i = 0; i < offsets.size(); i++) {
            if (kind != FeatureKind.REGION && regionName != null) {
                regionNamed = Math.max(regionNamed,
                        context.regionBonus(KEYS.computeIfAbsent(regionName, NameKeys::exact), offsets.get(i)));
            }
            String q = qualifiers.get(i);
            qualified |= q != null && (q.equals(p.country()) || q.equals(regionKey(p)));
        }
        double countryShare = 0;
        double regionShare = 0;
        if (context.total() > 0 && p.country() != null) {
            countryShare = (double) context.neighbours().getOrDefault(p.country(), 0) / context.total();
            String region = regionKey(p);
            regionShare = region == null ? 0 : (double) context.neighbours().getOrDefault(region, 0) / context.total();
        }
        boolean landNamed = acronym && p.country() != null && (context.inWords().contains(p.country())
                || context.neighbours().getOrDefault(p.country(), 0) > 0);
        return new double[]{
                logPopulation,
                flag(m.quality() == NameMatch.Quality.ALTERNATE),
                flag(m.quality() == NameMatch.Quality.VARIANT),
                flag(kind == FeatureKind.COUNTRY),
                flag(kind == FeatureKind.CONTINENT),
                flag(kind == FeatureKind.SEAT),
                flag(kind == FeatureKind.REGION && cue == Toponym.Cue.REGION),
                flag(kind == FeatureKind.REGION && cue != Toponym.Cue.REGION && namesake),
                flag(kind == FeatureKind.REGION && cue != Toponym.Cue.REGION && !namesake),
                flag(settlement && cue == Toponym.Cue.REGION),
                flag(settlement && p.capital()),
                kind == FeatureKind.DISTRICT ? Math.max(0, logPopulation - 3) : 0,
                flag(kind == FeatureKind.DISTRICT && namesake),
                flag(kind == FeatureKind.DISTRICT && !namesake),
                flag(cue == Toponym.Cue.SETTLEMENT && !settlement),
                flag(p.country() != null && context.countries().contains(p.country())),
                // A toponym that can only lie in this region: "Washington" in a report datelined "Camp Murray, Wash."
                // or naming Tacoma is the state, not the capital.
                flag(kind == FeatureKind.REGION && context.settledRegions().contains(regionKey(p))),
                regionNamed,
                flag(qualified),
                countryShare,
                regionShare,
                prominence(m, all),
                // An acronym names a land, not a town spelt with its letters ("EU" is not Eu, France); a country the
                // article has no other word of is unlikely (SC is South Carolina in a US report, not the Seychelles).
                flag(landNamed && (kind == FeatureKind.COUNTRY || kind == FeatureKind.REGION)),
                flag(acronym && p.country() != null && !landNamed && kind == FeatureKind.COUNTRY),
        };
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * How far a city or a town, by its own name, outgrows every other settlement or county of that name, in orders
     * of magnitude up to two; nothing when a country, a region, a
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
        return Math.max(0, Math.min(2, gap));
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
