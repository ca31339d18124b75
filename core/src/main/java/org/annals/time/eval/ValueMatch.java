package org.annals.time.eval;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Compares a system TIMEX3 value with a gold one at the gold's grain. */
final class ValueMatch {

    private ValueMatch() {
    }

    /**
     * True when {@code system} equals {@code gold}, or is finer than it and truncates to it
     * ("2013-02-11" matches month "2013-02"). Decades are compared without the TIMEX2-style trailing X.
     * Digits the gold leaves unknown (X) accept any digit; "XXXX-WXX-5" accepts any Friday.
     */
    static boolean matches(String system, String gold) {
        if (system == null || gold == null) {
            return false;
        }
        String s = normalize(system);
        String g = normalize(gold);
        if (s.equals(g)) {
            return true;
        }
        if (g.matches("\\d{4}-W\\d{2}") && s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return week(LocalDate.parse(s.substring(0, 10))).equals(g);
        }
        if (g.matches("\\d{4}-Q\\d") && s.matches("\\d{4}-\\d{2}.*")) {
            int month = Integer.parseInt(s.substring(5, 7));
            return (s.substring(0, 4) + "-Q" + ((month - 1) / 3 + 1)).equals(g);
        }
        if (s.matches("\\d{4}-W\\d{2}") && g.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        if (g.matches("XXXX-WXX-[1-7](T.*)?") && s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            // "XXXX-WXX-5", a Friday of no stated week: any Friday (with the same time, if one is given)
            boolean sameWeekday = LocalDate.parse(s.substring(0, 10)).getDayOfWeek().getValue() == g.charAt(9) - '0';
            return sameWeekday && (g.length() == 10 || matches(s.substring(10), g.substring(10)));
        }
        return startsWithAllowingUnknown(s, g)
                && (s.length() == g.length() || !Character.isDigit(s.charAt(g.length())));
    }

    /**
     * True when {@code s} starts with {@code g}, an X of the gold standing for any digit: a gold value that
     * leaves the year open ("XXXX-11-20") accepts a system value that also chose one ("2018-11-20").
     */
    private static boolean startsWithAllowingUnknown(String s, String g) {
        if (s.length() < g.length()) {
            return false;
        }
        for (int i = 0; i < g.length(); i++) {
            char gc = g.charAt(i);
            char sc = s.charAt(i);
            if (gc != sc && !(gc == 'X' && (Character.isDigit(sc) || sc == 'X'))) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String value) {
        String v = value.toUpperCase(Locale.ROOT).strip();
        if (v.matches("\\d{3}X")) {
            return v.substring(0, 3);
        }
        if (v.matches("\\d{2}XX")) {
            return v.substring(0, 2);
        }
        v = v.replaceAll("([+-]\\d{2}:\\d{2}|Z)$", "");
        v = v.replaceAll("(T\\d{2}:\\d{2}):00$", "$1");
        if (v.matches("(.*)T\\d{2}")) {
            v = v + ":00";
        }
        return v;
    }

    static String week(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
