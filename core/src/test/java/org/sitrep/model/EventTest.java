package org.sitrep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventTest {
    private static final EventMention MENTION = new EventMention(new Span(0, 30), List.of(new Span(10, 16)),
            null, null, null, null);

    private static Event event(String date, DatePrecision precision, double confidence, List<EventMention> mentions) {
        return new Event("V1", EventSubtype.AIR_DRONE_STRIKE, date, precision, null, null, null, null,
                Casualties.NONE, false, List.of(), mentions, confidence);
    }

    @Test
    void typeComesFromTheSubtype() {
        Event e = event("2024-11-19", DatePrecision.DAY, 0.8, List.of(MENTION));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, e.type());
        assertEquals("Explosions/Remote violence", e.type().label());
        assertEquals("Air/drone strike", e.subtype().label());
        assertEquals(List.of(new Span(10, 16)), e.triggers());
        assertEquals(List.of(new Span(0, 30)), e.evidence());
    }

    @Test
    void refusesConfidenceOutsideTheUnitIntervalAndDateWithoutPrecision() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> event("2024-11-19", DatePrecision.DAY, 1.2, List.of(MENTION)));
        assertEquals("event V1 has confidence 1.2 outside [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> event("2024-11-19", null, 0.5, List.of(MENTION)));
        assertEquals("event V1 has date 2024-11-19 but precision null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> event(null, null, 0.5, List.of()));
    }

    @Test
    void casualtiesKeepQualifierWithFatalitiesAndInterceptionsWithinLaunches() {
        assertThrows(IllegalArgumentException.class, () -> new Casualties(9, null, null, null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Casualties(null, null, null, 51, 87));
        assertEquals("intercepted 87 is more than launched 51", e.getMessage());
        assertEquals(87, new Casualties(null, null, null, 87, 51).launched());
    }

    @Test
    void locationTextMatchesItsSpanAndCoordinatesComeInPairs() {
        assertThrows(IllegalArgumentException.class,
                () -> new Location(new Span(0, 5), "Glukhiv", "Glukhiv", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Location(new Span(0, 7), "Glukhiv", "Glukhiv", "UA", "Sumy", 51.68, null));
        assertEquals("Sumy", new Location(new Span(0, 7), "Glukhiv", "Glukhiv", "UA", "Sumy", 51.68, 33.92).admin1());
    }

    @Test
    void factsRefuseAnEventPastTheBody() {
        Article article = Article.of("short", "A strike.");
        Event e = event(null, null, 0.5, List.of(MENTION));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> new ArticleFacts(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e),
                        List.of(), List.of()));
        assertEquals("event span end 16 is past body length 9 (source short, article 0)", x.getMessage());
    }

    @Test
    void actorNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(" ", "E1", null));
        assertEquals("E2", new Actor("Russia", "E2", null).findEntity().orElseThrow());
    }
}
