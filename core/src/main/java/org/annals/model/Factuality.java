package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the text presents an event: as fact, as someone's report, as possibility, denied, or planned. */
public enum Factuality {
    ASSERTED, REPORTED, HYPOTHETICAL, NEGATED, FUTURE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether aggregates may count this as something that happened. */
    public boolean isFact() {
        return this == ASSERTED || this == REPORTED;
    }
}
