package org.sitrep.resolve;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorResolverTest {
    private final ActorResolver resolver = new ActorResolver();

    private static ActorCandidate person(long id, String name) {
        return new ActorCandidate(id, name, EntityType.PERSON, null);
    }

    private static List<String> names(List<ResolvedActor> actors) {
        return actors.stream().map(a -> a.name() + " " + a.members()).toList();
    }

    @Test
    void surnameJoinsTheOnlyLongerNameThatEndsWithIt() {
        List<ResolvedActor> actors = resolver.resolve(List.of(person(1, "Mark Rutte"), person(2, "Rutte"),
                person(3, "RUTTE"), person(4, "Mark Rutte")));
        assertEquals(List.of("Mark Rutte [1, 2, 3, 4]"), names(actors));
    }

    @Test
    void surnameSharedByTwoLongerNamesStaysApart() {
        List<ResolvedActor> actors = resolver.resolve(List.of(person(1, "Donald Trump"), person(2, "Melania Trump"),
                person(3, "Trump")));
        assertEquals(List.of("Donald Trump [1]", "Melania Trump [2]", "Trump [3]"), names(actors));
    }

    @Test
    void caseAccentsTheAndPossessivesAreFolded() {
        List<ResolvedActor> actors = resolver.resolve(List.of(
                new ActorCandidate(1, "the Kremlin", EntityType.ORG, null),
                new ActorCandidate(2, "Kremlin", EntityType.ORG, null),
                new ActorCandidate(3, "Zelenskyy", EntityType.PERSON, null),
                new ActorCandidate(4, "Zelenskyy's", EntityType.PERSON, null),
                new ActorCandidate(5, "Pérez", EntityType.PERSON, null),
                new ActorCandidate(6, "Perez", EntityType.PERSON, null)));
        assertEquals(List.of("Kremlin [1, 2]", "Perez [5, 6]", "Zelenskyy [3, 4]"), names(actors));
    }

    @Test
    void aSeatStandingForItsGovernmentIsTheCountry() {
        List<ResolvedActor> actors = resolver.resolve(List.of(
                new ActorCandidate(1, "Russia", EntityType.GPE, null),
                new ActorCandidate(2, "Moscow", EntityType.GPE, "Russia"),
                new ActorCandidate(3, "Kremlin", EntityType.ORG, "Russia"),
                new ActorCandidate(4, "Moscow", EntityType.GPE, null)));
        assertEquals(List.of("Moscow [4]", "Russia [1, 2, 3]"), names(actors));
        assertEquals(EntityType.GPE, actors.get(1).type());
    }

    @Test
    void sameTypeOnly() {
        List<ResolvedActor> actors = resolver.resolve(List.of(new ActorCandidate(1, "Russia", EntityType.GPE, null),
                new ActorCandidate(2, "Russian", EntityType.NORP, null),
                new ActorCandidate(3, "Washington", EntityType.PERSON, null),
                new ActorCandidate(4, "Washington", EntityType.GPE, null)));
        assertEquals(4, actors.size());
    }

    @Test
    void orderOfTheInputDoesNotMatter() {
        List<ActorCandidate> all = new ArrayList<>(List.of(person(1, "Mark Rutte"), person(2, "Rutte"),
                person(3, "Keith Kellogg"), person(4, "Kellogg"), new ActorCandidate(5, "Kremlin", EntityType.ORG, "Russia"),
                new ActorCandidate(6, "Russia", EntityType.GPE, null)));
        List<ResolvedActor> expected = resolver.resolve(all);
        long seed = new Random().nextLong();
        Collections.shuffle(all, new Random(seed));
        assertEquals(expected, resolver.resolve(all), "seed " + seed);
    }
}
