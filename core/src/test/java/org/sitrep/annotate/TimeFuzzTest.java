package org.sitrep.annotate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Jazzer fuzz target for time normalisation: re-resolving a date written without its year ("Monday", "June 3",
 * "last June", "the weekend", "Christmas") and coarsening offsets ("two years ago"), for any surface text, any
 * value SUTime might hand over and any publication date between 1800 and 2200. Under {@code mvn verify} it replays
 * its stored inputs; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class TimeFuzzTest {
    private static final long FIRST_DAY = LocalDate.of(1800, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2200, 12, 31).toEpochDay();

    @FuzzTest(maxDuration = "10m")
    void timeNormalisation(FuzzedDataProvider data) {
        LocalDate published = LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY));
        Direction direction = data.pickValue(Direction.values());
        String value = data.consumeString(32);
        String surface = data.consumeRemainingAsString();
        String resolved = TimeNormaliser.resolvePartialDate(surface, value, direction, published);
        assertNotNull(resolved, "resolved value of " + surface + " / " + value);
        assertNotNull(TimeNormaliser.coarsenOffset(surface, resolved), "coarsened value of " + surface + " / " + resolved);
    }
}
