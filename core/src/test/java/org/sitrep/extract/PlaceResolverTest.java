package org.sitrep.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.PlaceIndex;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolution over hand-annotated sentences and the real gazetteer (no NLP model). */
class PlaceResolverTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(PlaceIndex.load());
    }

    private static List<Place> places(String tagged) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        List<Place> places = resolver.resolve(doc, new EntityGrouper().group(doc));
        for (Place p : places) {
            assertEquals(p.text(), p.span().of(doc.text()), "span and text of " + p);
        }
        return places;
    }

    private static Place place(List<Place> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + text + "' in " + places));
    }

    private static void assertNear(Place p, double lat, double lon) {
        assertTrue(p.isResolved(), p + " has no coordinates");
        double km = IndexedPlace.kilometres(p.lat(), p.lon(), lat, lon);
        assertTrue(km < 50, p.text() + " placed " + Math.round(km) + " km away, at " + p.lat() + ", " + p.lon());
    }

    @Test
    void capitalAsSubjectOfASpeechVerbStandsForTheGovernment() {
        Place moscow = place(places("Moscow/NNP/GPE said/VBD the/DT talks/NNS failed/VBD ./."), "Moscow");
        assertTrue(moscow.metonymy());
        assertEquals("RU", moscow.country());
        assertEquals("Russia", moscow.name());
        assertEquals(PlaceKind.COUNTRY, moscow.kind());
        assertNear(moscow, 55.75, 37.62);
    }

    @Test
    void possessiveCapitalStandsForTheGovernment() {
        Place kyiv = place(places("Zelensky/NNP/PERSON called/VBD on/IN Kyiv/NNP/GPE 's/POS allies/NNS ./."), "Kyiv");
        assertTrue(kyiv.metonymy());
        assertEquals("UA", kyiv.country());
    }

    @Test
    void capitalAsObjectOfAVerbOrOfDealingStandsForTheGovernment() {
        List<Place> places = places("The/DT United/NNP/GPE States/NNP/GPE gave/VBD Kyiv/NNP/GPE permission/NN to/TO "
                + "align/VB with/IN Washington/NNP/GPE ./.");
        assertTrue(place(places, "Kyiv").metonymy());
        assertTrue(place(places, "Washington").metonymy());
        assertEquals("US", place(places, "Washington").country());
    }

    @Test
    void seatsOfGovernmentStandForTheirCountry() {
        List<Place> places = places("The/DT Kremlin/NNP/ORG and/CC the/DT White/NNP/GPE House/NNP/GPE said/VBD "
                + "so/RB ,/, as/IN did/VBD Downing/NNP Street/NNP ./.");
        Place kremlin = place(places, "Kremlin");
        assertTrue(kremlin.metonymy());
        assertEquals("RU", kremlin.country());
        Place whiteHouse = place(places, "White House");
        assertTrue(whiteHouse.metonymy());
        assertEquals("US", whiteHouse.country());
        assertEquals("GB", place(places, "Downing Street").country());
    }

    @Test
    void capitalAfterALocativePrepositionStaysAPlace() {
        List<Place> places = places("Rutte/NNP/PERSON told/VBD reporters/NNS in/IN Brussels/NNP/GPE after/IN "
                + "a/DT strike/NN on/IN Kyiv/NNP/GPE ./.");
        Place brussels = place(places, "Brussels");
        assertFalse(brussels.metonymy());
        assertEquals(PlaceKind.CITY, brussels.kind());
        assertEquals("BE", brussels.country());
        assertNear(brussels, 50.85, 4.35);
        Place kyiv = place(places, "Kyiv");
        assertFalse(kyiv.metonymy());
        assertEquals("Kyiv", kyiv.name());
        assertNear(kyiv, 50.45, 30.52);
    }

    @Test
    void parisWithTexasNamedBesideItIsParisTexas() {
        List<Place> places = places("The/DT rodeo/NN in/IN Paris/NNP/GPE ,/, Texas/NNP/GPE ,/, drew/VBD "
                + "cowboys/NNS from/IN across/IN the/DT state/NN ./. || Paris/NNP/GPE lies/VBZ near/IN the/DT "
                + "Oklahoma/NNP/GPE border/NN ./.");
        for (Place paris : places.stream().filter(p -> p.text().equals("Paris")).toList()) {
            assertEquals("US", paris.country());
            assertEquals("Texas", paris.admin1());
            assertNear(paris, 33.66, -95.56);
        }
        assertEquals(PlaceKind.REGION, place(places, "Texas").kind());
    }

    @Test
    void parisAloneIsTheFrenchCapital() {
        Place paris = place(places("Talks/NNS opened/VBD in/IN Paris/NNP/GPE ./."), "Paris");
        assertEquals("FR", paris.country());
        assertNear(paris, 48.85, 2.35);
    }

    @Test
    void odesaInAWarReportIsInUkraineAndOdessaTexasIsInTexas() {
        Place odesa = place(places("A/DT missile/NN hit/VBD Odessa/NNP/GPE in/IN southern/JJ Ukraine/NNP/GPE ./."),
                "Odessa");
        assertEquals("UA", odesa.country());
        assertNear(odesa, 46.48, 30.74);
        Place texan = place(places("Oil/NN prices/NNS rose/VBD in/IN Odessa/NNP/GPE ,/, Texas/NNP/GPE ./."), "Odessa");
        assertEquals("US", texan.country());
        assertEquals("Texas", texan.admin1());
    }

    @Test
    void unknownPlaceNameHasNoCoordinates() {
        Place unknown = place(places("Fighting/NN raged/VBD near/IN Zzyxqorvile/NNP/GPE ./."), "Zzyxqorvile");
        assertFalse(unknown.isResolved());
        assertNull(unknown.lat());
        assertNull(unknown.lon());
        assertNull(unknown.country());
        assertEquals(PlaceKind.OTHER, unknown.kind());
    }

    @Test
    void regionPhrasesAndBackReferencesResolveToTheOblast() {
        List<Place> places = places("Russia/NNP/GPE struck/VBD the/DT eastern/JJ Ukrainian/JJ/NORP region/NN of/IN "
                + "Sumy/NNP/GPE ./. || Glukhiv/NNP/GPE lies/VBZ 10/CD kilometres/NNS from/IN the/DT Kursk/NNP/GPE "
                + "region/NN ./. || Shelling/NN in/IN the/DT border/NN region/NN continued/VBD ./.");
        Place sumy = place(places, "Sumy");
        assertEquals(PlaceKind.REGION, sumy.kind());
        assertEquals("UA", sumy.country());
        Place glukhiv = place(places, "Glukhiv");
        assertEquals("Hlukhiv", glukhiv.name());
        assertEquals("Sumy", glukhiv.admin1());
        assertEquals(PlaceKind.TOWN, glukhiv.kind());
        assertEquals(707758L, glukhiv.id());
        assertNear(glukhiv, 51.68, 33.92);
        Place kursk = place(places, "Kursk region");
        assertEquals(PlaceKind.REGION, kursk.kind());
        assertEquals("RU", kursk.country());
        Place border = place(places, "the border region");
        assertEquals(kursk.name(), border.name());
        assertEquals(kursk.lat(), border.lat());
        assertEquals("UA", place(places, "Ukrainian").country());
    }

    @Test
    void demonymsStandForTheirCountries() {
        List<Place> places = places("Russian/JJ/NORP ,/, North/NNP/NORP Korean/NNP/NORP ,/, Ukrainian/JJ/NORP "
                + "and/CC Dutch/JJ/NORP officers/NNS met/VBD ./.");
        assertEquals("RU", place(places, "Russian").country());
        assertEquals("KP", place(places, "North Korean").country());
        assertEquals("UA", place(places, "Ukrainian").country());
        assertEquals("NL", place(places, "Dutch").country());
        assertEquals(PlaceKind.COUNTRY, place(places, "Dutch").kind());
        assertFalse(place(places, "Dutch").metonymy());
    }

    @Test
    void olderSpellingsResolveLikeTheCurrentOnes() {
        List<Place> places = places("Troops/NNS left/VBD Kharkov/NNP/GPE for/IN Kupjansk/NNP/GPE and/CC "
                + "Glukhov/NNP/GPE in/IN Ukraine/NNP/GPE ./.");
        assertNear(place(places, "Kharkov"), 49.98, 36.25);
        assertNear(place(places, "Kupjansk"), 49.71, 37.62);
        assertNear(place(places, "Glukhov"), 51.68, 33.92);
    }

    @Test
    void goldSpansResolveOnePlaceEach() {
        AnnotatedArticle doc = HandAnnotated.of("Shelling/NN hit/VBD Kupiansk/NNP and/CC Pokrovsk/NNP in/IN "
                + "Ukraine/NNP ./.");
        String text = doc.text();
        List<Span> spans = List.of(span(text, "Kupiansk"), span(text, "Pokrovsk"), span(text, "Ukraine"));
        List<Place> places = resolver.resolveSpans(doc, spans);
        assertEquals(3, places.size());
        assertEquals("UA", places.get(0).country());
        assertEquals("UA", places.get(1).country());
        assertNear(places.get(1), 48.28, 37.18);
    }

    @Test
    void regionAbbreviatedAfterAPlaceIsItsRegion() {
        List<Place> places = places("Storms/NNS hit/VBD Gainesville/NNP/GPE ,/, Ga./NNP/GPE ,/, and/CC "
                + "Raleigh/NNP/GPE ,/, N.C./NNP/GPE ./.");
        Place ga = place(places, "Ga.");
        assertEquals(PlaceKind.REGION, ga.kind());
        assertEquals("US", ga.country());
        assertEquals("Georgia", ga.name());
        assertEquals("Georgia", place(places, "Gainesville").admin1());
        assertEquals("North Carolina", place(places, "N.C.").name());
        assertTrue(PlaceResolver.abbreviates("Calif.", "California"));
        assertTrue(PlaceResolver.abbreviates("Md.", "Maryland"));
        assertTrue(PlaceResolver.abbreviates("TX", "Texas"));
        assertFalse(PlaceResolver.abbreviates("Ga.", "Alabama"));
        assertFalse(PlaceResolver.abbreviates("N.C.", "New Mexico"));
    }

    @Test
    void aNameHoldingAPlaceOfTheArticleIsPlacedThere() {
        List<Place> places = places("Deputies/NNS in/IN Orange/NNP/GPE County/NNP/GPE ,/, California/NNP/GPE ,/, "
                + "arrested/VBD him/PRP ./.");
        Place county = place(places, "Orange County");
        assertEquals("US", county.country());
        assertNear(county, 33.79, -117.85);
    }

    @Test
    void aCountyIsTheCountyOfTheArticlesRegionNotATownElsewhere() {
        List<Place> places = places("Police/NNS in/IN Suffolk/NNP/GPE County/NNP/GPE ,/, New/NNP/GPE York/NNP/GPE ,/, "
                + "said/VBD so/RB ./.");
        Place county = place(places, "Suffolk County");
        assertEquals(PlaceKind.OTHER, county.kind(), "Suffolk, Virginia is not in New York");
        assertEquals("US", county.country());
        assertNear(county, 40.9, -72.9);
    }

    @Test
    void placesInsideOrganisationNamesAreToponyms() {
        List<Place> places = places("The/DT EU/NNP/ORG Commission/NNP/ORG met/VBD ./. || Mississippi/NNP/ORG "
                + "State/NNP/ORG beat/VBD Louisville/NNP/GPE ./.");
        assertEquals(PlaceKind.CONTINENT, place(places, "EU").kind());
        Place mississippi = place(places, "Mississippi");
        assertEquals(PlaceKind.REGION, mississippi.kind());
        assertEquals("US", mississippi.country());
    }

    @Test
    void aCityFarLargerThanItsNamesakesWinsOverARegionNamedElsewhere() {
        String filler = " ||" + " The/DT crowd/NN cheered/VBD loudly/RB ./.".repeat(12) + " || ";
        List<Place> places = places("Fans/NNS in/IN Louisville/NNP/GPE celebrated/VBD ./." + filler
                + "Rain/NN fell/VBD in/IN Mississippi/NNP/GPE ./.");
        // Louisville, Kentucky is forty times the town of Louisville, Mississippi: the state named in another
        // paragraph does not make it the town.
        assertEquals("Kentucky", place(places, "Louisville").admin1());
    }

    @Test
    void anAcronymIsTheLandOfTheArticleItAbbreviates() {
        List<Place> us = places("Voters/NNS in/IN Texas/NNP/GPE and/CC Ohio/NNP/GPE watched/VBD SC/NNP/GPE ./.");
        Place sc = place(us, "SC");
        assertEquals("South Carolina", sc.name(), "not the Seychelles in an American report");
        assertEquals(PlaceKind.REGION, sc.kind());
        List<Place> za = places("Strikes/NNS spread/VBD across/IN South/NNP/GPE Africa/NNP/GPE ./. || Miners/NNS "
                + "in/IN SA/NNP/GPE walked/VBD out/RP ./.");
        assertEquals("ZA", place(za, "SA").country(), "South Africa by its initials, not Saudi Arabia's ISO code");
        List<Place> tt = places("Rain/NN fell/VBD on/IN Trinidad/NNP/GPE and/CC Tobago/NNP/GPE ./. || "
                + "T&T/NNP/GPE won/VBD ./.");
        assertEquals("TT", place(tt, "T&T").country());
        List<Place> saudi = places("Oil/NN from/IN Saudi/NNP/GPE Arabia/NNP/GPE and/CC SA/NNP/GPE rose/VBD ./.");
        assertEquals("SA", place(saudi, "SA").country());
        assertEquals("tt", Acronyms.initials("Trinidad and Tobago"));
        assertEquals("drc", Acronyms.initials("Democratic Republic of the Congo"));
        assertTrue(Acronyms.isAcronym("T&T"));
        assertFalse(Acronyms.isAcronym("Texas"));
    }

    @Test
    void aDottedAbbreviationIsARegionOfTheArticlesCountry() {
        List<Place> places = places("CAMP/NNP/GPE MURRAY/NNP/GPE ,/, Wash./NNP/GPE --/: Troops/NNS from/IN "
                + "Seattle/NNP/GPE and/CC Texas/NNP/GPE flew/VBD out/RP ./.");
        Place wash = place(places, "Wash.");
        assertEquals(PlaceKind.REGION, wash.kind());
        assertEquals("Washington", wash.name());
        assertEquals("US", wash.country());
    }

    @Test
    void washingtonIsTheStateWhenTheArticleLiesInIt() {
        List<Place> dated = places("CAMP/NNP/GPE MURRAY/NNP/GPE ,/, Wash./NNP/GPE --/: The/DT team/NN works/VBZ "
                + "at/IN home/NN in/IN Washington/NNP/GPE ./.");
        Place state = place(dated, "Washington");
        assertEquals(PlaceKind.REGION, state.kind(), "the state, not the capital: " + state);
        assertFalse(state.metonymy());
        Place qualified = place(places("A/DT baker/NN from/IN Tacoma/NNP/GPE ,/, Washington/NNP/GPE ,/, "
                + "shared/VBD tips/NNS ./."), "Washington");
        assertEquals(PlaceKind.REGION, qualified.kind());
        Place capital = place(places("Talks/NNS in/IN Washington/NNP/GPE ended/VBD ./."), "Washington");
        assertEquals("District of Columbia", capital.admin1());
    }

    @Test
    void aSmallTownTheArticleGivesNoSupportToIsNotGuessed() {
        Place arab = place(places("Arab/NNP/GPE leaders/NNS met/VBD in/IN Cairo/NNP/GPE and/CC Amman/NNP/GPE ./."),
                "Arab");
        assertFalse(arab.isResolved(), "not Arab, Alabama in a report from Egypt: " + arab);
        Place western = place(places("Western/NNP/GPE leaders/NNS met/VBD in/IN Kyiv/NNP/GPE ./."), "Western");
        assertFalse(western.isResolved(), "not Sri Lanka's Western Province: " + western);
        Place town = place(places("A/DT tornado/NN hit/VBD Arab/NNP/GPE ,/, Alabama/NNP/GPE ./."), "Arab");
        assertEquals("US", town.country());
        assertEquals("Alabama", town.admin1());
    }

    @Test
    void adjectivesRegularlyFormedFromALandStandForIt() {
        AnnotatedArticle doc = HandAnnotated.of("English/JJ fans/NNS met/VBD Philippine/JJ envoys/NNS ./.");
        List<Place> places = resolver.resolveSpans(doc, List.of(span(doc.text(), "English"),
                span(doc.text(), "Philippine")));
        assertEquals("England", places.get(0).name(), "not English, Indiana");
        assertEquals("GB", places.get(0).country());
        assertEquals("PH", places.get(1).country());
        PlaceIndex index = PlaceIndex.load();
        assertTrue(Demonyms.place(index, "Milan").isEmpty(), "a city's name is no adjective");
        assertTrue(Demonyms.place(index, "Jordan").isEmpty());
    }

    @Test
    void aRegionCodeInsideAnOrganisationsNameIsAToponymOfTheArticlesCountry() {
        List<Place> places = places("Prices/NNS rose/VBD across/IN Canada/NNP/GPE ./. || BC/NNP/ORG Hydro/NNP/ORG "
                + "raised/VBD rates/NNS ./.");
        Place bc = place(places, "BC");
        assertEquals("British Columbia", bc.name());
        assertEquals(PlaceKind.REGION, bc.kind());
        List<Place> elsewhere = places("Prices/NNS rose/VBD in/IN France/NNP/GPE ./. || BC/NNP/ORG Hydro/NNP/ORG "
                + "raised/VBD rates/NNS ./.");
        assertTrue(elsewhere.stream().noneMatch(p -> p.text().equals("BC")), "no Canada, no British Columbia");
    }

    @Test
    void aTownTakenForAnOrganisationAfterInIsAPlace() {
        List<Place> places = places("Syrian/JJ/NORP troops/NNS fought/VBD in/IN Afrin/NNP/ORG ./. || "
                + "Talks/NNS with/IN Apple/NNP/ORG continued/VBD ./.");
        assertEquals("SY", place(places, "Afrin").country());
        assertTrue(places.stream().noneMatch(p -> p.text().equals("Apple")));
    }

    @Test
    void aDemonymBeforeStateStaysADemonym() {
        AnnotatedArticle doc = HandAnnotated.of("Russian/JJ state/NN TV/NN reported/VBD it/PRP ./.");
        List<Place> places = resolver.resolveSpans(doc, List.of(span(doc.text(), "Russian")));
        assertEquals(1, places.size());
        assertEquals("Russian", places.get(0).text());
        assertEquals("RU", places.get(0).country());
    }

    private static Span span(String text, String word) {
        int at = text.indexOf(word);
        return new Span(at, at + word.length());
    }
}
