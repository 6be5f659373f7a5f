package org.sitrep.model;

import java.time.LocalDate;

/**
 * The dateline that opens a wire story, e.g. {@code Kyiv, Ukraine (AFP) Nov 19, 2024 -}.
 *
 * @param place  where the story was filed, as written ("Kyiv, Ukraine"); null when the dateline has none
 * @param agency the news agency ("AFP"); null when the dateline names none
 * @param date   the filing date; null when the dateline has none
 */
public record Dateline(String place, String agency, LocalDate date) {
}
