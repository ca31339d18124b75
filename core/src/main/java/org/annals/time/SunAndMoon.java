package org.annals.time;

/**
 * Low-precision positions of the Sun and the Moon (after Meeus, Astronomical Algorithms, chapters 25 and 47,
 * main terms only: about 0.01 degree), the Lahiri ayanamsa, and sunrise and sunset. Enough to tell lunar days
 * (tithis, 12 degrees each) and solar ingresses to a few minutes. Times are Julian days (UT).
 */
final class SunAndMoon {

    /** Julian day of 1970-01-01T00:00Z. */
    static final double UNIX_EPOCH_JD = 2440587.5;
    static final double SYNODIC_MONTH = 29.530588853;

    /** Periodic terms of the Moon's longitude: multiples of D, M, M', F and the amplitude in 1e-6 degree. */
    private static final int[][] MOON_TERMS = {
        {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
        {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332}, {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
        {2, 0, 1, 0, 53322}, {2, -1, 0, 0, 45758}, {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
        {0, 1, 1, 0, -30383}, {2, 0, 0, -2, 15327}, {0, 0, 1, 2, -12528}, {0, 0, 1, -2, 10980},
        {4, 0, -1, 0, 10675}, {0, 0, 3, 0, 10034}, {4, 0, -2, 0, 8548}, {2, 1, -1, 0, -7888},
        {2, 1, 0, 0, -6766}, {1, 0, -1, 0, -5163}, {1, 1, 0, 0, 4987}, {2, -1, 1, 0, 4036},
        {2, 0, 2, 0, 3994}, {4, 0, 0, 0, 3861}, {2, 0, -3, 0, 3665}, {0, 1, -2, 0, -2689},
        {2, 0, -1, 2, -2602}, {2, -1, -2, 0, 2390}, {1, 0, 1, 0, -2348}, {2, -2, 0, 0, 2236},
        {0, 1, 2, 0, -2120}, {0, 2, 0, 0, -2069},
    };

    private SunAndMoon() {
    }

    private static double centuries(double jd) {
        return (jd - 2451545.0) / 36525.0;
    }

    /** The Sun's apparent ecliptic longitude, tropical, in degrees [0, 360). */
    static double sunLongitude(double jd) {
        double t = centuries(jd);
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return normalize(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
    }

    /** The Moon's ecliptic longitude, tropical, in degrees [0, 360) (nutation left out: it cancels in elongations). */
    static double moonLongitude(double jd) {
        double t = centuries(jd);
        double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
        double d = Math.toRadians(297.8501921 + 445267.1114034 * t - 0.0018819 * t * t);
        double m = Math.toRadians(357.5291092 + 35999.0502909 * t - 0.0001536 * t * t);
        double mp = Math.toRadians(134.9633964 + 477198.8675055 * t + 0.0087414 * t * t);
        double f = Math.toRadians(93.2720950 + 483202.0175233 * t - 0.0036539 * t * t);
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double sum = 0;
        for (int[] term : MOON_TERMS) {
            double amplitude = term[4] * (term[1] == 0 ? 1 : Math.abs(term[1]) == 1 ? e : e * e);
            sum += amplitude * Math.sin(term[0] * d + term[1] * m + term[2] * mp + term[3] * f);
        }
        double a1 = Math.toRadians(119.75 + 131.849 * t);
        double a2 = Math.toRadians(53.09 + 479264.290 * t);
        sum += 3958 * Math.sin(a1) + 1962 * Math.sin(Math.toRadians(lp) - f) + 318 * Math.sin(a2);
        return normalize(lp + sum / 1e6);
    }

    /** Moon minus Sun, in degrees [0, 360): 0 at new moon, 180 at full moon. */
    static double elongation(double jd) {
        return normalize(moonLongitude(jd) - sunLongitude(jd));
    }

    /** The Lahiri (Chitrapaksha) ayanamsa, in degrees: what sidereal longitudes lag tropical ones. */
    static double ayanamsa(double jd) {
        return 23.853 + 0.0139694 * (jd - 2451545.0) / 365.25;
    }

    static double siderealSunLongitude(double jd) {
        return normalize(sunLongitude(jd) - ayanamsa(jd));
    }

    static double siderealMoonLongitude(double jd) {
        return normalize(moonLongitude(jd) - ayanamsa(jd));
    }

    /** The new moon nearest {@code jd}: mean lunation, then Newton steps on the elongation. */
    static double newMoonNear(double jd) {
        double k = Math.round((jd - 2451550.26) / SYNODIC_MONTH);
        double t = 2451550.26 + k * SYNODIC_MONTH;
        for (int i = 0; i < 8; i++) {
            double e = elongation(t);
            double signed = e > 180 ? e - 360 : e;
            t -= signed / 12.190749;
        }
        return t;
    }

    /** When the Sun's sidereal longitude reaches {@code target} degrees, near {@code guess} (Newton steps). */
    static double siderealIngress(double target, double guess) {
        double t = guess;
        for (int i = 0; i < 8; i++) {
            double diff = normalize(siderealSunLongitude(t) - target);
            double signed = diff > 180 ? diff - 360 : diff;
            t -= signed / 0.985647;
        }
        return t;
    }

    /**
     * Sunrise ({@code rise}) or sunset, as a Julian day (UT), at a place east of Greenwich by
     * {@code longitudeEast} degrees, on the civil date whose 0h UT is {@code jd0}; the usual -0.833 degree
     * altitude for refraction and the Sun's disc.
     */
    static double sunEvent(double jd0, double latitude, double longitudeEast, boolean rise) {
        double event = jd0 + 0.5 - longitudeEast / 360.0 + (rise ? -0.25 : 0.25);
        for (int i = 0; i < 3; i++) {
            double t = centuries(event);
            double lambda = Math.toRadians(sunLongitude(event));
            double epsilon = Math.toRadians(23.439291 - 0.0130042 * t);
            double declination = Math.asin(Math.sin(epsilon) * Math.sin(lambda));
            double rightAscension = Math.toDegrees(Math.atan2(Math.cos(epsilon) * Math.sin(lambda), Math.cos(lambda)));
            double meanLongitude = 280.46646 + 36000.76983 * t;
            double equationOfTime = normalize(meanLongitude - 0.0057183 - rightAscension + 180) - 180;
            double transit = jd0 + 0.5 - longitudeEast / 360.0 - equationOfTime / 360.0;
            double lat = Math.toRadians(latitude);
            double cosH = (Math.sin(Math.toRadians(-0.833)) - Math.sin(lat) * Math.sin(declination))
                    / (Math.cos(lat) * Math.cos(declination));
            double hourAngle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosH))));
            event = transit + (rise ? -hourAngle : hourAngle) / 360.0;
        }
        return event;
    }

    static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
