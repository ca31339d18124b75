package org.annals.kb;

import java.time.LocalDate;

/**
 * A role held between two dates (either may be open), and the actor code it implies.
 *
 * @param title what the role is, "President of Kazakhstan"
 * @param start first day, or {@code null} when unknown / long ago
 * @param end last day, or {@code null} while ongoing
 */
public record Role(String title, ActorCode code, LocalDate start, LocalDate end) {

    /** Whether the role was held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
