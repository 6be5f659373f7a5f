package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventWordsTest {

    @Test
    void eventWordsKeepTheirTypedValues() {
        assertEquals(EventWords.Kind.STRIKE, EventWords.TRIGGERS.get("airstrike"));
        assertEquals(EventWords.Kind.INTERCEPT, EventWords.TRIGGERS.get("defuse"));
        assertEquals(EventWords.Weapon.FIREARM, EventWords.WEAPONS.get("ak-47"));
        assertTrue(EventWords.HAZARDS.contains("earthquake"));
        assertTrue(EventWords.NOT_AFTER.contains("police"));
    }
}
