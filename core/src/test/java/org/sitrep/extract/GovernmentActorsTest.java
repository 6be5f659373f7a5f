package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors whose names stand for governments, on places and entities of our own. */
class GovernmentActorsTest {
    private static final String TEXT = "The Kremlin warned the United States. Russian envoys held talks in Moscow.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Place place(String words, String name, PlaceKind kind, String country, boolean metonymy) {
        return new Place(span(words), words, name, kind, country, null, 55.75, 37.62, null, metonymy);
    }

    private final List<Place> places = List.of(
            place("Kremlin", "Russia", PlaceKind.COUNTRY, "RU", true),
            place("United States", "United States", PlaceKind.COUNTRY, "US", false),
            place("Russian", "Russia", PlaceKind.COUNTRY, "RU", false),
            place("Moscow", "Moscow", PlaceKind.CITY, "RU", false));

    @Test
    void aSeatOfPowerIsItsCountryKeepingItsWords() {
        List<Entity> entities = List.of(
                new Entity("E1", "Kremlin", EntityType.ORG, List.of(new Mention(span("Kremlin"), "Kremlin"))),
                new Entity("E2", "United States", EntityType.GPE,
                        List.of(new Mention(span("United States"), "United States"))),
                new Entity("E3", "Russian", EntityType.NORP, List.of(new Mention(span("Russian"), "Russian"))));
        GovernmentActors governments = new GovernmentActors(entities, places);
        Actor kremlin = governments.name(new Actor("Kremlin", "E1", span("Kremlin")));
        assertEquals(new Actor("Russia", null, span("Kremlin")), kremlin,
                "no entity names Russia itself: the demonym's entity is not the country's");
    }

    @Test
    void theCountrysEntityIsUsedWhenTheArticleNamesIt() {
        String usText = "United States";
        List<Place> withWashington = List.of(places.get(1),
                new Place(span("Kremlin"), "Kremlin", "United States", PlaceKind.COUNTRY, "US", null, 38.9, -77.0,
                        null, true));
        List<Entity> entities = List.of(new Entity("E7", "US", EntityType.GPE,
                List.of(new Mention(span(usText), usText))));
        Actor a = new GovernmentActors(entities, withWashington).name(new Actor("Kremlin", null, span("Kremlin")));
        assertEquals(new Actor("US", "E7", span("Kremlin")), a, "the entity resolved to the country, by its code");
    }

    @Test
    void aPlaceThatIsNoMetonymLeavesTheActorAlone() {
        GovernmentActors governments = new GovernmentActors(List.of(), places);
        Actor moscow = new Actor("Moscow", "E4", span("Moscow"));
        assertSame(moscow, governments.name(moscow));
        Actor unnamed = new Actor("Civilians", null, null);
        assertSame(unnamed, governments.name(unnamed));
        assertNull(governments.name(null));
    }

    @Test
    void aCityReadAsThePlaceIsASettlementAndASeatIsNot() {
        GovernmentActors governments = new GovernmentActors(List.of(), places);
        assertTrue(governments.isSettlement(span("Moscow")), "talks in Moscow");
        assertFalse(governments.isSettlement(span("Kremlin")), "a seat standing for the government");
        assertFalse(governments.isSettlement(span("United States")), "a country");
    }
}
