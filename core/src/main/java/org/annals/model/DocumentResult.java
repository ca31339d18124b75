package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Everything Annals found in one article, in the {@code annals.v1} schema. */
@JsonPropertyOrder({"schema", "id", "lang", "published", "title", "url", "source", "entities", "times", "events"})
public record DocumentResult(String schema, String id, String lang, LocalDate published,
                             String title, String url, String source,
                             List<EntityRecord> entities, List<TimeExpression> times, List<EventRecord> events) {
    public static final String SCHEMA = "annals.v1";

    public DocumentResult {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }
}
