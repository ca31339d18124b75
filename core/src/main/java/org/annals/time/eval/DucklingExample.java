package org.annals.time.eval;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One Duckling corpus example: a surface string, its reference time and the expected instant at a grain.
 *
 * @param kind "datetime", "datetimeHoliday", "datetimeInterval", ... as written in the corpus
 * @param expected the expected instant (interval start for intervals); null when not parsed
 * @param grain Duckling grain name: Second, Minute, Hour, Day, Week, Month, Quarter, Year
 */
public record DucklingExample(String text, OffsetDateTime reference, String kind, LocalDateTime expected, String grain) {

    /** Instants (not intervals) at day grain or coarser: the scope of the day-level target. */
    public boolean dayOrCoarserInstant() {
        return (kind.equals("datetime") || kind.equals("datetimeHoliday")) && expected != null
                && switch (grain) {
                    case "Day", "Week", "Month", "Quarter", "Year" -> true;
                    default -> false;
                };
    }

    /** The expected value as TIMEX3 at the example's grain ("2013-02-11", "2013-W07", "2013-Q1"). */
    public String expectedValue() {
        return switch (grain) {
            case "Year" -> String.format("%04d", expected.getYear());
            case "Quarter" -> expected.getYear() + "-Q" + ((expected.getMonthValue() - 1) / 3 + 1);
            case "Month" -> String.format("%04d-%02d", expected.getYear(), expected.getMonthValue());
            case "Week" -> ValueMatch.week(expected.toLocalDate());
            case "Day" -> expected.toLocalDate().toString();
            case "Hour", "Minute" -> expected.toString().substring(0, 16);
            default -> expected.toString();
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s -> %s (%s)", text, expected == null ? "?" : expectedValue(), grain);
    }
}
