package org.sitrep.ingest;

import org.sitrep.model.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story, in the forms agencies use:
 * {@code Kyiv, Ukraine (AFP) Nov 19, 2024 -}, {@code KYIV, Nov 19 (Reuters) -}, {@code WASHINGTON (AP) —},
 * {@code Kyiv, Nov 19, 2024 (AFP) -}, {@code BRUSSELS, Nov. 19 —}.
 */
public final class DatelineParser {

    /** A dateline found at the start of a line, and where the text after it begins. */
    public record Found(Dateline dateline, int end) {
    }

    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:[ -][\\p{L}.'’-]+){0,3}"
            + "(?:, ?\\p{Lu}[\\p{L}.'’-]*(?: [\\p{L}.'’-]+){0,3})?)";
    private static final String AGENCY = "\\((?<agency>[\\p{L}][\\p{L}&./ -]{0,30})\\)";
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DATE = "(?:" + MONTH + " (?<day>\\d{1,2})(?:, ?(?<year>\\d{4}))?"
            + "|(?<day2>\\d{1,2}) " + MONTH.replace("month", "month2") + "(?: (?<year2>\\d{4}))?)";
    private static final String DASH = "\\s*(?:--|[-–—])(?:\\s+|$)";

    private static final Pattern PLACE_AGENCY_DATE = Pattern.compile("^" + PLACE + " " + AGENCY + " " + DATE + DASH);
    private static final Pattern PLACE_DATE_AGENCY = Pattern.compile("^" + PLACE + ", ?" + DATE + " " + AGENCY + DASH);
    private static final Pattern PLACE_AGENCY = Pattern.compile("^" + PLACE + " " + AGENCY + DASH);
    /** No agency: accepted only when the place is in capitals, as agencies write it, to avoid body sentences. */
    private static final Pattern CAPS_PLACE_DATE = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu}.'’ -]+(?:, ?\\p{Lu}[\\p{L}.'’ -]+)?), ?"
            + DATE + DASH);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * Finds a dateline at the start of {@code line}. A date without a year takes the year of
     * {@code referenceDate}, or is dropped when there is none.
     */
    public Optional<Found> find(String line, LocalDate referenceDate) {
        for (Pattern p : new Pattern[]{PLACE_AGENCY_DATE, PLACE_DATE_AGENCY, PLACE_AGENCY, CAPS_PLACE_DATE}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String agency = p.pattern().contains("?<agency>") ? m.group("agency").trim() : null;
                return Optional.of(new Found(new Dateline(tidyPlace(m.group("place")), agency,
                        date(m, referenceDate)), m.end()));
            }
        }
        return Optional.empty();
    }

    private static String tidyPlace(String place) {
        return place.trim().replaceAll(",$", "");
    }

    private static LocalDate date(Matcher m, LocalDate referenceDate) {
        if (!m.pattern().pattern().contains("?<month>")) {
            return null;
        }
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        String year = m.group("year") != null ? m.group("year") : m.group("year2");
        if (month == null || day == null) {
            return null;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (referenceDate != null) {
            y = referenceDate.getYear();
        } else {
            return null;
        }
        try {
            return LocalDate.of(y, MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
