package org.sitrep.places;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeysTest {

    @Test
    void exactKeyFoldsCaseAccentsApostrophesAndInitials() {
        assertEquals("kupyansk", NameKeys.exact("Kup'yans'k"));
        assertEquals("elysee", NameKeys.exact("Élysée"));
        assertEquals("us", NameKeys.exact("U.S."));
        assertEquals("washington dc", NameKeys.exact("Washington, D.C."));
        assertEquals("hague", NameKeys.exact("The Hague"));
        assertEquals("saint petersburg", NameKeys.exact("St. Petersburg"));
    }

    @Test
    void variantKeyFoldsTransliterations() {
        assertSameVariant("Glukhiv", "Hlukhiv", "Glukhov");
        assertSameVariant("Odesa", "Odessa");
        assertSameVariant("Kyiv", "Kiev");
        assertSameVariant("Kupiansk", "Kupyansk", "Kupjansk");
        assertSameVariant("Kharkiv", "Kharkov", "Harkiv");
    }

    @Test
    void variantKeyKeepsDifferentNamesApart() {
        assertNotEquals(NameKeys.variant("Sumy"), NameKeys.variant("Kursk"));
        assertNotEquals(NameKeys.variant("Paris"), NameKeys.variant("Perth"));
    }

    private static void assertSameVariant(String first, String... others) {
        for (String other : others) {
            assertEquals(NameKeys.variant(first), NameKeys.variant(other), first + " / " + other);
        }
    }
}
