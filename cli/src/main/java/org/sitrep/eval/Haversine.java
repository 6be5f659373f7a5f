package org.sitrep.eval;

/** Great-circle distance on a spherical Earth of mean radius 6,371 km, by the haversine formula. */
public final class Haversine {

    /** The Earth's mean radius in km. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Haversine() {
    }

    /** The distance in km between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
