package org.annals.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date out of the date strings found in page metadata and feeds: ISO 8601 dates and
 * date-times (the calendar date as written, no time-zone conversion, as for JSONL) and RFC 822 dates of RSS.
 */
final class PublicationDate {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Pattern RFC_822_DATE = Pattern.compile(
            "^(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4}|\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_DATE = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

    private PublicationDate() {
    }

    /** The date a string names, or {@code null} when it is absent or not a date we can read. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = byPattern(ISO_DATE.matcher(value));
        if (date == null) {
            date = byPattern(COMPACT_DATE.matcher(value));
        }
        if (date == null) {
            date = rfc822(value.trim());
        }
        return date;
    }

    private static LocalDate byPattern(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate rfc822(String value) {
        // The date as written, like ISO values: "Fri, 7 Jan 2022 23:30:00 -0500" is 7 January.
        Matcher m = RFC_822_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
