package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A group of articles about the same story, possibly in several languages.
 *
 * @param articleIds its articles, earliest first
 * @param topEntities its most-mentioned resolved entities as "Name (articles)", most first
 */
public record Story(List<String> articleIds, LocalDate firstPublished, LocalDate lastPublished, String languages,
                    int sources, int events, List<String> topEntities, String title) {
    public Story {
        articleIds = List.copyOf(articleIds);
        topEntities = List.copyOf(topEntities);
    }
}
