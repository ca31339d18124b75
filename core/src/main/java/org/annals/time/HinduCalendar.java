package org.annals.time;

import java.time.LocalDate;

/**
 * Days of the Hindu calendar, reckoned astronomically for New Delhi (Lahiri ayanamsa): lunar days (tithis)
 * of the amanta lunisolar months, solar ingresses (sankrantis) and lunar mansions (nakshatras). Feasts fall
 * on the civil day on which their tithi holds at the moment of the day that tradition looks at (sunrise for
 * most, midday, afternoon, evening or midnight for others); local practice can differ by a day.
 */
final class HinduCalendar {

    private static final double LATITUDE = 28.6139;
    private static final double LONGITUDE = 77.2090;
    private static final double IST_DAYS = 5.5 / 24;

    /** The moment of the civil day at which a feast's tithi must hold. */
    enum Moment {
        SUNRISE, MIDDAY, AFTERNOON, EVENING, MIDNIGHT;

        /** {@code s}, {@code m}, {@code a}, {@code p} (pradosh) or {@code n} (nishita); null gives sunrise. */
        static Moment of(String letter) {
            if (letter == null) {
                return SUNRISE;
            }
            return switch (letter) {
                case "s" -> SUNRISE;
                case "m" -> MIDDAY;
                case "a" -> AFTERNOON;
                case "p" -> EVENING;
                case "n" -> MIDNIGHT;
                default -> throw new IllegalArgumentException("unknown moment " + letter);
            };
        }
    }

    private HinduCalendar() {
    }

    /**
     * The day of tithi {@code tithi} (1-15 waxing, 16-30 waning, 30 the new moon) of the regular (not leap)
     * amanta month {@code month} (1 Chaitra .. 12 Phalguna) that falls in Gregorian year {@code year}.
     */
    static LocalDate lunarDay(int month, int tithi, Moment moment, int year) {
        double newMoon = SunAndMoon.newMoonNear(julianDay(LocalDate.of(year - 1, 11, 15)));
        double end = julianDay(LocalDate.of(year + 1, 2, 1));
        while (newMoon < end) {
            double next = SunAndMoon.newMoonNear(newMoon + SunAndMoon.SYNODIC_MONTH);
            int signAtStart = sign(newMoon);
            boolean leapMonth = signAtStart == sign(next); // no solar ingress in it: an adhika month
            if (!leapMonth && (signAtStart + 1) % 12 + 1 == month) {
                LocalDate day = dayOfTithi(newMoon, next, tithi, moment);
                if (day != null && day.getYear() == year) {
                    return day;
                }
            }
            newMoon = next;
        }
        return null;
    }

    /**
     * The day the Sun enters sidereal sign {@code sign} (1 Mesha .. 12 Mina) in {@code year}: that day when it
     * enters before sunset, else the next.
     */
    static LocalDate sankranti(int sign, int year) {
        double ingress = ingress(sign, year);
        LocalDate day = civilDate(ingress);
        return ingress > SunAndMoon.sunEvent(jd0(day), LATITUDE, LONGITUDE, false) ? day.plusDays(1) : day;
    }

    /** The first day of solar month {@code sign} on whose sunrise the Moon is in nakshatra {@code nakshatra} (1-27). */
    static LocalDate nakshatraDay(int sign, int nakshatra, int year) {
        LocalDate day = sankranti(sign, year);
        for (int i = 0; i < 32; i++, day = day.plusDays(1)) {
            double sunrise = SunAndMoon.sunEvent(jd0(day), LATITUDE, LONGITUDE, true);
            if ((int) (SunAndMoon.siderealMoonLongitude(sunrise) / (360.0 / 27)) + 1 == nakshatra) {
                return day;
            }
        }
        return null;
    }

    private static double ingress(int sign, int year) {
        // the Sun enters sidereal Mesha around 14 April
        double guess = julianDay(LocalDate.of(year, 4, 14)) + (sign - 1) * 30.4369;
        if (guess >= julianDay(LocalDate.of(year + 1, 1, 1))) {
            guess -= 365.2422;
        }
        return SunAndMoon.siderealIngress(30.0 * (sign - 1), guess);
    }

    /**
     * The civil day at whose moment tithi {@code tithi} of the month from {@code newMoon} to {@code next}
     * holds; when the tithi holds at no such moment (a short tithi), the day in which it runs.
     */
    private static LocalDate dayOfTithi(double newMoon, double next, int tithi, Moment moment) {
        LocalDate first = civilDate(newMoon).minusDays(1);
        int previous = -1;
        for (LocalDate day = first; !day.isAfter(civilDate(next).plusDays(1)); day = day.plusDays(1)) {
            int current = tithiAt(moment(day, moment), newMoon, next);
            if (current == tithi) {
                return day;
            }
            if (previous >= 0 && previous < tithi && current > tithi) {
                return day.minusDays(1);
            }
            previous = current;
        }
        return null;
    }

    /** The tithi at {@code jd} counted within one month: 0 before its new moon, 31 after the next. */
    private static int tithiAt(double jd, double newMoon, double next) {
        double elongation = SunAndMoon.elongation(jd);
        if (jd < newMoon) {
            elongation -= 360;
        } else if (jd > next) {
            elongation += 360;
        }
        return (int) Math.floor(elongation / 12.0) + 1;
    }

    private static double moment(LocalDate day, Moment moment) {
        double jd0 = jd0(day);
        double sunrise = SunAndMoon.sunEvent(jd0, LATITUDE, LONGITUDE, true);
        double sunset = SunAndMoon.sunEvent(jd0, LATITUDE, LONGITUDE, false);
        return switch (moment) {
            case SUNRISE -> sunrise;
            case MIDDAY -> (sunrise + sunset) / 2;
            case AFTERNOON -> sunrise + 0.7 * (sunset - sunrise);
            case EVENING -> sunset + 0.05; // within pradosh, the hours after sunset
            case MIDNIGHT -> sunset + (1 - (sunset - sunrise)) / 2;
        };
    }

    private static int sign(double jd) {
        return (int) (SunAndMoon.siderealSunLongitude(jd) / 30.0);
    }

    private static double jd0(LocalDate day) {
        return day.toEpochDay() + SunAndMoon.UNIX_EPOCH_JD;
    }

    private static double julianDay(LocalDate day) {
        return jd0(day);
    }

    /** The date in India at a Julian day. */
    private static LocalDate civilDate(double jd) {
        return LocalDate.ofEpochDay((long) Math.floor(jd - SunAndMoon.UNIX_EPOCH_JD + IST_DAYS));
    }
}
