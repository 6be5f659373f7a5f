package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VictimCountTest {

    private static Integer count(String text, int from, int to) {
        return VictimCount.of(List.of(text.split(" ")), new int[]{from, to});
    }

    @Test
    void numberInOrJustBeforeTheVictim() {
        assertEquals(12, count("the attack killed 12 people", 4, 5));
        assertEquals(3, count("Three other Russian military personnel died", 0, 5));
        assertNull(count("the attack killed people", 3, 4));
    }

    @Test
    void victimsListedByGroupCountTheirSum() {
        String list = "Other fatalities included two Iraqis , one Tunisian , one Chinese , one Iranian , one Ukrainian"
                + " , one Jordanian and one person from Uzbekistan , a Turkish official said";
        assertEquals(8, count(list, 3, 25));
        assertEquals(250, count("killed two hundred and fifty people", 1, 6), "'and' inside one number");
    }

    @Test
    void rangeStatesNoExactCount() {
        assertNull(count("seeking to account for five to seven residents of the buildings", 7, 8));
    }
}
