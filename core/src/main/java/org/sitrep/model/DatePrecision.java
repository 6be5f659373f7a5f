package org.sitrep.model;

/** How precisely an event's date is known: the day itself, or only its week, month or year. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    /** The lower-case name written in the output ("day"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
