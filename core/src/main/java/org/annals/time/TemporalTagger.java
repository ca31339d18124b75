package org.annals.time;

import java.time.LocalDate;
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
}
