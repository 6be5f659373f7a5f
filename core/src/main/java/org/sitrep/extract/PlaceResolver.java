package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;
import org.sitrep.places.NameMatch;
import org.sitrep.places.PlaceIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Resolves the toponyms of an article to places of the gazetteer: each name to the entry its context points to
 * ({@link PlaceRanker}), demonyms to their country, "the border region" to the region last named or holding the
 * place last named ("the strike on Sumy ... in the border region": Sumy oblast), and capitals and
 * seats of government that stand for a government ({@link MetonymyReader}) to their country, as metonyms. A name the
 * gazetteer does not know becomes a place without coordinates. Two passes: the second weighs each candidate by the
 * countries and regions the first pass found for the other toponyms.
 */
public final class PlaceResolver {
    /** "Ga.", "Calif.", "N.C.", "TX": how a region is abbreviated after a place's name. */
    private static final java.util.regex.Pattern ABBREVIATION =
            java.util.regex.Pattern.compile("[A-Z][a-z]{0,5}\\.|(?:[A-Z]\\.){2,3}|[A-Z]{2}");
    /** "Wash.", "Ga.", "B.C.": an abbreviation written with dots. */
    private static final java.util.regex.Pattern DOTTED_ABBREVIATION =
            java.util.regex.Pattern.compile("[A-Z][a-z]{1,5}\\.|(?:[A-Z]\\.){2,3}");
    private static final int CONTAINED_TOWN_POPULATION = 10_000;
    private static final BiConsumer<Span, PlaceRanking> IGNORED = (span, ranking) -> { };
    private final PlaceIndex index;
    private final ToponymFinder finder;
    private final MetonymyReader metonymy = new MetonymyReader();
    private final PlaceRanker ranker = new PlaceRanker();
    private final PlaceRanker.RegionNames regions;
    private final Acronyms acronyms;

    public PlaceResolver(PlaceIndex index) {
        this.index = index;
        this.finder = new ToponymFinder(index);
        this.acronyms = new Acronyms(index);
        this.regions = p -> p.kind() == FeatureKind.REGION ? p.name() : p.country() == null || p.admin1() == null
                ? null : index.findRegion(p.country(), p.admin1()).map(IndexedPlace::name).orElse(null);
    }

    /** The places of an article: its place, demonym and seat mentions and its region phrases, in body order. */
    public List<Place> resolve(AnnotatedArticle doc, List<Entity> entities) {
        return place(doc, finder.find(doc, entities), IGNORED);
    }

    /** One place for each given span (the toponyms of gold data), in body order. */
    public List<Place> resolveSpans(AnnotatedArticle doc, List<Span> spans) {
        return place(doc, cued(doc, spans), IGNORED);
    }

    /**
     * How the ranker weighs the candidates of each given span, as {@link #resolveSpans} ranks them: first with the
     * article's words alone, then (for a name with several candidates) with the other places known; for training
     * its weights. A span without candidates has no ranking.
     */
    public Map<Span, List<PlaceRanking>> rankSpans(AnnotatedArticle doc, List<Span> spans) {
        Map<Span, List<PlaceRanking>> out = new HashMap<>();
        place(doc, cued(doc, spans), (span, ranking) -> out.computeIfAbsent(span, k -> new ArrayList<>()).add(ranking));
        return out;
    }

    private List<Toponym> cued(AnnotatedArticle doc, List<Span> spans) {
        List<Toponym> toponyms = new ArrayList<>(spans.size());
        spans.stream().sorted().forEach(s -> toponyms.add(finder.cue(doc, s)));
        return toponyms;
    }

    private List<Place> place(AnnotatedArticle doc, List<Toponym> toponyms,
                              BiConsumer<Span, PlaceRanking> rankings) {
        String text = doc.text();
        int n = toponyms.size();
        List<List<NameMatch>> matches = new ArrayList<>(n);
        for (Toponym t : toponyms) {
            boolean lookedUp = t.cue() != Toponym.Cue.DEMONYM && t.cue() != Toponym.Cue.BACK_REFERENCE;
            matches.add(lookedUp ? acronyms.withCountries(t.name().of(text), index.find(lookupText(t.name().of(text))))
                    : List.of());
        }
        readAbbreviatedRegions(text, toponyms, matches);
        Set<String> countries = new HashSet<>();
        Map<String, List<Integer>> namedKeys = new HashMap<>();
        readDateline(doc.article().dateline(), countries, namedKeys);
        Set<String> dateline = Set.copyOf(countries);
        readRegionAbbreviations(text, toponyms, matches, dateline);
        Set<String> inWords = new HashSet<>();
        readContainedNames(doc, toponyms, matches, countries);
        for (int i = 0; i < n; i++) {
            Toponym t = toponyms.get(i);
            String name = t.name().of(text);
            namedKeys.computeIfAbsent(NameKeys.exact(lookupText(name)), k -> new ArrayList<>()).add(t.span().start());
            if (t.cue() == Toponym.Cue.DEMONYM) {
                Demonyms.place(index, name).map(IndexedPlace::country).ifPresent(c -> {
                    countries.add(c);
                    inWords.add(c);
                });
            }
            if (Acronyms.isAcronym(name)) {
                // "US" names the United States, not also the Virgin Islands; "SA" names no country by itself.
                matches.get(i).stream().map(NameMatch::place).filter(p -> p.kind() == FeatureKind.COUNTRY)
                        .max(java.util.Comparator.comparingLong(IndexedPlace::population))
                        .ifPresent(p -> countries.add(p.country()));
                continue;
            }
            for (NameMatch m : matches.get(i)) {
                if (m.place().kind() == FeatureKind.COUNTRY && m.quality() != NameMatch.Quality.VARIANT) {
                    countries.add(m.place().country());
                    inWords.add(m.place().country());
                }
            }
        }
        inWords.addAll(dateline);
        Set<String> settled = settledRegions(matches);
        // One sense per article: the mentions of one name with one cue resolve together.
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Toponym t = toponyms.get(i);
            groups.computeIfAbsent(t.cue() + "|" + NameKeys.exact(lookupText(t.name().of(text))),
                    k -> new ArrayList<>()).add(i);
        }
        PlaceRanker.Context first = new PlaceRanker.Context(countries, inWords, settled, namedKeys, Map.of(), 0);
        IndexedPlace[] chosen = new IndexedPlace[n];
        for (List<Integer> group : groups.values()) {
            choose(text, toponyms, matches, group, first, null, chosen, rankings);
        }
        Map<String, Integer> neighbours = new HashMap<>();
        int total = count(chosen, neighbours, 1, List.of());
        IndexedPlace[] firstPass = chosen.clone();
        for (List<Integer> group : groups.values()) {
            List<NameMatch> candidates = matches.get(group.get(0));
            if (candidates.size() > 1 || (candidates.size() == 1 && PlaceRanker.mayBeUnsupported(candidates.get(0)))) {
                Map<String, Integer> others = new HashMap<>(neighbours);
                int othersTotal = total + count(firstPass, others, -1, group);
                choose(text, toponyms, matches, group, new PlaceRanker.Context(countries, inWords, settled, namedKeys, others,
                                othersTotal),
                        firstPass, chosen, rankings);
            }
        }
        List<Place> places = new ArrayList<>(n);
        IndexedPlace lastRegion = null;
        for (int i = 0; i < n; i++) {
            Place p = toPlace(doc, toponyms.get(i), chosen[i], lastRegion);
            if (p != null) {
                places.add(p);
                if (!p.metonymy() && chosen[i] != null && toponyms.get(i).cue() != Toponym.Cue.BACK_REFERENCE) {
                    lastRegion = regionOf(chosen[i], lastRegion);
                }
            }
        }
        return places;
    }

    /**
     * The regions ("US.WA") that some toponym of the article lies in or names whatever it turns out to be: one all of
     * whose candidates lie in one region ("Wash.", "Tacoma").
     */
    private static Set<String> settledRegions(List<List<NameMatch>> matches) {
        Set<String> settled = new HashSet<>();
        for (List<NameMatch> candidates : matches) {
            String region = null;
            for (NameMatch m : candidates) {
                String r = PlaceRanker.regionKey(m.place());
                if (r == null || (region != null && !region.equals(r))) {
                    region = null;
                    break;
                }
                region = r;
            }
            if (region != null) {
                settled.add(region);
            }
        }
        return settled;
    }

    /** The region a place is or lies in; {@code otherwise} for a country or a continent. */
    private IndexedPlace regionOf(IndexedPlace p, IndexedPlace otherwise) {
        return switch (p.kind()) {
            case REGION -> p;
            case CITY, TOWN, DISTRICT -> index.findRegion(p.country(), p.admin1()).orElse(otherwise);
            default -> otherwise;
        };
    }

    private Place toPlace(AnnotatedArticle doc, Toponym t, IndexedPlace chosen, IndexedPlace lastRegion) {
        Span span = t.span();
        String text = span.of(doc.text());
        switch (t.cue()) {
            case BACK_REFERENCE:
                return lastRegion == null ? null : of(span, text, lastRegion, false);
            case DEMONYM:
                return Demonyms.place(index, t.name().of(doc.text())).map(p -> of(span, text, p, false))
                        .orElseGet(() -> Place.unknown(span, text));
            default:
                if (chosen == null || isCommonNoun(doc, t, chosen) || isAcronymOfNoPlace(text, chosen)) {
                    return Place.unknown(span, text);
                }
                if (chosen.kind() == FeatureKind.SEAT
                        || (chosen.capital() && metonymy.standsForGovernment(doc, t.name()))) {
                    return metonym(span, text, chosen);
                }
                return of(span, text, chosen, false);
        }
    }

    /** A name standing for the government of the country: the country, placed at the seat. */
    private Place metonym(Span span, String text, IndexedPlace seat) {
        String countryName = index.findCountry(seat.country()).map(IndexedPlace::name).orElse(seat.country());
        return new Place(span, text, countryName, PlaceKind.COUNTRY, seat.country(), null, (double) seat.lat(),
                (double) seat.lon(), seat.findGeonameId().orElse(null), true);
    }

    private Place of(Span span, String text, IndexedPlace p, boolean metonym) {
        PlaceKind kind = switch (p.kind()) {
            case COUNTRY, SEAT -> PlaceKind.COUNTRY;
            case REGION -> PlaceKind.REGION;
            case CITY -> PlaceKind.CITY;
            case TOWN -> PlaceKind.TOWN;
            case CONTINENT -> PlaceKind.CONTINENT;
            case DISTRICT -> PlaceKind.OTHER;
        };
        String admin1 = p.kind() == FeatureKind.COUNTRY ? null : regions.nameOf(p);
        return new Place(span, text, p.name(), kind, p.country(), admin1, (double) p.lat(), (double) p.lon(),
                p.findGeonameId().orElse(null), metonym);
    }

    /** Chooses one entry for a group of mentions, qualified by the first-pass choices when given. */
    private void choose(String text, List<Toponym> toponyms, List<List<NameMatch>> matches, List<Integer> group,
                        PlaceRanker.Context context, IndexedPlace[] qualifiedBy, IndexedPlace[] chosen,
                        BiConsumer<Span, PlaceRanking> rankings) {
        List<Integer> offsets = new ArrayList<>(group.size());
        List<String> qualifiers = new ArrayList<>(group.size());
        for (int i : group) {
            offsets.add(toponyms.get(i).span().start());
            qualifiers.add(qualifiedBy == null ? null : qualifier(text, toponyms, qualifiedBy, i));
        }
        Toponym t = toponyms.get(group.get(0));
        List<NameMatch> candidates = matches.get(group.get(0));
        PlaceRanking ranking = ranker.rank(candidates, t.cue(), offsets, qualifiers, context, regions,
                Acronyms.isAcronym(t.name().of(text)));
        if (!candidates.isEmpty()) {
            group.forEach(i -> rankings.accept(toponyms.get(i).span(), ranking));
        }
        IndexedPlace best = ranker.best(ranking);
        if (qualifiedBy != null && best != null) {
            // Known only after the first pass: whether the article supports a small town at all.
            IndexedPlace picked = best;
            NameMatch match = candidates.stream().filter(m -> m.place() == picked).findFirst().orElseThrow();
            if (PlaceRanker.unsupported(match, lookupText(t.name().of(text)), context, regions, qualifiers)) {
                best = null;
            }
        }
        for (int i : group) {
            chosen[i] = best;
        }
    }

    /**
     * Adds {@code sign} for the country and the region of each chosen entry (of the mentions in {@code only}, or of
     * all when it is empty) to {@code counts}; returns how many entries counted, times {@code sign}.
     */
    private static int count(IndexedPlace[] chosen, Map<String, Integer> counts, int sign, List<Integer> only) {
        int total = 0;
        for (int i = 0; i < chosen.length; i++) {
            IndexedPlace p = chosen[i];
            if (p == null || p.country() == null || (!only.isEmpty() && !only.contains(i))) {
                continue;
            }
            counts.merge(p.country(), sign, Integer::sum);
            String region = PlaceRanker.regionKey(p);
            if (region != null) {
                counts.merge(region, sign, Integer::sum);
            }
            total += sign;
        }
        return total;
    }

    /** The country or region named right after a toponym and a comma ("Paris, Texas"), as "US.TX" or "UA". */
    private static String qualifier(String text, List<Toponym> toponyms, IndexedPlace[] chosen, int i) {
        if (i + 1 >= toponyms.size() || chosen[i + 1] == null) {
            return null;
        }
        int end = toponyms.get(i).span().end();
        int next = toponyms.get(i + 1).span().start();
        if (next <= end || !text.substring(end, next).trim().equals(",")) {
            return null;
        }
        IndexedPlace q = chosen[i + 1];
        return q.kind() == FeatureKind.COUNTRY ? q.country() : q.kind() == FeatureKind.REGION
                ? PlaceRanker.regionKey(q) : null;
    }

    /**
     * A name the gazetteer does not know that holds one it knows ("Orange County", "Colchester Hospital", "Bank of
     * Japan", "Old Town Manassas") is placed at the place it holds, but only at a place the article supports (see
     * {@link #supports}): a country or a continent by name, a region in a country the article places itself in, a
     * town of {@value #CONTAINED_TOWN_POPULATION} people or more (or a capital) in a region it places itself in
     * (by its dateline, the countries and nationalities it names, and the most populous place each of its names
     * may be). Words that also name towns elsewhere ("West Wing", "Washington University") are not guessed at
     * across the country or the world. The longest contained run of capitalised words wins; of runs as long, the
     * one naming a land, then the larger place ({@link #outranks}).
     */
    private void readContainedNames(AnnotatedArticle doc, List<Toponym> toponyms, List<List<NameMatch>> matches,
                                    Set<String> dateline) {
        Set<String> countries = null;
        String text = doc.text();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (!matches.get(i).isEmpty() || (t.cue() != Toponym.Cue.NAME && t.cue() != Toponym.Cue.SETTLEMENT)) {
                continue;
            }
            List<Token> tokens = doc.tokens();
            int first = doc.tokenAt(t.name().start());
            int end = first;
            while (end < tokens.size() && tokens.get(end).span().start() < t.name().end()) {
                end++;
            }
            if (end - first < 2) {
                continue;
            }
            if (countries == null) {
                countries = articleCountries(text, toponyms, matches, dateline);
            }
            for (int len = end - first - 1; len >= 1; len--) {
                List<NameMatch> best = List.of();
                for (int from = first; from + len <= end; from++) {
                    if (!ToponymFinder.capitalised(tokens, from, len)) {
                        continue;
                    }
                    String inner = text.substring(tokens.get(from).span().start(),
                            tokens.get(from + len - 1).span().end());
                    List<NameMatch> supported = new ArrayList<>();
                    for (NameMatch m : index.find(lookupText(inner))) {
                        if (supports(m, inner, countries)) {
                            supported.add(m);
                        }
                    }
                    if (!supported.isEmpty() && (best.isEmpty() || outranks(supported, best))) {
                        best = supported;
                    }
                }
                if (!best.isEmpty()) {
                    matches.set(i, best);
                    break;
                }
            }
        }
    }

    /**
     * Whether the places one run of a name's words may be outrank those another run of the same length may be: a
     * country, a continent or a region before a town ("University of California" is placed in California, not at
     * University, Florida), then the more populous.
     */
    private static boolean outranks(List<NameMatch> a, List<NameMatch> b) {
        java.util.Comparator<IndexedPlace> order = java.util.Comparator
                .comparing((IndexedPlace p) -> p.kind() == FeatureKind.COUNTRY || p.kind() == FeatureKind.CONTINENT
                        || p.kind() == FeatureKind.REGION)
                .thenComparingLong(IndexedPlace::population);
        IndexedPlace bestA = a.stream().map(NameMatch::place).max(order).orElseThrow();
        IndexedPlace bestB = b.stream().map(NameMatch::place).max(order).orElseThrow();
        return order.compare(bestA, bestB) > 0;
    }

    /**
     * Whether the article supports a place held in a longer name: a country or continent by its name, a country
     * of the article by another name or its ISO code ("US Federal Reserve"; "St." is not São Tomé, "Island" not
     * Iceland), a region in a country of the article, a town in a region of the article.
     */
    private boolean supports(NameMatch m, String inner, Set<String> places) {
        IndexedPlace p = m.place();
        if (m.quality() == NameMatch.Quality.VARIANT || Demonyms.place(index, inner).isPresent()) {
            return false;
        }
        if (m.quality() == NameMatch.Quality.ALTERNATE || NameKeys.exact(inner).equalsIgnoreCase(p.country())) {
            // An older or foreign name, or the ISO code: only for a country of the article ("US", "Vatican").
            return p.kind() == FeatureKind.COUNTRY && places.contains(p.country());
        }
        return switch (p.kind()) {
            case COUNTRY -> true;
            case CONTINENT -> true;
            case REGION -> places.contains(p.country());
            case CITY, TOWN -> places.contains(PlaceRanker.regionKey(p))
                    && (p.capital() || p.population() >= CONTAINED_TOWN_POPULATION);
            case SEAT, DISTRICT -> false;
        };
    }

    /**
     * The countries and regions ("US", "US.VA") an article places itself in: its dateline's countries, those it
     * names (in full or by demonym), and the country and region of the most populous place each of its names may
     * be.
     */
    private Set<String> articleCountries(String text, List<Toponym> toponyms, List<List<NameMatch>> matches,
                                         Set<String> dateline) {
        Set<String> countries = new HashSet<>(dateline);
        for (int i = 0; i < toponyms.size(); i++) {
            if (toponyms.get(i).cue() == Toponym.Cue.DEMONYM) {
                Demonyms.place(index, toponyms.get(i).name().of(text)).map(IndexedPlace::country)
                        .ifPresent(countries::add);
            }
            matches.get(i).stream().map(NameMatch::place).filter(p -> p.country() != null)
                    .max(java.util.Comparator.comparingLong(IndexedPlace::population))
                    .ifPresent(p -> {
                        countries.add(p.country());
                        if (PlaceRanker.regionKey(p) != null) {
                            countries.add(PlaceRanker.regionKey(p));
                        }
                    });
        }
        return countries;
    }

    /**
     * "Gainesville, Ga.", "Raleigh, N.C.", "Austin, TX": an abbreviation after a place's name and a comma that
     * abbreviates the first-level region of one of the place's candidates (see {@link #abbreviates}) names that
     * region, not the country or town the letters might otherwise be ("Ga." is not Gabon, "N.C." not New
     * Caledonia); its candidates become those regions, which then qualify the place before it.
     */
    private void readAbbreviatedRegions(String text, List<Toponym> toponyms, List<List<NameMatch>> matches) {
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            int end = toponyms.get(i).span().end();
            Toponym next = toponyms.get(i + 1);
            int start = next.span().start();
            if (start <= end || !text.substring(end, start).trim().equals(",")) {
                continue;
            }
            String abbreviation = next.name().of(text);
            if (!ABBREVIATION.matcher(abbreviation).matches()) {
                continue;
            }
            List<NameMatch> named = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (NameMatch m : matches.get(i)) {
                IndexedPlace p = m.place();
                if ((p.kind() == FeatureKind.CITY || p.kind() == FeatureKind.TOWN) && p.admin1() != null) {
                    index.findRegion(p.country(), p.admin1())
                            .filter(r -> abbreviates(abbreviation, r.name()) && seen.add(r.ref()))
                            .ifPresent(r -> named.add(new NameMatch(r, NameMatch.Quality.NAME)));
                }
            }
            if (!named.isEmpty()) {
                matches.set(i + 1, named);
            }
        }
    }

    /**
     * "CAMP MURRAY, Wash.", "the B.C. government": an abbreviation with dots that no place of the gazetteer bears as
     * a name may be a first-level region of a country the article places itself in (see {@link #articleCountries}),
     * one whose name it abbreviates (see {@link #abbreviates}); those regions become its candidates.
     */
    private void readRegionAbbreviations(String text, List<Toponym> toponyms, List<List<NameMatch>> matches,
                                         Set<String> dateline) {
        Set<String> countries = null;
        for (int i = 0; i < toponyms.size(); i++) {
            String name = toponyms.get(i).name().of(text);
            if (!DOTTED_ABBREVIATION.matcher(name).matches()
                    || matches.get(i).stream().anyMatch(m -> m.quality() == NameMatch.Quality.NAME)) {
                continue;
            }
            if (countries == null) {
                countries = articleCountries(text, toponyms, matches, dateline);
            }
            List<NameMatch> named = new ArrayList<>();
            for (String country : countries) {
                if (country.indexOf('.') < 0) {
                    for (IndexedPlace r : index.regionsOf(country)) {
                        if (abbreviates(name, r.name())) {
                            named.add(new NameMatch(r, NameMatch.Quality.ALTERNATE));
                        }
                    }
                }
            }
            if (!named.isEmpty()) {
                matches.set(i, named);
            }
        }
    }

    /**
     * Whether {@code abbreviation} can stand for the region {@code name}: its letters are the initials of a name of
     * several words ("N.C.", "NY", "D.C." for District of Columbia), or they start a one-word name and follow in it
     * in order ("Ga.", "Calif.", "Md.", "TX").
     */
    static boolean abbreviates(String abbreviation, String name) {
        String letters = abbreviation.replace(".", "").toLowerCase(java.util.Locale.ROOT);
        String key = NameKeys.exact(name);
        if (letters.isEmpty() || key.isEmpty()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        String[] words = key.split(" ");
        for (String w : words) {
            if (!Set.of("of", "and", "the", "de").contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() > 1) {
            // A name of several words is abbreviated by its initials: N.C., NY, D.C.
            return initials.toString().equals(letters);
        }
        String joined = key.replace(" ", "");
        if (joined.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = joined.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The countries and names of a dateline's place ("Kyiv, Ukraine"). */
    private void readDateline(Dateline dateline, Set<String> countries, Map<String, List<Integer>> namedKeys) {
        if (dateline == null || dateline.place() == null) {
            return;
        }
        for (String part : dateline.place().split(",")) {
            namedKeys.computeIfAbsent(NameKeys.exact(part), k -> new ArrayList<>()).add(-1);
            for (NameMatch m : index.find(part)) {
                if (m.place().kind() == FeatureKind.COUNTRY && m.quality() != NameMatch.Quality.VARIANT) {
                    countries.add(m.place().country());
                }
            }
        }
    }

    /**
     * Whether a name after a lower-case "the" that only a town bears is a common noun ("the West"), not the town
     * (West, Texas): towns are not named with an article, except those whose name holds it ("The Hague").
     */
    private static boolean isCommonNoun(AnnotatedArticle doc, Toponym t, IndexedPlace chosen) {
        int first = doc.tokenAt(t.name().start());
        return chosen.kind() == FeatureKind.TOWN && first > 0 && doc.tokens().get(first - 1).word().equals("the")
                && !chosen.name().startsWith("The ");
    }

    /** Whether an acronym ("EU") matched only a place whose own name is a word ("Eu", Normandy). */
    private static boolean isAcronymOfNoPlace(String text, IndexedPlace chosen) {
        boolean acronym = text.length() <= 4 && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        return acronym && (chosen.kind() == FeatureKind.TOWN || chosen.kind() == FeatureKind.CITY)
                && !chosen.name().equals(text);
    }

    /** The name without a possessive ending. */
    private static String lookupText(String name) {
        return name.replaceFirst("['’]s?$", "");
    }
}
