package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.annals.model.TimeType;

/**
 * Turns the filled slots of a rule match into a TIMEX3 value, for any language: the grammar supplies the
 * words' values, this class only does calendar arithmetic against the anchor.
 */
final class TimeResolver {

    /** A normalized value before it becomes a TimeExpression. */
    record Resolution(String value, TimeType type, String precision, TimeModifier modifier) {
    }

    private static final String UNKNOWN_DAY = "XXXX-XX-XX";

    private final TimeGrammar grammar;
    private final LocalDateTime anchor;
    private final Orientation orientation;

    TimeResolver(TimeGrammar grammar, LocalDateTime anchor, Orientation orientation) {
        this.grammar = grammar;
        this.anchor = anchor;
        this.orientation = orientation;
    }

    /** The resolution of one match, or null when the slots do not make a time (e.g. "31 février"). */
    Resolution resolve(Map<String, String> slots) {
        TimeModifier modifier = modifier(slots);
        Resolution r = resolveValue(slots);
        return r == null ? null : new Resolution(r.value(), r.type(), r.precision(), modifier);
    }

    private TimeModifier modifier(Map<String, String> slots) {
        if (slots.containsKey("since")) {
            return TimeModifier.SINCE;
        }
        if (slots.containsKey("until")) {
            return TimeModifier.UNTIL;
        }
        String part = word("part", slots);
        if (part != null) {
            return TimeModifier.valueOf(part);
        }
        return TimeModifier.NONE;
    }

    private Resolution resolveValue(Map<String, String> s) {
        if (s.containsKey("every")) {
            return set(s);
        }
        if (s.containsKey("h")) {
            return timeOfDay(s);
        }
        if (s.containsKey("dec")) {
            return decade(s);
        }
        if (s.containsKey("cent")) {
            return century(s);
        }
        if (s.containsKey("dp")) {
            return dayPart(s);
        }
        if (s.containsKey("hol")) {
            return holidayBased(s);
        }
        if (s.containsKey("rel") && s.containsKey("unit") && count(s) != null && !s.containsKey("h")) {
            return countedFromRelativeDay(s);
        }
        if (s.containsKey("wd") && countsFromAnchor(s)) {
            return weekdayCountedFromAnchor(s);
        }
        if (s.containsKey("d") && "M".equals(word("unit", s)) && shift(s) != null && !s.containsKey("m")) {
            return dayOfShiftedMonth(s);
        }
        if (s.containsKey("unit") && (s.containsKey("n") || s.containsKey("ago") || s.containsKey("in")
                || s.containsKey("after")) && !s.containsKey("shift")) {
            return s.containsKey("ago") || s.containsKey("in") || s.containsKey("after") ? offset(s) : duration(s);
        }
        if (s.containsKey("unit") && s.containsKey("shift") && !s.containsKey("wd")) {
            return period(s);
        }
        if (s.containsKey("ord") && (s.containsKey("wd")
                || s.containsKey("unit") && "DW".contains(String.valueOf(word("unit", s)))
                        && (s.containsKey("m") || s.containsKey("shift")))) {
            return nthInMonth(s);
        }
        if (s.containsKey("unit") && s.containsKey("ord")) {
            return ordinalPeriod(s);
        }
        if (s.containsKey("unit") && s.containsKey("part") && !s.containsKey("wd")) {
            // "la fin de l'année", "early this month" without a shift word: the current period
            String unit = word("unit", s);
            return unit == null ? null : anchor == null ? unresolvedAt(unit) : at(unit, 0);
        }
        LocalDate day = day(s);
        if (day != null) {
            return date(day);
        }
        if (s.containsKey("d") && (s.containsKey("m") || s.containsKey("mn"))) {
            return partialDate(s);
        }
        if (s.containsKey("m") || s.containsKey("mn")) {
            return month(s);
        }
        if (s.containsKey("d") && !s.containsKey("wd") && !s.containsKey("rel")) {
            return dayOfMonthAlone(s);
        }
        if (s.containsKey("season")) {
            return season(s);
        }
        if (s.containsKey("y") || s.containsKey("yy")) {
            Integer year = year(s);
            return year == null ? null : new Resolution(String.format("%04d", year), TimeType.DATE, "year", null);
        }
        if (s.containsKey("hol")) {
            return partialHoliday(s);
        }
        if (s.containsKey("rel") || s.containsKey("wd")) {
            return new Resolution(s.containsKey("wd") && !s.containsKey("rel")
                    ? "XXXX-WXX-" + weekday(s).getValue() : UNKNOWN_DAY, TimeType.DATE, "day", null);
        }
        return null;
    }

    // ---- days --------------------------------------------------------------------------------

    /** The anchored day a match names (relative day, weekday, full date), or null if it names none. */
    private LocalDate day(Map<String, String> s) {
        if (s.containsKey("d") && (s.containsKey("m") || s.containsKey("mn"))) {
            return calendarDay(s);
        }
        if (s.containsKey("hol")) {
            return holiday(s);
        }
        if (anchor == null) {
            return null;
        }
        LocalDate today = anchor.toLocalDate();
        if (s.containsKey("wd") && s.containsKey("d") && word("weekday", s) != null) {
            return weekdayAndDayOfMonth(today, weekday(s), dayOfMonth(s), leaning(s));
        }
        if (s.containsKey("wd") && "W".equals(word("unit", s)) && shift(s) != null) {
            // "mardi de la semaine prochaine": the weekday inside the shifted week
            LocalDate monday = mondayOf(today.plusWeeks(shift(s)));
            return monday.plusDays(weekday(s).getValue() - 1L);
        }
        if (s.containsKey("rel")) {
            String v = word("rel", s);
            return v == null ? null : today.plusDays(Integer.parseInt(v));
        }
        if (s.containsKey("wd")) {
            return weekdayDate(today, weekday(s), shift(s));
        }
        return null;
    }

    private DayOfWeek weekday(Map<String, String> s) {
        return DayOfWeek.of(Integer.parseInt(word("weekday", s)));
    }

    private LocalDate weekdayDate(LocalDate today, DayOfWeek target, Integer shift) {
        int delta = target.getValue() - today.getDayOfWeek().getValue();
        if (shift != null && shift < 0) {
            return today.plusDays(delta < 0 ? delta : delta - 7).plusWeeks(shift + 1);
        }
        if (shift != null && shift > 0) {
            return today.plusDays(delta > 0 ? delta : delta + 7).plusWeeks(shift - 1);
        }
        return switch (orientation) {
            case PAST -> today.plusDays(delta <= 0 ? delta : delta - 7);
            case FUTURE -> today.plusDays(delta > 0 ? delta : delta + 7);
            case NEAREST -> today.plusDays(delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta);
        };
    }

    /** Day and month, with the year given or chosen near the anchor; null when unknown or impossible. */
    private LocalDate calendarDay(Map<String, String> s) {
        Integer dayOfMonth = dayOfMonth(s);
        Integer month = monthOf(s);
        if (dayOfMonth == null || month == null) {
            return null;
        }
        Integer year = year(s);
        if (year != null) {
            return safeDate(year, month, dayOfMonth);
        }
        if (anchor == null) {
            return null;
        }
        LocalDate today = anchor.toLocalDate();
        LocalDate best = null;
        Orientation lean = leaning(s);
        DayOfWeek named = s.containsKey("wd") && word("weekday", s) != null ? weekday(s) : null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate candidate = safeDate(y, month, dayOfMonth);
            if (candidate == null) {
                continue;
            }
            if (named != null && candidate.getDayOfWeek() != named) {
                // "Tue May 9": the weekday tells the year; without a year that fits, it is ignored below
                continue;
            }
            if (named == null && (lean == Orientation.PAST && candidate.isAfter(today)
                    || lean == Orientation.FUTURE && candidate.isBefore(today))) {
                continue;
            }
            if (best == null || closer(candidate, best, today, lean)) {
                best = candidate;
            }
        }
        if (best == null && named != null) {
            Map<String, String> withoutWeekday = new java.util.HashMap<>(s);
            withoutWeekday.remove("wd");
            return calendarDay(withoutWeekday);
        }
        return best;
    }

    private static boolean closer(LocalDate a, LocalDate b, LocalDate today, Orientation lean) {
        long da = Math.abs(a.toEpochDay() - today.toEpochDay());
        long db = Math.abs(b.toEpochDay() - today.toEpochDay());
        return da < db || (da == db && a.isBefore(b));
    }

    /** "dernier"/"last" forces the past, "prochain"/"next" the future, else the tagger's orientation. */
    private Orientation leaning(Map<String, String> s) {
        Integer shift = shift(s);
        if (shift != null && shift < 0) {
            return Orientation.PAST;
        }
        if (shift != null && shift > 0) {
            return Orientation.FUTURE;
        }
        return orientation;
    }

    /** A holiday, in the year given or the one the orientation picks near the anchor. */
    private LocalDate holiday(Map<String, String> s) {
        String code = word("holiday", s);
        return code == null ? null : holiday(code, year(s), leaning(s));
    }

    private LocalDate holiday(String code, Integer year, Orientation lean) {
        if (year != null) {
            return HolidayCalendar.date(code, year);
        }
        if (anchor == null) {
            return null;
        }
        LocalDate today = anchor.toLocalDate();
        LocalDate best = null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate candidate = HolidayCalendar.date(code, y);
            if (candidate == null || lean == Orientation.PAST && candidate.isAfter(today)
                    || lean == Orientation.FUTURE && candidate.isBefore(today)) {
                continue;
            }
            if (best == null || closer(candidate, best, today, lean)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * A holiday, alone or counted from: "Thanksgiving 2014", "Thanksgiving of next year", "Thanksgiving in a
     * year" (the one in the year so far from the anchor), "three days after Easter", "the third Tuesday after
     * Christmas 2014".
     */
    private Resolution holidayBased(Map<String, String> s) {
        String code = word("holiday", s);
        if (code == null) {
            return null;
        }
        String unit = word("unit", s);
        Integer count = count(s);
        boolean back = s.containsKey("ago");
        Integer year = year(s);
        if (s.containsKey("wd") && count != null || ("D".equals(unit) || "W".equals(unit)) && count != null) {
            LocalDate base = holiday(code, year, year != null ? orientation : leaning(s));
            if (base == null) {
                return new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
            }
            if (s.containsKey("wd")) {
                return date(countWeekdays(base, weekday(s), count, back));
            }
            long days = (unit.equals("W") ? 7L : 1L) * count;
            return date(base.plusDays(back ? -days : days));
        }
        if (year == null && anchor != null && unit != null) {
            Integer shift = shift(s);
            if (count != null && (back || s.containsKey("in") || s.containsKey("after"))) {
                LocalDateTime then = switch (unit) {
                    case "M" -> anchor.plusMonths(back ? -count : count);
                    case "Y" -> anchor.plusYears(back ? -count : count);
                    default -> null;
                };
                year = then == null ? null : then.getYear();
            } else if (shift != null && "Y".equals(unit)) {
                year = anchor.getYear() + shift;
            }
            if (year != null) {
                LocalDate day = holiday(code, year, orientation);
                return day == null ? null : date(day);
            }
        }
        LocalDate day = holiday(code, year, leaning(s));
        return day != null ? date(day) : partialHoliday(s);
    }

    /** "three Fridays from now", "2 Thursdays ago", "Wednesday in two weeks", "mercredi dans deux semaines". */
    private boolean countsFromAnchor(Map<String, String> s) {
        boolean direction = s.containsKey("ago") || s.containsKey("in") || s.containsKey("after");
        String unit = word("unit", s);
        return direction && count(s) != null && (unit == null || unit.equals("W"));
    }

    private Resolution weekdayCountedFromAnchor(Map<String, String> s) {
        if (anchor == null) {
            return new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
        }
        LocalDate today = anchor.toLocalDate();
        int count = count(s);
        boolean back = s.containsKey("ago");
        if ("W".equals(word("unit", s))) {
            // the weekday inside the week so many weeks away
            LocalDate monday = mondayOf(today.plusWeeks(back ? -count : count));
            return date(monday.plusDays(weekday(s).getValue() - 1L));
        }
        return date(countWeekdays(today, weekday(s), count, back));
    }

    /** The {@code count}-th {@code weekday} strictly after (or before) {@code from}. */
    private static LocalDate countWeekdays(LocalDate from, DayOfWeek weekday, int count, boolean back) {
        return back ? from.with(TemporalAdjusters.previous(weekday)).minusWeeks(count - 1L)
                : from.with(TemporalAdjusters.next(weekday)).plusWeeks(count - 1L);
    }

    /** "two days after today", "three weeks from tomorrow", "deux jours avant hier". */
    private Resolution countedFromRelativeDay(Map<String, String> s) {
        String rel = word("rel", s);
        String unit = word("unit", s);
        if (rel == null || unit == null) {
            return null;
        }
        if (anchor == null) {
            return new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
        }
        int count = s.containsKey("ago") ? -count(s) : count(s);
        LocalDate base = anchor.toLocalDate().plusDays(Integer.parseInt(rel));
        LocalDate day = switch (unit) {
            case "D" -> base.plusDays(count);
            case "W" -> base.plusWeeks(count);
            case "M" -> base.plusMonths(count);
            case "Y" -> base.plusYears(count);
            default -> null;
        };
        return day == null ? null : date(day);
    }

    /** "the 20th of next month", "le 5 du mois prochain". */
    private Resolution dayOfShiftedMonth(Map<String, String> s) {
        Integer dayOfMonth = dayOfMonth(s);
        if (dayOfMonth == null) {
            return null;
        }
        if (anchor == null) {
            return new Resolution(String.format("XXXX-XX-%02d", dayOfMonth), TimeType.DATE, "day", null);
        }
        YearMonth month = YearMonth.from(anchor).plusMonths(shift(s));
        LocalDate day = safeDate(month.getYear(), month.getMonthValue(), dayOfMonth);
        return day == null ? null : date(day);
    }

    /** A whole count from a number or an ordinal slot ("three", "3", "third"); null when there is none. */
    private Integer count(Map<String, String> s) {
        if (s.containsKey("n")) {
            Double n = number(s.get("n"));
            return n == null || n != Math.floor(n) || n < 1 ? null : n.intValue();
        }
        String ordinal = word("ordinal", s);
        return ordinal == null || Integer.parseInt(ordinal) < 1 ? null : Integer.valueOf(ordinal);
    }

    private Resolution partialHoliday(Map<String, String> s) {
        String code = word("holiday", s);
        if (code == null || !code.matches("\\d{2}-\\d{2}")) {
            return new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
        }
        return new Resolution("XXXX-" + code, TimeType.DATE, "day", null);
    }

    /**
     * "le premier mercredi du mois prochain", "the last Monday of March", "la première semaine d'octobre":
     * the n-th (or last, -1) weekday, day or week of a month. A week belongs to the month it starts in,
     * and the last week is the last one that ends in it.
     */
    private Resolution nthInMonth(Map<String, String> s) {
        String ordinal = word("ordinal", s);
        if (ordinal == null) {
            return null;
        }
        int n = Integer.parseInt(ordinal);
        YearMonth ym;
        if (s.containsKey("m") || s.containsKey("mn")) {
            Map<String, String> monthOnly = new java.util.HashMap<>(s);
            monthOnly.remove("d");
            Resolution month = month(monthOnly);
            if (month == null || month.value().startsWith("X")) {
                return month == null ? null : new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
            }
            ym = YearMonth.parse(month.value());
        } else if (anchor != null) {
            Integer shift = shift(s);
            ym = YearMonth.from(anchor).plusMonths(shift == null ? 0 : shift);
        } else {
            return new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
        }
        if (s.containsKey("wd")) {
            DayOfWeek target = weekday(s);
            LocalDate day = n > 0
                    ? ym.atDay(1).with(TemporalAdjusters.nextOrSame(target)).plusWeeks(n - 1L)
                    : ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(target)).plusWeeks(n + 1L);
            return YearMonth.from(day).equals(ym) ? date(day) : null;
        }
        if ("D".equals(word("unit", s))) {
            LocalDate day = n > 0 ? ym.atDay(1).plusDays(n - 1L) : ym.atEndOfMonth().plusDays(n + 1L);
            return YearMonth.from(day).equals(ym) ? date(day) : null;
        }
        LocalDate monday = n > 0
                ? ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L)
                : ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6).plusWeeks(n + 1L);
        return week(monday);
    }

    /** "jeudi 15": the month nearest the anchor whose 15th is a Thursday. */
    private static LocalDate weekdayAndDayOfMonth(LocalDate today, DayOfWeek weekday, Integer dayOfMonth,
            Orientation lean) {
        if (dayOfMonth == null) {
            return null;
        }
        LocalDate best = null;
        for (int delta = -12; delta <= 12; delta++) {
            YearMonth ym = YearMonth.from(today).plusMonths(delta);
            LocalDate candidate = safeDate(ym.getYear(), ym.getMonthValue(), dayOfMonth);
            if (candidate == null || candidate.getDayOfWeek() != weekday
                    || lean == Orientation.PAST && candidate.isAfter(today)
                    || lean == Orientation.FUTURE && candidate.isBefore(today)) {
                continue;
            }
            if (best == null || closer(candidate, best, today, lean)) {
                best = candidate;
            }
        }
        return best;
    }

    /** "on the 15th", "le 16": that day in the month the orientation picks around the anchor. */
    private Resolution dayOfMonthAlone(Map<String, String> s) {
        Integer dayOfMonth = dayOfMonth(s);
        if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
            return null;
        }
        if (anchor == null) {
            return new Resolution(String.format("XXXX-XX-%02d", dayOfMonth), TimeType.DATE, "day", null);
        }
        LocalDate today = anchor.toLocalDate();
        Orientation lean = leaning(s);
        LocalDate best = null;
        for (int delta = -1; delta <= 1; delta++) {
            YearMonth ym = YearMonth.from(today).plusMonths(delta);
            LocalDate candidate = safeDate(ym.getYear(), ym.getMonthValue(), dayOfMonth);
            if (candidate == null || lean == Orientation.PAST && candidate.isAfter(today)
                    || lean == Orientation.FUTURE && candidate.isBefore(today)) {
                continue;
            }
            if (best == null || closer(candidate, best, today, lean)) {
                best = candidate;
            }
        }
        return best == null ? null : date(best);
    }

    private Resolution partialDate(Map<String, String> s) {
        Integer dayOfMonth = dayOfMonth(s);
        Integer month = monthOf(s);
        if (dayOfMonth == null || month == null || safeDate(2000, month, dayOfMonth) == null) {
            return null;
        }
        return new Resolution(String.format("XXXX-%02d-%02d", month, dayOfMonth), TimeType.DATE, "day", null);
    }

    private static Resolution date(LocalDate day) {
        return new Resolution(day.toString(), TimeType.DATE, "day", null);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    // ---- months, seasons, years, decades --------------------------------------------------------

    private Resolution month(Map<String, String> s) {
        Integer month = monthOf(s);
        if (month == null) {
            return null;
        }
        Integer year = year(s);
        if (year == null && anchor != null) {
            YearMonth now = YearMonth.from(anchor);
            int diff = month - now.getMonthValue();
            Integer shift = shift(s);
            if (shift != null && shift < 0) {
                diff = diff < 0 ? diff : diff - 12;
            } else if (shift != null && shift > 0) {
                diff = (diff > 0 ? diff : diff + 12) + 12 * (shift - 1);
            } else if (shift != null) {
                diff = diff; // "cette décembre": the month of the anchor's year
            } else {
                diff = switch (orientation) {
                    case PAST -> diff <= 0 ? diff : diff - 12;
                    case FUTURE -> diff >= 0 ? diff : diff + 12;
                    case NEAREST -> diff > 5 ? diff - 12 : diff < -6 ? diff + 12 : diff;
                };
            }
            year = now.plusMonths(diff).getYear();
        }
        String y = year == null ? "XXXX" : String.format("%04d", year);
        return new Resolution(y + String.format("-%02d", month), TimeType.DATE, "month", null);
    }

    private Resolution season(Map<String, String> s) {
        String code = word("season", s);
        Integer year = year(s);
        if (year == null && anchor != null) {
            Integer shift = shift(s);
            year = anchor.getYear() + (shift == null ? 0 : shift);
        }
        return new Resolution((year == null ? "XXXX" : String.format("%04d", year)) + "-" + code,
                TimeType.DATE, "season", null);
    }

    private Integer year(Map<String, String> s) {
        String y = s.get("y");
        if (y != null) {
            return Integer.parseInt(y);
        }
        String yy = s.get("yy");
        if (yy == null) {
            return null;
        }
        int two = Integer.parseInt(yy.replace("'", ""));
        int pivot = anchor == null ? 30 : (anchor.getYear() % 100) + 10;
        int century = anchor == null ? 1900 : anchor.getYear() / 100 * 100;
        return two <= pivot ? century + two : century - 100 + two;
    }

    private Resolution decade(Map<String, String> s) {
        String d = s.get("dec");
        String digits;
        if (d.length() >= 4) {
            digits = d.substring(0, 3);
        } else {
            int two = Integer.parseInt(d);
            int anchorTwo = anchor == null ? 30 : anchor.getYear() % 100;
            int century = anchor == null ? 19 : anchor.getYear() / 100;
            digits = (two <= anchorTwo ? century : century - 1) + d.substring(0, 1);
        }
        return new Resolution(digits, TimeType.DATE, "decade", null);
    }

    private Resolution century(Map<String, String> s) {
        String text = s.get("cent");
        int n = Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : roman(text);
        if (n < 1 || n > 22) {
            return null;
        }
        return new Resolution(String.format("%02d", n - 1), TimeType.DATE, "century", null);
    }

    private static int roman(String text) {
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int v = switch (text.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** "hier matin", "Tuesday night": the day, then the TIMEX3 part-of-day code (MO, AF, EV, NI, DT). */
    private Resolution dayPart(Map<String, String> s) {
        String code = word("daypart", s);
        if (code == null) {
            return null;
        }
        LocalDate day = day(s);
        String base;
        if (day != null) {
            base = day.toString();
        } else if (s.containsKey("rel") || s.containsKey("wd") || s.containsKey("d") || anchor == null) {
            Resolution partial = s.containsKey("d") ? partialDate(s) : null;
            base = partial == null ? UNKNOWN_DAY : partial.value();
        } else {
            base = anchor.toLocalDate().toString();
        }
        return new Resolution(base + "T" + code, TimeType.TIME, "daypart", null);
    }

    // ---- relative periods, offsets, durations -----------------------------------------------------

    private Resolution period(Map<String, String> s) {
        String unit = word("unit", s);
        Integer shift = shift(s);
        if (unit == null || shift == null) {
            return null;
        }
        if (anchor == null) {
            return unresolvedAt(unit);
        }
        return at(unit, shift);
    }

    /** The value of the unit-sized period {@code count} units from the anchor, at that unit's grain. */
    private Resolution at(String unit, long count) {
        LocalDate today = anchor.toLocalDate();
        return switch (unit) {
            case "D" -> date(today.plusDays(count));
            case "W" -> week(today.plusWeeks(count));
            case "WE" -> {
                Resolution w = week(today.plusWeeks(count));
                yield new Resolution(w.value() + "-WE", TimeType.DATE, "weekend", null);
            }
            case "M" -> new Resolution(YearMonth.from(today).plusMonths(count).toString(), TimeType.DATE, "month", null);
            case "Q" -> {
                LocalDate q = today.plusMonths(3 * count);
                yield new Resolution(q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR), TimeType.DATE, "quarter", null);
            }
            case "Y" -> new Resolution(String.format("%04d", today.getYear() + count), TimeType.DATE, "year", null);
            case "DE" -> new Resolution(String.valueOf((today.getYear() + 10 * count) / 10), TimeType.DATE, "decade", null);
            case "H", "MIN", "S" -> {
                LocalDateTime t = unit.equals("H") ? anchor.plusHours(count)
                        : unit.equals("MIN") ? anchor.plusMinutes(count) : anchor.plusSeconds(count);
                yield new Resolution(t.toString().substring(0, 16), TimeType.TIME, "minute", null);
            }
            default -> null;
        };
    }

    private static Resolution unresolvedAt(String unit) {
        return switch (unit) {
            case "D" -> new Resolution(UNKNOWN_DAY, TimeType.DATE, "day", null);
            case "W" -> new Resolution("XXXX-WXX", TimeType.DATE, "week", null);
            case "WE" -> new Resolution("XXXX-WXX-WE", TimeType.DATE, "weekend", null);
            case "M" -> new Resolution("XXXX-XX", TimeType.DATE, "month", null);
            case "Q" -> new Resolution("XXXX-QX", TimeType.DATE, "quarter", null);
            case "Y" -> new Resolution("XXXX", TimeType.DATE, "year", null);
            case "H", "MIN", "S" -> new Resolution(UNKNOWN_DAY + "TXX:XX", TimeType.TIME, "minute", null);
            default -> null;
        };
    }

    private static Resolution week(LocalDate day) {
        return new Resolution(String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), TimeType.DATE, "week", null);
    }

    /** "il y a deux semaines", "через три дня": a point counted from the anchor. */
    private Resolution offset(Map<String, String> s) {
        String unit = word("unit", s);
        Double n = s.containsKey("n") ? number(s.get("n")) : Double.valueOf(1);
        if (unit == null || n == null || n != Math.floor(n)) {
            return null;
        }
        long count = (long) (s.containsKey("ago") ? -n : n);
        if (anchor == null) {
            return unresolvedAt(unit.equals("W") ? "D" : unit);
        }
        if (unit.equals("W")) {
            return date(anchor.toLocalDate().plusWeeks(count));
        }
        return at(unit, count);
    }

    private Resolution duration(Map<String, String> s) {
        String unit = word("unit", s);
        if (unit != null && s.containsKey("n") && "X".equals(grammar.valueOf("num", s.get("n")))) {
            // "quelques jours", "several years": a duration of unknown length
            String vague = switch (unit) {
                case "H", "MIN", "S" -> "PTX" + (unit.equals("MIN") ? "M" : unit);
                case "Q" -> "PXM";
                default -> "PX" + unit;
            };
            return new Resolution(vague, TimeType.DURATION, "duration", null);
        }
        Double n = s.containsKey("n") ? number(s.get("n")) : Double.valueOf(1);
        if (unit == null || n == null) {
            return null;
        }
        String amount = n == Math.floor(n) ? String.valueOf(n.longValue()) : String.valueOf(n);
        String value = switch (unit) {
            case "D", "W", "M", "Y", "WE" -> "P" + amount + unit;
            case "Q" -> "P" + (n == Math.floor(n) ? String.valueOf(3 * n.longValue()) : String.valueOf(3 * n)) + "M";
            case "DE" -> "P" + amount + "DE";
            case "CE" -> "P" + amount + "CE";
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            default -> null;
        };
        return value == null ? null : new Resolution(value, TimeType.DURATION, "duration", null);
    }

    private Resolution ordinalPeriod(Map<String, String> s) {
        String unit = word("unit", s);
        String ord = word("ordinal", s);
        if (!"Q".equals(unit) || ord == null) {
            return null;
        }
        Integer year = year(s);
        if (year == null && anchor != null) {
            year = anchor.getYear();
        }
        return new Resolution((year == null ? "XXXX" : String.format("%04d", year)) + "-Q" + ord,
                TimeType.DATE, "quarter", null);
    }

    private Resolution set(Map<String, String> s) {
        if (s.containsKey("wd")) {
            return new Resolution("XXXX-WXX-" + weekday(s).getValue(), TimeType.SET, "day", null);
        }
        String unit = word("unit", s);
        if (unit == null) {
            return null;
        }
        String n = s.containsKey("n") ? s.get("n") : "1";
        Double count = number(n);
        Resolution d = duration(Map.of("unit", s.get("unit"), "n", count == null ? "1" : n));
        return d == null ? null : new Resolution(d.value(), TimeType.SET, "duration", null);
    }

    // ---- times of day ---------------------------------------------------------------------------

    private Resolution timeOfDay(Map<String, String> s) {
        int hour = Integer.parseInt(s.get("h"));
        int minute = s.containsKey("min") ? Integer.parseInt(s.get("min")) : 0;
        String ampm = word("ampm", s);
        if (ampm != null) {
            if (ampm.equals("pm") && hour < 12) {
                hour += 12;
            } else if (ampm.equals("am") && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        String base;
        LocalDate day = day(s);
        if (day != null) {
            base = day.toString();
        } else if (s.containsKey("d") && (s.containsKey("m") || s.containsKey("mn"))) {
            Resolution partial = partialDate(s);
            base = partial == null ? UNKNOWN_DAY : partial.value();
        } else if (anchor != null && !s.containsKey("wd") && !s.containsKey("rel")) {
            base = anchor.toLocalDate().toString();
        } else {
            base = UNKNOWN_DAY;
        }
        if (hour == 24) {
            hour = 0;
            if (!base.contains("X")) {
                base = LocalDate.parse(base).plusDays(1).toString();
            }
        }
        String zone = word("zone", s);
        String value = base + String.format("T%02d:%02d", hour, minute) + (zone == null ? "" : zone);
        return new Resolution(value, TimeType.TIME, s.containsKey("min") ? "minute" : "hour", null);
    }

    // ---- slot values -------------------------------------------------------------------------------

    private String word(String category, Map<String, String> s) {
        String slot = switch (category) {
            case "weekday" -> "wd";
            case "ordinal" -> "ord";
            case "month" -> "m";
            case "num" -> "n";
            case "holiday" -> "hol";
            case "daypart" -> "dp";
            default -> category;
        };
        String text = s.get(slot);
        return text == null ? null : grammar.valueOf(category, text);
    }

    private Integer shift(Map<String, String> s) {
        String v = word("shift", s);
        if (v == null && s.containsKey("shift2")) {
            v = grammar.valueOf("shift", s.get("shift2"));
        }
        return v == null ? null : Integer.valueOf(v);
    }

    private Integer monthOf(Map<String, String> s) {
        if (s.containsKey("mn")) {
            return Integer.valueOf(s.get("mn"));
        }
        String v = word("month", s);
        return v == null ? null : Integer.valueOf(v);
    }

    private Integer dayOfMonth(Map<String, String> s) {
        String text = s.get("d");
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > 0) {
            return Integer.valueOf(text.substring(0, i));
        }
        String v = grammar.valueOf("ordinal", text);
        return v == null ? null : Integer.valueOf(v);
    }

    private Double number(String text) {
        String t = text.replace(',', '.');
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return Double.valueOf(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String v = grammar.valueOf("num", text);
        return v == null || v.equals("X") ? null : Double.valueOf(v);
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
