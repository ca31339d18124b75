package org.annals.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A time expression found in text, normalized to a TIMEX3/ISO value.
 *
 * @param value ISO/TIMEX3 value ("2022-01-07", "2021-12", "P3D", "XXXX-01-07" when the anchor is unknown)
 * @param precision "day", "month", "year", "decade", "week", "time", ... (the grain of {@code value})
 */
public record TimeExpression(int start, int end, String text, String value, TimeType type, String precision) {

    /** True when the value still contains unknown digits because no anchor date was known. */
    @JsonIgnore
    public boolean unresolved() {
        return value != null && value.contains("X");
    }

    public Span span() {
        return new Span(start, end, text);
    }
}
