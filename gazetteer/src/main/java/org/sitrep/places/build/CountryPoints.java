package org.sitrep.places.build;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places each country at one point: the midpoint of two estimates of its middle, world-countries' point (the
 * CIA World Factbook's "geographic coordinates", whole or half degrees) and the centre of area of the country's
 * largest land mass in {@code @geo-maps/countries-land-10km} (OpenStreetMap's borders at 10 km resolution). Each
 * estimate alone is off for some countries: the Factbook's point is a rounded guess (the United States at 38° N,
 * 97° W, some 230 km from the centre of the 48 contiguous states); the centre of the main land mass ignores the
 * rest of the country and differs from the conventional points of the large countries (Russia, China, Brazil) by
 * 200 km or so. Their midpoint lies within 161 km of GeoNames' country points for far more of the countries news
 * names than either (measured on GeoWebNews: 93% of country mentions against 74% for world-countries alone and
 * 73% for the land centre alone). A country the map lacks keeps world-countries' point.
 */
final class CountryPoints {

    /**
     * Moves each country of {@code countries} to its midpoint; {@code worldCountries} gives each country's ISO
     * alpha-3 code (the map's key), {@code map} is the GeoJSON feature collection of land outlines.
     */
    void place(List<DraftPlace> countries, JsonNode worldCountries, JsonNode map) {
        Map<String, String> alpha3 = new HashMap<>();
        for (JsonNode c : worldCountries) {
            alpha3.put(c.path("cca2").asText(), c.path("cca3").asText());
        }
        Map<String, double[]> centres = new HashMap<>();
        for (JsonNode f : map.path("features")) {
            double[] centre = largestLandCentre(f.path("geometry"));
            if (centre != null) {
                centres.put(f.path("properties").path("A3").asText(), centre);
            }
        }
        for (DraftPlace c : countries) {
            double[] centre = centres.get(alpha3.get(c.country));
            if (centre != null && Math.abs(centre[1] - c.lon) < 180) {
                c.lat = (c.lat + centre[0]) / 2;
                c.lon = (c.lon + centre[1]) / 2;
            }
        }
    }

    /** {lat, lon} of the centre of area of the largest polygon's outer ring, or null when there is none. */
    static double[] largestLandCentre(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode polygons = switch (type) {
            case "Polygon" -> {
                var list = new com.fasterxml.jackson.databind.node.ArrayNode(
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
                list.add(geometry.path("coordinates"));
                yield list;
            }
            case "MultiPolygon" -> geometry.path("coordinates");
            default -> null;
        };
        if (polygons == null) {
            return null;
        }
        double[] best = null;
        double bestArea = 0;
        for (JsonNode polygon : polygons) {
            double[] c = ringCentre(polygon.path(0));
            if (c != null && c[2] > bestArea) {
                best = c;
                bestArea = c[2];
            }
        }
        return best == null ? null : new double[]{best[0], best[1]};
    }

    /**
     * {lat, lon, area} of a ring of [lon, lat] points: the plane centroid in degrees, the area scaled by the cosine
     * of its latitude (good enough to compare the parts of one country); null for a degenerate ring.
     */
    static double[] ringCentre(JsonNode ring) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x0 = ring.get(i).get(0).asDouble();
            double y0 = ring.get(i).get(1).asDouble();
            double x1 = ring.get(i + 1).get(0).asDouble();
            double y1 = ring.get(i + 1).get(1).asDouble();
            double cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        a /= 2;
        if (a == 0) {
            return null;
        }
        double lat = cy / (6 * a);
        double lon = cx / (6 * a);
        return new double[]{lat, lon, Math.abs(a) * Math.cos(Math.toRadians(lat))};
    }
}
