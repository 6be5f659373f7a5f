package org.sitrep.model;

/** How one actor stands to another. */
public enum RelationPredicate {
    /** Sends arms, technology, money or troops ("missile technology ... sent from Russia into North Korea"). */
    SUPPLIES,
    MEETS,
    APPOINTS,
    /** Allows the object to do something ("gave Kyiv permission to use long-range missiles"). */
    PERMITS,
    THREATENS,
    /** Signs a decree, law or order; the object may be absent. */
    DECREES,
    URGES,
    ACCUSES,
    INVADES,
    ATTACKS;

    /** The lower-case name written in the output ("supplies"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
