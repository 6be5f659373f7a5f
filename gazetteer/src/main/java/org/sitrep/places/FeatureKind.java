package org.sitrep.places;

/** What a gazetteer entry is. */
public enum FeatureKind {
    /** A sovereign state or territory with an ISO 3166-1 code. */
    COUNTRY,
    /** A first-level administrative division: an oblast, a state, a province. */
    REGION,
    /** A populated place of 100,000 people or more, or a capital or first-level seat. */
    CITY,
    /** Any smaller populated place. */
    TOWN,
    /** A continent. */
    CONTINENT,
    /** A building or street that stands for a country's government ("the Kremlin", "Downing Street"). */
    SEAT,
    /**
     * A second-level administrative division: a county, a raion, a département. Its admin1 code is that of the
     * region it lies in. Appended last: the index stores kinds by position.
     */
    DISTRICT
}
