package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HaversineTest {

    @Test
    void kyivToLvivIsAboutFourHundredSixtyeightKm() {
        assertEquals(468, Haversine.km(50.4501, 30.5234, 49.8397, 24.0297), 2);
    }

    @Test
    void samePointIsZeroAndAntipodesAreHalfTheCircumference() {
        assertEquals(0, Haversine.km(33.5138, 36.2765, 33.5138, 36.2765), 1e-9);
        double half = Haversine.km(0, 0, 0, 180);
        assertEquals(Math.PI * Haversine.EARTH_RADIUS_KM, half, 1e-6);
        assertTrue(half < GeoScore.UNPLACED_ERROR_KM, "no real error exceeds the unplaced error");
    }

    @Test
    void crossesTheDateLineTheShortWay() {
        assertEquals(Haversine.km(0, 179.5, 0, -179.5), Haversine.km(0, 0, 0, 1), 1e-9);
    }
}
