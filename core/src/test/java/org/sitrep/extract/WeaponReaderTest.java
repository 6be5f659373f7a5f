package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventWords.Weapon;
import org.sitrep.model.AnnotatedArticle;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weapons a report names, read from hand-tagged clauses. */
class WeaponReaderTest {

    private static IncidentReport weapons(String tagged) {
        AnnotatedArticle doc = HandAnnotated.of(tagged);
        IncidentReport r = new IncidentReport();
        r.from = 0;
        r.to = doc.tokens().size();
        WeaponReader.read(doc, r);
        return r;
    }

    @Test
    void aWeaponWordGivesItsClassAndTheWord() {
        IncidentReport r = weapons("a/DT drone/NN strike/NN hit/VBD Odesa/NNP");
        assertEquals(Set.of(Weapon.AIR), r.weapons);
        assertEquals("drone", r.weapon.text());
    }

    @Test
    void shellingIsAClassOfWeaponThoughNoneIsNamed() {
        IncidentReport r = weapons("troops/NNS shelled/VBD/=shell the/DT city/NN");
        assertEquals(Set.of(Weapon.SHELLING), r.weapons);
        assertNull(r.weapon);
    }

    @Test
    void crowdControlAndAirDefenceNameNoWeapon() {
        assertTrue(weapons("police/NNS fired/VBD rubber/NN bullets/NNS/=bullet").weapons.isEmpty());
        assertTrue(weapons("an/DT air/NN defence/NN system/NN").weapons.isEmpty());
    }

    @Test
    void aWeaponMoreTellingThanFirearmsIsTheMainOne() {
        IncidentReport r = weapons("gunfire/NN and/CC a/DT missile/NN");
        assertEquals(Set.of(Weapon.FIREARM, Weapon.SHELLING), r.weapons);
        assertEquals("missile", r.weapon.text());
        assertEquals("missile", weapons("a/DT missile/NN and/CC gunfire/NN").weapon.text());
    }
}
