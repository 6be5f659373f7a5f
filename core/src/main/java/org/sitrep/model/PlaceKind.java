package org.sitrep.model;

/** What kind of place a toponym names. */
public enum PlaceKind {
    /** A populated place of 100,000 people or more, a capital or a regional seat. */
    CITY,
    /** A smaller populated place. */
    TOWN,
    /** A first-level administrative division: an oblast, a state, a province. */
    REGION,
    /** A country (also what a demonym or a metonym stands for). */
    COUNTRY,
    /** A continent. */
    CONTINENT,
    /** Anything else, including a name the gazetteer does not know. */
    OTHER
}
