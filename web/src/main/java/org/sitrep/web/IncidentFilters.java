package org.sitrep.web;

import org.sitrep.model.EventSubtype;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The incident filters every incident route takes (the list, the map, the timeline, the changes and the exports),
 * read into one {@link EventQuery}, so that every panel of the page shows the same incidents.
 */
final class IncidentFilters {
    /** The largest page of incidents. */
    static final int MAX_LIMIT = 500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    static final List<Param> PARAMS = List.of(
            Param.date("from", "earliest date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD"),
            Param.date("to", "latest date (inclusive)"),
            Param.string("country", "ISO 3166-1 alpha-2 country code"),
            Param.string("admin1", "first-level region, its whole name"),
            Param.string("type", "ACLED event type, by label (\"Battles\") or name (BATTLES)"),
            Param.string("subtype", "ACLED sub-event type, by label (\"Air/drone strike\") or name"),
            Param.string("actor", "part of either actor's name"),
            Param.string("q", "words an article reporting the incident holds"),
            Param.string("bbox", "west,south,east,north in degrees"),
            Param.integer("min_fatalities", "at least this many killed"));

    private IncidentFilters() {
    }

    /** The filters of a request (no limit or cursor), newest first. */
    static EventQuery read(Query q) {
        String country = q.text("country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new BadRequest("country", "parameter 'country' must be an ISO 3166-1 alpha-2 code such as UA, not '"
                    + Query.clip(country) + "'");
        }
        String from = q.date("from");
        String to = q.date("to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadRequest("from", "parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return EventQuery.NEWEST.withCountry(country).withAdmin1(q.text("admin1")).withDates(from, to)
                .withType(type(q.text("type"))).withSubtype(subtype(q.text("subtype"))).withActor(q.text("actor"))
                .withText(q.text("q")).withBox(box(q.text("bbox")))
                .withMinFatalities(q.integer("min_fatalities", 0, 1_000_000, 0));
    }

    private static String type(String value) {
        return enumName(value, EventType.values(), EventType::label, "type", "one of ACLED's event types ("
                + String.join(", ", Arrays.stream(EventType.values()).map(EventType::label).toList()) + ")");
    }

    private static String subtype(String value) {
        return enumName(value, EventSubtype.values(), EventSubtype::label, "subtype", "one of ACLED's 25 sub-event"
                + " types (such as \"Armed clash\" or AIR_DRONE_STRIKE)");
    }

    /** The enum constant's name a label or name (any case) stands for, or null for none given. */
    private static <E extends Enum<E>> String enumName(String value, E[] values, java.util.function.Function<E, String> label,
                                                       String parameter, String expected) {
        if (value == null) {
            return null;
        }
        for (E e : values) {
            if (label.apply(e).equalsIgnoreCase(value) || e.name().equalsIgnoreCase(value)) {
                return e.name();
            }
        }
        throw new BadRequest(parameter, "parameter '" + parameter + "' must be " + expected + ", not '"
                + Query.clip(value) + "'");
    }

    private static EventQuery.Box box(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length == 4) {
                double[] d = Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
                if (Arrays.stream(d).allMatch(Double::isFinite)) {
                    return new EventQuery.Box(d[1], d[0], d[3], d[2]);
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below (NumberFormatException is one)
        }
        throw new BadRequest("bbox", "parameter 'bbox' must be west,south,east,north in degrees (longitudes -180..180,"
                + " latitudes -90..90, south below north), not '" + Query.clip(value) + "'");
    }

    /** A page's end as an opaque cursor. */
    static String cursor(String date, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(((date == null ? "" : date) + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor parameter, decoded, or null when absent. */
    static EventQuery.Cursor cursor(Query q) {
        String value = q.text("cursor");
        if (value == null) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = s.lastIndexOf('|');
            String date = s.substring(0, bar);
            if (bar >= 0 && (date.isEmpty() || date.matches("\\d{4}(-\\d\\d){0,2}"))) {
                return new EventQuery.Cursor(date.isEmpty() ? null : date, Long.parseLong(s.substring(bar + 1)));
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            // answered below
        }
        throw new BadRequest("cursor", "parameter 'cursor' is not a cursor this API gave out: '" + Query.clip(value)
                + "'");
    }
}
