package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityGrouperTest {
    private final EntityGrouper grouper = new EntityGrouper();

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void surnameJoinsTheFullNameAndTakesItsName() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "NATO/NNP/ORG chief/NN Mark/NNP/PERSON Rutte/NNP/PERSON spoke/VBD ./. || Rutte/NNP/PERSON said/VBD so/RB ./."));
        assertEquals(2, entities.size());
        Entity rutte = entities.get(1);
        assertEquals("Mark Rutte", rutte.name());
        assertEquals(EntityType.PERSON, rutte.type());
        assertEquals(List.of("Mark Rutte", "Rutte"), mentions(rutte));
        assertEquals("E1", entities.get(0).id());
        assertEquals("E2", rutte.id());
    }

    @Test
    void shortFormBeforeTheFullNameStillJoinsIt() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "Trump/NNP/PERSON won/VBD ./. || President/NNP Donald/NNP/PERSON Trump/NNP/PERSON spoke/VBD ./."));
        assertEquals(1, entities.size());
        assertEquals("Donald Trump", entities.get(0).name());
        assertEquals(List.of("Trump", "Donald Trump"), mentions(entities.get(0)));
    }

    @Test
    void twoPeopleSharingASurnameTakeTheNearestEarlierFullName() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "Joe/NNP/PERSON Biden/NNP/PERSON met/VBD Hunter/NNP/PERSON Biden/NNP/PERSON ./. || Biden/NNP/PERSON left/VBD ./."));
        assertEquals(2, entities.size());
        assertEquals(List.of("Hunter Biden", "Biden"), mentions(entities.get(1)));
    }

    @Test
    void acronymJoinsTheOrganisationItAbbreviates() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "the/DT Organisation/NNP/ORG for/IN/ORG the/DT/ORG Prohibition/NNP/ORG of/IN/ORG Chemical/NNP/ORG Weapons/NNPS/ORG"
                        + " (/-LRB- OPCW/NNP/ORG )/-RRB- said/VBD ./."));
        assertEquals(1, entities.size());
        assertEquals("Organisation for the Prohibition of Chemical Weapons", entities.get(0).name());
        assertEquals(2, entities.get(0).mentions().size());
    }

    @Test
    void countryAliasesArePooled() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "the/DT United/NNP/GPE States/NNP/GPE and/CC the/DT US/NNP/GPE military/NN ./."));
        assertEquals(1, entities.size());
        assertEquals("United States", entities.get(0).name());
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        List<Entity> entities = grouper.group(HandAnnotated.of(
                "Kyiv's/NNP/GPE allies/NNS and/CC Kyiv/NNP/GPE ./."));
        assertEquals(1, entities.size());
        assertEquals("Kyiv", entities.get(0).name());
    }

    @Test
    void noNamesNoEntities() {
        assertEquals(List.of(), grouper.group(HandAnnotated.of("it/PRP rained/VBD ./.")));
    }
}
