package org.annals.kb;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The day a term began or ended, as precisely as the sources give it: a day ({@code 2008-02-15}), a month
 * ({@code 2008-02}), a year ({@code 2008}), or the days between two of those ({@code 2018-05-18/2018}: after the
 * 17th of May, within the year), read as the range of days it may be.
 *
 * @param first earliest day it may be
 * @param last latest day it may be
 */
public record TermBound(LocalDate first, LocalDate last) {

    /**
     * Reads a bound from a roles file; {@code null} for an empty field or "-" (unknown start, ongoing term).
     *
     * @throws IllegalArgumentException when the text is none of the three forms
     */
    public static TermBound parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equals("-")) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            TermBound from = parse(value.substring(0, slash));
            TermBound to = parse(value.substring(slash + 1));
            if (from == null || to == null || to.last().isBefore(from.first())) {
                throw new IllegalArgumentException("not a range of days (FROM/TO, FROM before TO): " + value);
            }
            return new TermBound(from.first(), to.last());
        }
        try {
            return switch (value.length()) {
                case 10 -> day(LocalDate.parse(value));
                case 7 -> {
                    YearMonth month = YearMonth.parse(value);
                    yield new TermBound(month.atDay(1), month.atEndOfMonth());
                }
                case 4 -> {
                    Year year = Year.parse(value);
                    yield new TermBound(year.atDay(1), year.atMonth(12).atEndOfMonth());
                }
                default -> throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value, e);
        }
    }

    /** A bound known to the day. */
    public static TermBound day(LocalDate day) {
        return new TermBound(day, day);
    }
}
