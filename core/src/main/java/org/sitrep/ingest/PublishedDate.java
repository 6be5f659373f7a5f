package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date that a page or a feed writes as text: ISO dates and date-times
 * ({@code 2024-11-19}, {@code 2024-11-19T08:30:00+02:00}), RFC 1123 ({@code Tue, 19 Nov 2024 08:30:00 GMT}),
 * compact {@code 20241119}, and English forms such as {@code November 19, 2024} or {@code 19 Nov 2024}. The
 * date is the calendar day as the publisher wrote it: a time and an offset, when given, are not converted.
 */
final class PublishedDate {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("MMMM d, uuuu"), written("MMM d, uuuu"), written("d MMMM uuuu"), written("d MMM uuuu"));

    private PublishedDate() {
    }

    /** The date {@code value} names, or empty when it is blank or not a date this class reads. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(date(iso));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return Optional.of(date(compact));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text)));
        } catch (DateTimeParseException e) {
            // not RFC 1123: try the written forms
        }
        String written = text.replaceFirst("^(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", "")
                .replaceAll("(\\d)(?:st|nd|rd|th)\\b", "$1")
                .replace("Sept ", "Sep ")
                .replaceAll("\\s+", " ");
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(written, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
