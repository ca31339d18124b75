package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What to look for among stored events; every null filter matches everything.
 *
 * @param actor KB id, actor code (BLRGOV), part of a name, or any spelling of a mention ("Loukachenko"
 *              finds "Lukashenko": mentions are compared by {@link org.annals.kb.NameKey})
 * @param actorKbIds further KB ids the actor text may mean (from a knowledge-base lookup), or empty
 * @param category PLOVER category (CONSULT) or CAMEO code prefix (04, 042)
 * @param country ISO 3166 alpha-3 of a source or target actor
 * @param from events that may have happened on or after this day (undated ones: published on or after)
 * @param to events that may have happened on or before this day
 * @param articleIds only events of these articles (from a full-text search), or {@code null} for all
 * @param merged query merged events (one row per real-world event) instead of single reports
 * @param factsOnly leave out hypothetical, negated and future reports (merged events are facts already)
 */
public record EventQuery(String actor, List<String> actorKbIds, String category, String country, LocalDate from, LocalDate to,
                         List<String> articleIds, boolean merged, boolean factsOnly, int limit) {

    public EventQuery {
        articleIds = articleIds == null ? null : List.copyOf(articleIds);
        actorKbIds = actorKbIds == null ? List.of() : List.copyOf(actorKbIds);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Matches every event report, up to {@code limit}. */
    public static EventQuery all(int limit) {
        return new EventQuery(null, List.of(), null, null, null, null, null, false, false, limit);
    }
}
