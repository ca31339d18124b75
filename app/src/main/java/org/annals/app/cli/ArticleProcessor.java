package org.annals.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.annals.io.ReadArticle;
import org.annals.io.ReadItem;
import org.annals.io.ReadProblem;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.pipeline.AnnalsPipeline;
import org.annals.pipeline.UnsupportedLanguageException;

/**
 * Runs the pipeline over a stream of read items on several threads and hands the outcomes on in input
 * order; a failing article becomes a one-line problem and never stops the batch.
 */
final class ArticleProcessor {

    private final AnnalsPipeline pipeline;
    private final int threads;
    private final Function<Article, Article> prepare;

    ArticleProcessor(AnnalsPipeline pipeline, int threads, Function<Article, Article> prepare) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.prepare = prepare;
    }

    /** Processes every item, calling {@code sink} once per item, in input order. */
    void run(Iterator<ReadItem> items, Consumer<ArticleOutcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "annals-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<ArticleOutcome>> pending = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                ReadItem item = items.next();
                pending.add(pool.submit(() -> outcome(item)));
                while (pending.size() >= threads * 2) {
                    sink.accept(await(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ArticleOutcome outcome(ReadItem item) {
        if (item instanceof ReadProblem problem) {
            return ArticleOutcome.failed(problem.origin(), problem.reason());
        }
        ReadArticle read = (ReadArticle) item;
        Article article = prepare.apply(read.article());
        String origin = read.origin();
        try {
            DocumentResult result = pipeline.process(article);
            return ArticleOutcome.ok(origin, result, read.notice());
        } catch (UnsupportedLanguageException e) {
            return ArticleOutcome.failed(origin, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // An analysis failure on one article must not stop the batch; say what failed, not a stack trace.
            return ArticleOutcome.failed(origin, "internal error while processing: " + e);
        }
    }

    private static ArticleOutcome await(Future<ArticleOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure", e.getCause());
        }
    }
}
