package org.annals.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What story clustering knows of one stored article: its date, language and outlet, the merged events it
 * confirms, and its resolved entities (KB id to canonical name).
 *
 * @param outlet the outlet key ({@code articles.source}, or the article itself when it has none)
 */
public record StoryArticle(String id, LocalDate published, String lang, String outlet, String title,
                           Set<Long> events, Map<String, String> entities) {
    public StoryArticle {
        Objects.requireNonNull(id, "id");
        events = Set.copyOf(events);
        entities = Map.copyOf(entities);
    }
}
