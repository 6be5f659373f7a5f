package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;
import org.sitrep.places.PlaceIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the toponyms of an article: the mentions of its places (GPE and LOC entities), its demonyms (NORP mentions
 * the gazetteer knows as demonyms), the seats of government it names ("the Kremlin"), places the recogniser missed
 * in a list of places ("Kupiansk and Pokrovsk"), and region phrases ("Kursk region", "the region of Sumy", "the
 * border region"), each with the cue its context gives. Gold spans get the same
 * cues through {@link #cue}.
 */
final class ToponymFinder {
    private static final Set<String> COORDINATION = WordLists.set("toponym-coordination");
    /** Words that, after a name, make it a first-level region. */
    static final Set<String> REGION_WORDS = WordLists.set("toponym-regions");
    private static final Set<String> SETTLEMENT_WORDS = WordLists.set("toponym-settlements");
    private static final int SEAT_MAX_TOKENS = 2;
    private static final int EMBEDDED_MAX_TOKENS = 3;
    private static final int LOCATIVE_TOWN_POPULATION = 10_000;
    private static final Set<String> LOCATIVES = WordLists.set("toponym-locatives");
    private static final int EMBEDDED_CITY_POPULATION = 100_000;

    private final PlaceIndex index;

    ToponymFinder(PlaceIndex index) {
        this.index = index;
    }

    /** The toponyms of the article, in body order, none overlapping another. */
    List<Toponym> find(AnnotatedArticle doc, List<Entity> entities) {
        List<Toponym> found = new ArrayList<>();
        Set<String> countries = countriesNamed(entities);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                EntityType type = e.type();
                if (type == EntityType.GPE || type == EntityType.LOC) {
                    found.add(cue(doc, m.span()));
                } else if (type == EntityType.NORP && isDemonym(doc, m)) {
                    found.add(new Toponym(m.span(), m.span(), Toponym.Cue.DEMONYM));
                } else if (isSeat(m.text())) {
                    found.add(new Toponym(m.span(), m.span(), Toponym.Cue.NAME));
                } else if ((type == EntityType.PERSON || type == EntityType.ORG) && isPlaceAfterLocative(doc, m,
                        countries)) {
                    found.add(new Toponym(m.span(), m.span(), Toponym.Cue.NAME));
                } else if (type == EntityType.ORG || type == EntityType.MISC) {
                    addEmbedded(doc, m.span(), countries, found);
                }
            }
        }
        addUnnamedSeats(doc, found);
        addConjuncts(doc, found);
        addBackReferences(doc, found);
        found.sort(Comparator.comparing(Toponym::span));
        List<Toponym> disjoint = new ArrayList<>(found.size());
        for (Toponym t : found) {
            if (disjoint.isEmpty() || !disjoint.get(disjoint.size() - 1).span().overlaps(t.span())) {
                disjoint.add(t);
            }
        }
        return disjoint;
    }

    /**
     * The toponym a name at {@code span} makes with its context: a region when a region word follows it ("Kursk
     * region", reported with the word) or "region of" precedes it; a settlement after "town of"; a demonym when the
     * gazetteer knows it as one ("Canadian" is the demonym before it is a town in Texas).
     */
    Toponym cue(AnnotatedArticle doc, Span span) {
        String text = span.of(doc.text());
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : REGION_WORDS) {
            if (lower.endsWith(" " + w) && lower.length() > w.length() + 1) {
                return new Toponym(span, new Span(span.start(), span.end() - w.length() - 1), Toponym.Cue.REGION);
            }
        }
        // "Russian state TV": a demonym before a region word is still a demonym.
        boolean demonym = Demonyms.place(index, text).isPresent();
        List<Token> tokens = doc.tokens();
        int first = doc.tokenAt(span.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        if (!demonym && end < tokens.size() && REGION_WORDS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
                && !tokens.get(end).word().equals("State")) {
            Span wider = new Span(span.start(), tokens.get(end).span().end());
            return new Toponym(wider, span, Toponym.Cue.REGION);
        }
        if (first >= 2 && word(tokens, first - 1).equals("of")) {
            String head = word(tokens, first - 2);
            if (REGION_WORDS.contains(head)) {
                return new Toponym(span, span, Toponym.Cue.REGION);
            }
            if (SETTLEMENT_WORDS.contains(head)) {
                return new Toponym(span, span, Toponym.Cue.SETTLEMENT);
            }
        }
        if (demonym) {
            return new Toponym(span, span, Toponym.Cue.DEMONYM);
        }
        return new Toponym(span, span, Toponym.Cue.NAME);
    }

    /**
     * Whether a nationality mention stands for a land: a demonym of the gazetteer, or an adjective regularly formed
     * from a land's name used as an adjective ("English fans"; not the language, "in English", nor inside a name
     * such as "English Premier League", where it is tagged as a proper noun).
     */
    private boolean isDemonym(AnnotatedArticle doc, Mention m) {
        if (index.findDemonym(m.text()).isPresent()) {
            return true;
        }
        int last = doc.tokenAt(m.span().end() - 1);
        return last < doc.tokens().size() && doc.tokens().get(last).isAdjective()
                && Demonyms.derived(index, m.text()).isPresent();
    }

    private boolean isSeat(String text) {
        return index.isSeatName(text);
    }

    /**
     * The places named inside the name of an organisation or an event ("Liverpool FC", "the EU Commission", "Dubai
     * World Cup", "Mississippi State"), or standing for one ("the EU", "Washington" as an organisation): the longest
     * runs of capitalised words, left to right, that name a country, a continent or union, a first-level region, a
     * capital or a city of {@value #EMBEDDED_CITY_POPULATION} people or more, a town of
     * {@value #LOCATIVE_TOWN_POPULATION} or more in a region the article's places lie in ("Beverly Hills Police
     * Department" in a report from Los Angeles), or that are a demonym ("Russian Foreign Ministry"). Other towns
     * are left out: organisations are named after words that are also the names of small towns (Apple, Union,
     * Liberty) far more often than after the towns.
     */
    private void addEmbedded(AnnotatedArticle doc, Span mention, Set<String> countries, List<Toponym> found) {
        List<Token> tokens = doc.tokens();
        int first = doc.tokenAt(mention.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().start() < mention.end()) {
            end++;
        }
        for (int i = first; i < end; i++) {
            for (int n = Math.min(EMBEDDED_MAX_TOKENS, end - i); n >= 1; n--) {
                if (!capitalised(tokens, i, n)) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
                String text = span.of(doc.text());
                Toponym.Cue cue = index.findDemonym(text).isPresent() ? Toponym.Cue.DEMONYM
                        : index.find(text).stream().anyMatch(m -> namesEmbeddedPlace(m, text, countries))
                        ? Toponym.Cue.NAME
                        : null;
                if (cue != null) {
                    found.add(new Toponym(span, span, cue));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * Whether a one-word name the recogniser took for a person or an organisation is a place: it follows "in",
     * "near", "outside", "around" or "into" ("fighting in Afrin", "the bastion of Douma" is left alone), is not
     * possessive, and the gazetteer knows it by name as a town of {@value #LOCATIVE_TOWN_POPULATION} people or
     * more, or a region, in a country the article names.
     */
    private boolean isPlaceAfterLocative(AnnotatedArticle doc, Mention m, Set<String> countries) {
        List<Token> tokens = doc.tokens();
        int first = doc.tokenAt(m.span().start());
        if (first < 1 || !LOCATIVES.contains(word(tokens, first - 1))
                || tokens.get(first).span().end() != m.span().end()
                || (first + 1 < tokens.size() && tokens.get(first + 1).is(Pos.POS))) {
            return false;
        }
        return index.find(m.text()).stream().anyMatch(n -> {
            IndexedPlace p = n.place();
            return n.quality() == org.sitrep.places.NameMatch.Quality.NAME && p.country() != null
                    && countries.contains(p.country())
                    && (p.kind() == FeatureKind.REGION || ((p.kind() == FeatureKind.CITY
                    || p.kind() == FeatureKind.TOWN) && p.population() >= LOCATIVE_TOWN_POPULATION));
        });
    }

    /** Whether the {@code n} tokens from {@code from} on all open with a capital letter. */
    static boolean capitalised(List<Token> tokens, int from, int n) {
        for (int k = from; k < from + n; k++) {
            String w = tokens.get(k).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a match inside an organisation's name is the place it names: a country or a union by name ("EU",
     * "Russia"), or by its ISO code only when the article names the country otherwise ("US" in "US Special Forces"
     * beside "American", not "AI" or "GW"); a region, a capital or a large city by its name, in a country the
     * article names or places its other places in ("Mississippi State" in a report on Louisville and Columbus, not
     * "Central" for Ghana's Central region).
     */
    private static boolean namesEmbeddedPlace(org.sitrep.places.NameMatch m, String text, Set<String> countries) {
        IndexedPlace p = m.place();
        boolean byName = m.quality() == org.sitrep.places.NameMatch.Quality.NAME;
        boolean known = p.country() != null && countries.contains(p.country());
        return switch (p.kind()) {
            case COUNTRY -> m.quality() != org.sitrep.places.NameMatch.Quality.VARIANT
                    && (known || !NameKeys.exact(text).equalsIgnoreCase(p.country()));
            case CONTINENT -> m.quality() != org.sitrep.places.NameMatch.Quality.VARIANT;
            // A region's code ("BC Hydro", "NSW Police") in a country the article names.
            case REGION -> known && (byName || (Acronyms.isAcronym(text)
                    && m.quality() == org.sitrep.places.NameMatch.Quality.ALTERNATE));
            case CITY, TOWN -> byName && ((known && (p.capital() || p.population() >= EMBEDDED_CITY_POPULATION))
                    || (p.admin1() != null && countries.contains(p.country() + "." + p.admin1())
                    && p.population() >= LOCATIVE_TOWN_POPULATION));
            case SEAT, DISTRICT -> false;
        };
    }

    /**
     * The countries the article's place and nationality mentions name, and the regions ("US.CA") its places lie
     * in: countries named in full, by code or by demonym, and the country and region of the most populous place
     * each other name may be.
     */
    private Set<String> countriesNamed(List<Entity> entities) {
        Set<String> countries = new java.util.HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.GPE && e.type() != EntityType.LOC && e.type() != EntityType.NORP) {
                continue;
            }
            for (Mention m : e.mentions()) {
                Demonyms.place(index, m.text()).map(IndexedPlace::country).ifPresent(countries::add);
                if (e.type() == EntityType.NORP) {
                    continue;
                }
                index.find(m.text()).stream().map(org.sitrep.places.NameMatch::place)
                        .filter(p -> p.country() != null)
                        .max(Comparator.comparingLong(IndexedPlace::population))
                        .ifPresent(p -> {
                            countries.add(p.country());
                            if (p.admin1() != null) {
                                countries.add(p.country() + "." + p.admin1());
                            }
                        });
            }
        }
        countries.remove(null);
        return countries;
    }

    /** Seats of government the recogniser left unnamed: capitalised words outside every toponym. */
    private void addUnnamedSeats(AnnotatedArticle doc, List<Toponym> found) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Character.isUpperCase(tokens.get(i).word().charAt(0))
                    || !index.mayStartSeatName(tokens.get(i).word())) {
                continue;
            }
            for (int n = SEAT_MAX_TOKENS; n >= 1; n--) {
                if (i + n > tokens.size()) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
                if (isSeat(span.of(doc.text())) && found.stream().noneMatch(t -> t.span().overlaps(span))) {
                    found.add(new Toponym(span, span, Toponym.Cue.NAME));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * Names the recogniser missed in a list of places ("the cities of Kupiansk and Pokrovsk"): a capitalised word
     * after a place and "and", "or" or a comma, not named as a person nor part of a longer name (the recogniser may
     * call it an organisation), that the gazetteer knows as a populated place.
     */
    private void addConjuncts(AnnotatedArticle doc, List<Toponym> found) {
        List<Token> tokens = doc.tokens();
        List<Toponym> added = new ArrayList<>();
        for (Toponym t : found) {
            if (t.cue() != Toponym.Cue.NAME && t.cue() != Toponym.Cue.SETTLEMENT) {
                continue;
            }
            int next = doc.tokenAt(t.span().end());
            if (next + 1 >= tokens.size() || !COORDINATION.contains(word(tokens, next))) {
                continue;
            }
            Token candidate = tokens.get(next + 1);
            boolean named = found.stream().anyMatch(f -> f.span().overlaps(candidate.span()))
                    || doc.names().stream().anyMatch(m -> m.span().overlaps(candidate.span())
                    && (m.type() == EntityType.PERSON || m.span().length() != candidate.span().length()));
            if (!named && candidate.isProperNoun() && Character.isUpperCase(candidate.word().charAt(0))
                    && (next + 2 >= tokens.size() || !tokens.get(next + 2).isProperNoun())
                    && index.find(candidate.word()).stream().anyMatch(m -> m.place().kind() == FeatureKind.CITY
                    || m.place().kind() == FeatureKind.TOWN)) {
                added.add(new Toponym(candidate.span(), candidate.span(), Toponym.Cue.NAME));
            }
        }
        found.addAll(added);
    }

    /** "the region", "the border region": a region word after "the" and lower-case words, with no name and no "of". */
    private static void addBackReferences(AnnotatedArticle doc, List<Toponym> found) {
        List<Token> tokens = doc.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!w.equals("region") && !w.equals("oblast") && !w.equals("province")) {
                continue;
            }
            if (i + 1 < tokens.size() && word(tokens, i + 1).equals("of")) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && j >= i - 2 && isLowerModifier(tokens.get(j))) {
                j--;
            }
            if (!word(tokens, j).equals("the")) {
                continue;
            }
            Span span = new Span(tokens.get(j).span().start(), tokens.get(i).span().end());
            if (found.stream().noneMatch(t -> t.span().overlaps(span))) {
                found.add(new Toponym(span, span, Toponym.Cue.BACK_REFERENCE));
            }
        }
    }

    private static boolean isLowerModifier(Token t) {
        return Character.isLowerCase(t.word().charAt(0)) && (t.isAdjective() || t.isNoun());
    }

    private static String word(List<Token> tokens, int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
}
