package org.annals.io;

/** One thing an {@link ArticleReader} yields: an article it could read, or the reason it could not. */
public sealed interface ReadItem permits ReadArticle, ReadProblem {

    /** Where the item came from: a path, {@code "news.jsonl:12"}, or {@code "stdin"}. */
    String origin();
}
