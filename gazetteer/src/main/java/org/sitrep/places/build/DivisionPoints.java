package org.sitrep.places.build;

import org.sitrep.places.FeatureKind;
import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places first-level regions at the centres of area of Natural Earth's outlines of them, and adds the divisions
 * Natural Earth has that the GeoNames-derived regions and counties lack.
 *
 * <p>A region is joined to its Natural Earth division by GeoNames' own first-level code, which Natural Earth carries
 * ({@code gn_a1_code}). The centre of its outline lies near the point GeoNames gives a region; the mean of the
 * region's places, the builder's estimate otherwise, is pulled toward where people live (Ontario's lies near
 * Toronto, 635 km from GeoNames' point for the province). Measured on GeoWebNews, against the 243 gold region
 * mentions both cover: 240 within 161 km at the centre of area, 221 at Natural Earth's label point (Hawaii's is on
 * Oahu), 218 at the mean of places. When several divisions share a code, the one of the region's name is the region;
 * if none is, the region is placed at the mean of their centres.
 *
 * <p>A Natural Earth division whose code names no region with places, or that is one of several parts of one
 * region, and whose name is no region's or county's of its country, becomes a county-level entry
 * ({@link FeatureKind#DISTRICT}): the counties of the United Kingdom and Ireland in Natural Earth's older division
 * (Northamptonshire, Ceredigion, Cavan), Pakistan's tribal areas, Metro Manila's cities. Its admin1 code is that of
 * its region, else that of the nearest place of its country.
 */
final class DivisionPoints {
    private static final Pattern DIVISION_WORDS = Pattern.compile(
            "(?i)\\s+(county|province|district|region|state|prefecture|governorate|department|municipality|"
                    + "parish|borough|oblast|raion|rayon|unitary authority)$");

    /** How many regions were moved and how many entries were added, for the build's log. */
    record Outcome(int moved, List<DraftPlace> added) {
    }

    Outcome apply(List<NaturalEarthDivisions.Division> divisions, List<DraftPlace> regions,
                  List<DraftPlace> districts, List<DraftPlace> cities) {
        Map<String, DraftPlace> regionByCode = new HashMap<>();
        for (DraftPlace r : regions) {
            regionByCode.put(r.country + "." + r.admin1, r);
        }
        Map<String, List<NaturalEarthDivisions.Division>> byCode = new HashMap<>();
        for (NaturalEarthDivisions.Division d : divisions) {
            if (regionByCode.containsKey(d.geonamesCode())) {
                byCode.computeIfAbsent(d.geonamesCode(), k -> new ArrayList<>()).add(d);
            }
        }
        Set<NaturalEarthDivisions.Division> used = new HashSet<>();
        int moved = 0;
        for (Map.Entry<String, List<NaturalEarthDivisions.Division>> e : byCode.entrySet()) {
            DraftPlace region = regionByCode.get(e.getKey());
            List<NaturalEarthDivisions.Division> parts = e.getValue();
            NaturalEarthDivisions.Division same = parts.size() == 1 ? parts.get(0) : parts.stream()
                    .filter(d -> keysOf(region).contains(NameKeys.exact(d.name()))).findFirst().orElse(null);
            if (same != null) {
                region.lat = same.lat();
                region.lon = same.lon();
                used.add(same);
            } else {
                region.lat = parts.stream().mapToDouble(NaturalEarthDivisions.Division::lat).average().orElseThrow();
                region.lon = parts.stream().mapToDouble(NaturalEarthDivisions.Division::lon).average().orElseThrow();
            }
            moved++;
        }
        return new Outcome(moved, additions(divisions, used, regions, districts, cities, regionByCode));
    }

    private static List<DraftPlace> additions(List<NaturalEarthDivisions.Division> divisions,
                                              Set<NaturalEarthDivisions.Division> used, List<DraftPlace> regions,
                                              List<DraftPlace> districts, List<DraftPlace> cities,
                                              Map<String, DraftPlace> regionByCode) {
        Set<String> known = new HashSet<>();
        for (List<DraftPlace> list : List.of(regions, districts)) {
            for (DraftPlace p : list) {
                for (String k : keysOf(p)) {
                    known.add(p.country + "|" + k);
                }
            }
        }
        Map<String, List<DraftPlace>> citiesByCountry = new HashMap<>();
        for (DraftPlace c : cities) {
            citiesByCountry.computeIfAbsent(c.country, k -> new ArrayList<>()).add(c);
        }
        List<DraftPlace> added = new ArrayList<>();
        for (NaturalEarthDivisions.Division d : divisions) {
            String key = NameKeys.exact(d.name());
            String bare = DIVISION_WORDS.matcher(d.name()).replaceFirst("");
            if (used.contains(d) || key.isEmpty() || known.contains(d.country() + "|" + key)
                    || known.contains(d.country() + "|" + NameKeys.exact(bare))) {
                continue;
            }
            DraftPlace region = regionByCode.get(d.geonamesCode());
            String admin1 = region != null ? region.admin1 : nearestAdmin1(d, citiesByCountry.get(d.country()));
            DraftPlace p = new DraftPlace(FeatureKind.DISTRICT, d.name(), d.country(), admin1, d.lat(), d.lon());
            if (!bare.isBlank()) {
                p.names.add(bare);
            }
            known.add(d.country() + "|" + key);
            added.add(p);
        }
        return added;
    }

    /** The admin1 code of the place of the country nearest to the division's label point, or null. */
    private static String nearestAdmin1(NaturalEarthDivisions.Division d, List<DraftPlace> places) {
        if (places == null) {
            return null;
        }
        DraftPlace best = null;
        double bestKm = Double.MAX_VALUE;
        for (DraftPlace c : places) {
            double km = IndexedPlace.kilometres(d.lat(), d.lon(), c.lat, c.lon);
            if (km < bestKm) {
                best = c;
                bestKm = km;
            }
        }
        return best == null || best.admin1 == null || best.admin1.isEmpty() ? null : best.admin1;
    }

    private static Set<String> keysOf(DraftPlace p) {
        Set<String> keys = new HashSet<>();
        for (String n : p.names) {
            keys.add(NameKeys.exact(n));
        }
        return keys;
    }
}
