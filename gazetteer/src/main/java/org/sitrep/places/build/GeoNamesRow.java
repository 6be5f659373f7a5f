package org.sitrep.places.build;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of GeoNames' {@code cities1000.txt} (tab-separated: geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1 .. admin4 codes, population, ...), with only the
 * alternate names written in the Latin script and cased as names (see {@link #isLatinName}).
 */
record GeoNamesRow(long id, String name, String asciiName, List<String> alternates, double lat, double lon,
                   String featureCode, String country, String admin1, long population) {

    static GeoNamesRow parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            throw new GazetteerBuildException("cities1000 row has " + f.length + " fields, not 19: " + line);
        }
        List<String> alternates = new ArrayList<>();
        for (String alt : f[3].split(",")) {
            if (isLatinName(alt)) {
                alternates.add(alt);
            }
        }
        return new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), f[7], f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
    }

    /**
     * Whether an alternate name is worth keeping: Latin letters only (no other script), starting with a capital
     * (GeoNames' all-lower-case alternates are romanised readings, not names in use), not a code (IATA "IEV"), no
     * digits.
     */
    static boolean isLatinName(String s) {
        if (s.length() < 3 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        if (s.length() <= 4 && s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || (Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
                return false;
            }
        }
        return true;
    }
}
