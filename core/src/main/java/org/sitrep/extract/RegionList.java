package org.sitrep.extract;

import org.sitrep.places.IndexedPlace;
import org.sitrep.places.PlaceIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first-level regions of a country, listed once per country from the gazetteer by their GeoNames admin1 codes
 * (two letters or digits, as "TX", "05" or "G1", or three letters, as "ENG").
 */
final class RegionList {
    private final PlaceIndex index;
    private final Map<String, List<IndexedPlace>> byCountry = new ConcurrentHashMap<>();

    RegionList(PlaceIndex index) {
        this.index = index;
    }

    /** The regions of a country (ISO 3166-1 alpha-2), empty for an unknown one. */
    List<IndexedPlace> of(String country) {
        return byCountry.computeIfAbsent(country, this::list);
    }

    private List<IndexedPlace> list(String country) {
        List<IndexedPlace> regions = new ArrayList<>();
        String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (char a : symbols.toCharArray()) {
            for (char b : symbols.toCharArray()) {
                index.findRegion(country, "" + a + b).ifPresent(regions::add);
                if (Character.isLetter(a) && Character.isLetter(b)) {
                    for (char c = 'A'; c <= 'Z'; c++) {
                        index.findRegion(country, "" + a + b + c).ifPresent(regions::add);
                    }
                }
            }
        }
        return List.copyOf(regions);
    }
}
