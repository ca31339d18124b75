package org.annals.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO/TIMEX3 date value can mean: "2022-01-07" is one day, "2021-12" a month,
 * "2022-W01" a week, "2022-Q1" a quarter, "2022" a year. Values with unknown digits have no range.
 */
public record DateRange(LocalDate first, LocalDate last) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public DateRange {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("empty range " + first + ".." + last);
        }
    }

    /** The range of an ISO value, or {@code null} when the value is absent, partial or not a date. */
    public static DateRange parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new DateRange(d, d);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
                return new DateRange(d, d.with(TemporalAdjusters.lastDayOfMonth()));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new DateRange(monday, monday.plusDays(6));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
                return new DateRange(d, d.plusMonths(3).minusDays(1));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = num(m, 1);
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    public boolean isDay() {
        return first.equals(last);
    }

    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    public boolean overlaps(DateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** The days both ranges share; callers check {@link #overlaps} first. */
    public DateRange intersect(DateRange other) {
        LocalDate f = first.isAfter(other.first) ? first : other.first;
        LocalDate l = last.isBefore(other.last) ? last : other.last;
        return new DateRange(f, l);
    }
}
