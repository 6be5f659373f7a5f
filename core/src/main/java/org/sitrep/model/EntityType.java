package org.sitrep.model;

/** The kinds of named entity Sitrep reports (OntoNotes names, reduced). */
public enum EntityType {
    /** A person. */
    PERSON,
    /** An organisation: a ministry, an army, a company, an agency, a party. */
    ORG,
    /** A geo-political entity: a country, a city, a state or region with a government. */
    GPE,
    /** A location without a government: a sea, a river, a mountain range, a continent. */
    LOC,
    /** A nationality, religious or political group ("Russian", "Ukrainian"). */
    NORP,
    /** Any other name: an event, a weapon system, a law. */
    MISC
}
