package org.annals.time;

/** How a time expression bounds or qualifies its value ("depuis 2010" starts a range at 2010). */
public enum TimeModifier {
    NONE,
    /** "depuis 2010", "since 2010", "с 2010 года": a range that starts at the value. */
    SINCE,
    /** "jusqu'en 2010", "until 2010": a range that ends at the value. */
    UNTIL,
    /** "début janvier", "early 2010". */
    START,
    /** "mi-janvier", "mid-2010". */
    MID,
    /** "fin janvier", "late 2010". */
    END
}
