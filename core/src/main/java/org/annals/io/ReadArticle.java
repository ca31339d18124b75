package org.annals.io;

import java.util.Objects;
import org.annals.model.Article;

/**
 * An article that was read, with an optional one-line notice about how (for example
 * {@code "decoded as windows-1251"}); the notice is {@code null} when nothing was unusual.
 */
public record ReadArticle(Article article, String notice) implements ReadItem {
    public ReadArticle {
        Objects.requireNonNull(article, "article");
    }

    @Override
    public String origin() {
        return article.origin();
    }
}
