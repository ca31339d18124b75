package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read: decoded, line endings normalized to {@code \n}.
 *
 * @param lang ISO 639-1 code, or {@code null} when it must be identified
 * @param published publication date, or {@code null} when unknown (relative dates then stay unresolved)
 * @param origin where it was read from (file path, "file.jsonl:12"), for messages
 */
public record Article(String id, String text, String lang, LocalDate published,
                      String title, String url, String source, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Article withLang(String language) {
        return new Article(id, text, language, published, title, url, source, origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, lang, date, title, url, source, origin);
    }
}
