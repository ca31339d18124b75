package org.annals.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role held between two dates (either may be open), and the actor code it implies.
 *
 * <p>A handover known only to the month or year leaves a window in which the role may or may not have been
 * held: {@code start}/{@code end} are the outer bounds of that window, {@code certainFrom}/{@code certainUntil}
 * the days on which the role was surely held. When the days are known, both pairs are equal.
 *
 * @param title what the role is, "President of Kazakhstan"
 * @param start earliest possible first day, or {@code null} when unknown / long ago
 * @param end latest possible last day, or {@code null} while ongoing
 * @param certainFrom first day the role was surely held, or {@code null} when {@code start} is
 * @param certainUntil last day the role was surely held, or {@code null} when {@code end} is
 */
public record Role(String title, ActorCode code, LocalDate start, LocalDate end, LocalDate certainFrom,
        LocalDate certainUntil) {

    /** A role whose first and last days are known (or open). */
    public Role(String title, ActorCode code, LocalDate start, LocalDate end) {
        this(title, code, start, end, start, end);
    }

    /** A role whose bounds are known to the day, the month or the year ({@link TermBound}). */
    public Role(String title, ActorCode code, TermBound start, TermBound end) {
        this(title, code, start == null ? null : start.first(), end == null ? null : end.last(),
                start == null ? null : start.last(), end == null ? null : end.first());
    }

    /** Whether the role was surely held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return within(date, certainFrom, certainUntil);
    }

    /** Whether the role may have been held on {@code date}: surely, or inside a handover known only roughly. */
    public boolean mayHoldOn(LocalDate date) {
        return within(date, start, end);
    }

    /** Whether a start or end is known only to the month or year. */
    public boolean roughlyDated() {
        return !Objects.equals(start, certainFrom) || !Objects.equals(end, certainUntil);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate until) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
