package org.annals.time;

import java.time.LocalDate;

/**
 * Dates of holidays named in grammar files. A holiday is coded {@code MM-DD} (fixed date), {@code E+n}
 * (n days from Western Easter) or {@code O+n} (n days from Orthodox Easter).
 */
final class HolidayCalendar {

    private HolidayCalendar() {
    }

    /** The holiday's date in {@code year}, or null for a malformed code. */
    static LocalDate date(String code, int year) {
        if (code.matches("\\d{2}-\\d{2}")) {
            return LocalDate.of(year, Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(3)));
        }
        if (code.matches("[EO][+-]\\d+")) {
            int offset = Integer.parseInt(code.substring(1).replace("+", ""));
            LocalDate easter = code.charAt(0) == 'E' ? westernEaster(year) : orthodoxEaster(year);
            return easter.plusDays(offset);
        }
        return null;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate westernEaster(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }
}
