package org.annals.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * A state that no longer exists (the USSR, Yugoslavia, East Germany...), from a {@code former} row of
 * {@code kb/countries.tsv}: its actor code, the days it existed (both inclusive) and the states that succeeded it.
 *
 * @param code the CAMEO country code its actors carry ("USR", "YUG", "SCG", "CSK", "DDR")
 * @param name its canonical English name
 * @param start its first day
 * @param end its last day (the day its dissolution took effect)
 * @param successors alpha-3 codes of the states that took its place (a successor may itself be former)
 * @param namesOf a predecessor whose names ("Yugoslavia", "yougoslave") designated this state from its first
 *     day to {@code namesUntil}, or null
 * @param namesUntil the last day the predecessor's names designated this state, or null
 */
public record FormerState(String code, String name, LocalDate start, LocalDate end, List<String> successors,
        String namesOf, LocalDate namesUntil) {

    public FormerState {
        successors = List.copyOf(successors);
    }

    /** Whether the state existed on a day. */
    public boolean existedOn(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether the predecessor's names designated this state on a day. */
    boolean carriesNamesOn(LocalDate date) {
        return namesOf != null && !date.isBefore(start) && !date.isAfter(namesUntil);
    }
}
