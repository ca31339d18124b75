package org.annals.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.annals.model.TimeExpression;

/** Finds time expressions in text and normalizes them against an anchor date. */
public interface TemporalTagger {

    /**
     * Time expressions of {@code text}, in text order, without overlaps.
     *
     * @param anchor the publication date; {@code null} leaves anchored expressions unresolved ("XXXX-01-07")
     */
    List<TimeExpression> tag(String text, String language, LocalDate anchor);

    /**
     * Like {@link #tag(String, String, LocalDate)} with a date-time anchor, so that "in two hours" can
     * resolve; taggers without a notion of time of day use the anchor's date.
     */
    default List<TimeExpression> tagAt(String text, String language, OffsetDateTime anchor) {
        return tag(text, language, anchor == null ? null : anchor.toLocalDate());
    }
}
