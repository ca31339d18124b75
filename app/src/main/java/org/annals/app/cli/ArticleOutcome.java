package org.annals.app.cli;

import org.annals.model.DocumentResult;

/**
 * What became of one input item: a result, or a one-line problem, plus an optional notice.
 *
 * @param origin where the item came from ("file.txt", "news.jsonl:12")
 */
record ArticleOutcome(String origin, DocumentResult result, String problem, String notice) {

    static ArticleOutcome ok(String origin, DocumentResult result, String notice) {
        return new ArticleOutcome(origin, result, null, notice);
    }

    static ArticleOutcome failed(String origin, String problem) {
        return new ArticleOutcome(origin, null, problem, null);
    }
}
