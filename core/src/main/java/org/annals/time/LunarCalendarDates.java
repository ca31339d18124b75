package org.annals.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Gregorian dates of days of the Islamic (Umm al-Qura), Hebrew and Chinese calendars, through ICU4J. Each
 * of these years straddles two Gregorian years, so a feast is looked up by the Gregorian year it falls in.
 */
final class LunarCalendarDates {

    /** A calendar other than the Gregorian one, as named by the one-letter prefix of a holiday code. */
    enum Reckoning {
        /** {@code H}: the Hijri calendar, Umm al-Qura reckoning (Saudi Arabia's official tables). */
        HIJRI,
        /** {@code J}: the Hebrew calendar, months counted from Nisan (1) as in the Bible; 12 is Adar (Adar II in leap years). */
        HEBREW,
        /** {@code C}: the Chinese lunisolar calendar, reckoned at Beijing time. */
        CHINESE;

        static Reckoning of(char prefix) {
            return switch (prefix) {
                case 'H' -> HIJRI;
                case 'J' -> HEBREW;
                case 'C' -> CHINESE;
                default -> throw new IllegalArgumentException("unknown calendar prefix " + prefix);
            };
        }
    }

    private static final TimeZone BEIJING = TimeZone.getTimeZone("Asia/Shanghai");

    private LunarCalendarDates() {
    }

    /**
     * The first day {@code day} of month {@code month} of {@code system} that falls in Gregorian year
     * {@code gregorianYear}, or null when there is none (a Hijri date can skip a Gregorian year).
     */
    static LocalDate dayIn(Reckoning system, int month, int day, int gregorianYear) {
        Calendar calendar = calendar(system);
        int first = yearAt(calendar, LocalDate.of(gregorianYear, 1, 1));
        int last = yearAt(calendar, LocalDate.of(gregorianYear, 12, 31));
        for (int year = first; year <= last; year++) {
            calendar.clear();
            calendar.set(Calendar.EXTENDED_YEAR, year);
            calendar.set(Calendar.MONTH, icuMonth(system, month));
            if (system == Reckoning.CHINESE) {
                calendar.set(Calendar.IS_LEAP_MONTH, 0);
            }
            calendar.set(Calendar.DAY_OF_MONTH, day);
            LocalDate date = LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
            if (date.getYear() == gregorianYear) {
                return date;
            }
        }
        return null;
    }

    /** ICU calendars are mutable and not thread-safe: one per look-up. */
    private static Calendar calendar(Reckoning system) {
        return switch (system) {
            case HIJRI -> {
                IslamicCalendar islamic = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
                islamic.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
                yield islamic;
            }
            case HEBREW -> new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            case CHINESE -> new ChineseCalendar(BEIJING, ULocale.ROOT);
        };
    }

    private static int yearAt(Calendar calendar, LocalDate date) {
        calendar.clear();
        calendar.set(Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    /** ICU counts months from 0; its Hebrew year starts at Tishrei (0), with Adar I as month 5 and Adar as 6. */
    private static int icuMonth(Reckoning system, int month) {
        if (system != Reckoning.HEBREW) {
            return month - 1;
        }
        if (month <= 6) {
            return month + 6; // Nisan (1) .. Elul (6) are ICU months 7..12
        }
        return month == 12 ? 6 : month - 7; // Tishrei (7) .. Shevat (11) are 0..4; Adar is 6
    }
}
