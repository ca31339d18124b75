package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of holidays named in grammar files. A holiday code is a base date, an optional offset in days and
 * optional weekday adjustments:
 * <ul>
 * <li>{@code MM-DD}: a fixed date ("12-25");</li>
 * <li>{@code MM-W#n}: the n-th weekday W (1 Monday .. 7 Sunday) of month MM, n = -1 for the last
 * ("11-4#4", US Thanksgiving);</li>
 * <li>{@code E}, {@code O}: Western or Orthodox Easter Sunday ("E-2", Good Friday);</li>
 * <li>{@code H:MM-DD}, {@code J:MM-DD}, {@code C:MM-DD}: a day of the Hijri (Umm al-Qura), Hebrew (months
 * from Nisan = 1) or Chinese calendar, in the Gregorian year asked for ("H:10-01", Eid al-Fitr);</li>
 * <li>{@code I:MM-TT} with an optional moment letter: tithi TT (1-30) of Hindu lunar month MM (amanta,
 * 1 Chaitra .. 12 Phalguna), holding at sunrise, or at {@code m} midday, {@code a} afternoon, {@code p}
 * evening, {@code n} midnight ("I:07-30p", Diwali); {@code S:RR}, the day the Sun enters sidereal sign RR
 * (1 Mesha .. 12 Mina; "S:10", Makar Sankranti); {@code N:RR-KK}, the first day of solar month RR with
 * nakshatra KK at sunrise ("N:05-22", Onam). See {@link HinduCalendar};</li>
 * <li>then {@code +n}/{@code -n} days ("11-4#4+1", Black Friday);</li>
 * <li>then any of {@code <W} (back to weekday W, or stay), {@code >W} (forward to W, or stay) and
 * {@code !W+n} (if the day is a W, move n days; only the first that applies): "04-27!7-1" is 27 April,
 * or the 26th when the 27th is a Sunday; "H:10-01-1<5" is the last Friday of Ramadan.</li>
 * </ul>
 */
final class HolidayCalendar {

    private static final Pattern CODE = Pattern.compile("(?:"
            + "(?<cal>[HJC]):(?<lm>\\d{2})-(?<ld>\\d{2})"
            + "|I:(?<im>\\d{2})-(?<it>\\d{2})(?<moment>[smapn])?"
            + "|S:(?<ss>\\d{2})"
            + "|N:(?<ns>\\d{2})-(?<nk>\\d{2})"
            + "|(?<m>\\d{2})-(?<d>\\d{2})"
            + "|(?<nm>\\d{2})-(?<wd>[1-7])#(?<n>-?[1-5])"
            + "|(?<easter>[EO]))"
            + "(?<offset>[+-]\\d+)?(?<adjust>(?:[<>][1-7]|![1-7][+-]\\d+)*)");
    private static final Pattern ADJUSTMENT = Pattern.compile("([<>])([1-7])|!([1-7])([+-]\\d+)");

    /** Holiday dates by code and year: lunar calendars are slow to set up and the same feasts recur. */
    private static final Map<String, LocalDate> CACHE = new ConcurrentHashMap<>();
    private static final LocalDate NONE = LocalDate.MIN;

    private HolidayCalendar() {
    }

    /** True when {@code code} is a well-formed holiday code. */
    static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The holiday's date in {@code year}, or null for a malformed code or a year in which it does not fall. */
    static LocalDate date(String code, int year) {
        LocalDate date = CACHE.computeIfAbsent(code + "/" + year, k -> {
            LocalDate d = compute(code, year);
            return d == null ? NONE : d;
        });
        return date == NONE ? null : date;
    }

    private static LocalDate compute(String code, int year) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return null;
        }
        LocalDate date = base(m, year);
        if (date == null) {
            return null;
        }
        if (m.group("offset") != null) {
            date = date.plusDays(Integer.parseInt(m.group("offset").replace("+", "")));
        }
        Matcher a = ADJUSTMENT.matcher(m.group("adjust"));
        while (a.find()) {
            if (a.group(1) != null) {
                DayOfWeek target = DayOfWeek.of(Integer.parseInt(a.group(2)));
                date = date.with(a.group(1).equals("<") ? TemporalAdjusters.previousOrSame(target)
                        : TemporalAdjusters.nextOrSame(target));
            } else if (date.getDayOfWeek().getValue() == Integer.parseInt(a.group(3))) {
                date = date.plusDays(Integer.parseInt(a.group(4).replace("+", "")));
                break; // one move: "!6-1!7+1" must not move a Saturday to Friday and then test Friday again
            }
        }
        return date;
    }

    private static LocalDate base(Matcher m, int year) {
        if (m.group("cal") != null) {
            return LunarCalendarDates.dayIn(LunarCalendarDates.Reckoning.of(m.group("cal").charAt(0)),
                    Integer.parseInt(m.group("lm")), Integer.parseInt(m.group("ld")), year);
        }
        if (m.group("im") != null) {
            return HinduCalendar.lunarDay(Integer.parseInt(m.group("im")), Integer.parseInt(m.group("it")),
                    HinduCalendar.Moment.of(m.group("moment")), year);
        }
        if (m.group("ss") != null) {
            return HinduCalendar.sankranti(Integer.parseInt(m.group("ss")), year);
        }
        if (m.group("ns") != null) {
            return HinduCalendar.nakshatraDay(Integer.parseInt(m.group("ns")), Integer.parseInt(m.group("nk")), year);
        }
        if (m.group("m") != null) {
            int month = Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    ? LocalDate.of(year, month, day) : null;
        }
        if (m.group("nm") != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group("nm")));
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(m.group("wd")));
            int n = Integer.parseInt(m.group("n"));
            LocalDate day = n > 0
                    ? month.atDay(1).with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(n - 1L)
                    : month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday)).plusWeeks(n + 1L);
            return YearMonth.from(day).equals(month) ? day : null;
        }
        return m.group("easter").equals("E") ? westernEaster(year) : orthodoxEaster(year);
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
