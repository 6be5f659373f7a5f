package org.sitrep.places.build;

import org.sitrep.places.FeatureKind;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A gazetteer entry while the builder assembles it: what the index will hold, with the names it will be found by.
 * Mutable: the builder adds names, population and the capital flag as it joins its sources.
 */
final class DraftPlace {
    FeatureKind kind;
    final String name;
    final String country;
    final String admin1;
    double lat;
    double lon;
    long geonameId;
    long population;
    boolean capital;
    /** GeoNames feature code ("PPLC", "PPLA", "PPL"), empty when unknown. */
    String featureCode = "";
    /** Names it is known by first of all: its own name, its ASCII spelling. */
    final Set<String> names = new LinkedHashSet<>();
    /** Other names: older spellings, names in other languages. */
    final Set<String> alternates = new LinkedHashSet<>();

    DraftPlace(FeatureKind kind, String name, String country, String admin1, double lat, double lon) {
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.admin1 = admin1;
        this.lat = lat;
        this.lon = lon;
        names.add(name);
    }
}
