package org.sitrep.places;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index the build made from the npm packages, as shipped in this module's jar. */
class PlaceIndexTest {
    private static PlaceIndex index;

    @BeforeAll
    static void load() {
        index = PlaceIndex.load();
    }

    /** Load time and memory are measured by the benchmarks (`./sitrep bench`), not here. */
    @Test
    void holdsEveryPlaceOfTheBuild() {
        assertTrue(index.size() > 150_000, "only " + index.size() + " entries");
    }

    @Test
    void findsOlderSpellingsThroughGeoNamesAlternateNames() {
        IndexedPlace hlukhiv = largest("Glukhiv");
        assertEquals("Hlukhiv", hlukhiv.name());
        assertEquals("UA", hlukhiv.country());
        assertEquals("Sumy", index.findRegion("UA", hlukhiv.admin1()).orElseThrow().name());
        assertEquals(707758, hlukhiv.geonameId());
        assertEquals("Kyiv", largest("Kiev").name());
        assertEquals("Odesa", largest("Odessa").name());
    }

    @Test
    void findsTransliterationVariantsNoSourceLists() {
        IndexedPlace kupiansk = largest("Kupiansk");
        assertEquals("UA", kupiansk.country());
        assertEquals(49.71, kupiansk.lat(), 0.05);
        assertEquals(37.62, kupiansk.lon(), 0.05);
    }

    @Test
    void findsFirstLevelRegionsWithAndWithoutTheirGenericWord() {
        assertRegion("Kursk", "RU", 51.7, 36.0);
        assertRegion("Kursk Oblast", "RU", 51.7, 36.0);
        assertRegion("Sumy", "UA", 51.0, 34.3);
        assertRegion("Donetsk", "UA", 48.1, 37.8);
        assertRegion("Texas", "US", 31.0, -98.0);
    }

    @Test
    void placesALargeRegionNearTheMiddleOfItsAreaNotAmongItsPeople() {
        IndexedPlace ontario = index.find("Ontario").stream().map(NameMatch::place)
                .filter(p -> p.kind() == FeatureKind.REGION && p.country().equals("CA")).findFirst().orElseThrow();
        IndexedPlace toronto = largest("Toronto");
        assertTrue(ontario.kilometresTo(toronto) > 500, "Ontario at " + ontario.lat() + ", " + ontario.lon());
        assertTrue(ontario.lat() > 48, "Ontario at " + ontario.lat() + ", " + ontario.lon());
    }

    @Test
    void findsCountiesOnlyNaturalEarthHas() {
        IndexedPlace county = index.find("Northamptonshire").stream().map(NameMatch::place)
                .filter(p -> p.kind() == FeatureKind.DISTRICT && "GB".equals(p.country())).findFirst()
                .orElseThrow(() -> new AssertionError("no county Northamptonshire"));
        assertEquals("England", index.findRegion("GB", county.admin1()).orElseThrow().name());
        assertTrue(county.kilometresTo(largest("Northampton")) < 40,
                "Northamptonshire at " + county.lat() + ", " + county.lon());
    }

    @Test
    void findsSecondLevelDivisionsInTheirRegion() {
        for (String name : List.of("Suffolk County", "Suffolk")) {
            IndexedPlace county = index.find(name).stream().map(NameMatch::place)
                    .filter(p -> p.kind() == FeatureKind.DISTRICT && "US".equals(p.country())
                            && "NY".equals(p.admin1())).findFirst()
                    .orElseThrow(() -> new AssertionError("no county " + name));
            assertEquals("Suffolk County", county.name());
            assertEquals("New York", index.findRegion("US", county.admin1()).orElseThrow().name());
            assertTrue(IndexedPlace.kilometres(county.lat(), county.lon(), 40.9, -72.6) < 50,
                    "Suffolk County at " + county.lat() + ", " + county.lon());
        }
    }

    @Test
    void findsCountriesByDemonym() {
        assertEquals("RU", index.findDemonym("Russian").orElseThrow().country());
        assertEquals("KP", index.findDemonym("North Korean").orElseThrow().country());
        assertEquals("UA", index.findDemonym("Ukrainian").orElseThrow().country());
        assertEquals("NL", index.findDemonym("Dutch").orElseThrow().country());
        assertEquals(FeatureKind.CONTINENT, index.findDemonym("European").orElseThrow().kind());
        // The bare word of "South Korean" and "North Korean" is the more populous country's; "African" stays the
        // continent's, not the Central African Republic's or South Africa's.
        assertEquals("KR", index.findDemonym("Korean").orElseThrow().country());
        assertEquals(FeatureKind.CONTINENT, index.findDemonym("African").orElseThrow().kind());
        assertEquals("SD", index.findDemonym("Sudanese").orElseThrow().country());
    }

    @Test
    void knowsCapitalsAndSeatsOfGovernment() {
        assertEquals("Moscow", index.findCapital("RU").orElseThrow().name());
        assertEquals("Kyiv", index.findCapital("UA").orElseThrow().name());
        assertEquals("Washington", index.findCapital("US").orElseThrow().name());
        IndexedPlace kremlin = index.find("Kremlin").get(0).place();
        assertEquals(FeatureKind.SEAT, kremlin.kind());
        assertEquals("RU", kremlin.country());
    }

    @Test
    void knowsNothingOfAMadeUpName() {
        assertEquals(List.of(), index.find("Zzyxqorvile"));
    }

    @Test
    void aCountrysRegionsAreListedInTheOrderOfTheirCodes() {
        List<IndexedPlace> states = index.regionsOf("US");
        assertTrue(states.size() >= 50, "US states: " + states.size());
        assertTrue(states.stream().allMatch(r -> r.kind() == FeatureKind.REGION && r.country().equals("US")));
        assertTrue(states.stream().anyMatch(r -> r.name().equals("Texas")));
        for (int i = 1; i < states.size(); i++) {
            assertTrue(states.get(i - 1).admin1().compareTo(states.get(i).admin1()) <= 0);
        }
        assertEquals(List.of(), index.regionsOf("XX"));
    }

    private static IndexedPlace largest(String name) {
        return index.find(name).stream().map(NameMatch::place)
                .filter(p -> p.kind() == FeatureKind.CITY || p.kind() == FeatureKind.TOWN)
                .max(Comparator.comparingLong(IndexedPlace::population)).orElseThrow(() -> new AssertionError(name));
    }

    private static void assertRegion(String name, String country, double lat, double lon) {
        IndexedPlace region = index.find(name).stream().map(NameMatch::place)
                .filter(p -> p.kind() == FeatureKind.REGION && p.country().equals(country)).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + name));
        assertTrue(IndexedPlace.kilometres(region.lat(), region.lon(), lat, lon) < 150,
                name + " at " + region.lat() + ", " + region.lon());
    }
}
