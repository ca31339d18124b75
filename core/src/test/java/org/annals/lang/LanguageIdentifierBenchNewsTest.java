package org.annals.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.eval.SharedData;
import org.annals.io.ArticleReader;
import org.annals.io.ReadArticle;
import org.annals.io.ReadItem;
import org.annals.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Accuracy and speed of language identification on the shared multilingual news sample. */
class LanguageIdentifierBenchNewsTest {

    @Test
    void identifiesTheLanguageOfRealArticlesQuickly() {
        Path news = SharedData.find("data/bench-news/news.jsonl").orElse(null);
        Assumptions.assumeTrue(news != null, "../shared/data/bench-news/news.jsonl not found; skipping the accuracy check");
        List<Article> articles;
        try (Stream<ReadItem> items = new ArticleReader().read(news)) {
            List<ReadItem> all = items.toList();
            articles = all.stream().filter(ReadArticle.class::isInstance).map(i -> ((ReadArticle) i).article()).toList();
            assertEquals(all.size(), articles.size(), "every bench-news line should read cleanly");
        }
        boolean compare = Boolean.getBoolean("annals.lang.compareModes");
        for (boolean lowAccuracy : compare ? List.of(true, false) : List.of(true)) {
            measure(articles, lowAccuracy);
        }
    }

    private static void measure(List<Article> articles, boolean lowAccuracy) {
        long buildStart = System.nanoTime();
        // The default (low-accuracy) detector is shared with LanguageIdentifierTest: built once per test JVM.
        LanguageIdentifier identifier = (lowAccuracy ? LanguageIdentifierTest.IDENTIFIER
                : new LanguageIdentifier(LanguageIdentifierTest.SUPPORTED, LanguageIdentifier.DEFAULT_OTHERS, false)).warmUp();
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        for (Article article : articles.subList(0, Math.min(200, articles.size()))) {
            identifier.identify(article.text()); // warm-up pass: JIT compilation, as in a long-running process
        }

        double[] margins = new double[articles.size()];
        int correct = 0;
        TreeMap<String, Integer> errors = new TreeMap<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            LanguageGuess guess = identifier.identify(article.text());
            margins[i] = guess.confidence();
            String code = guess.code();
            if (article.lang().equals(code)) {
                correct++;
            } else {
                errors.merge(article.lang() + "->" + code, 1, Integer::sum);
            }
        }
        double perCallMs = (System.nanoTime() - start) / 1e6 / articles.size();
        // CPU time too: on a shared machine wall time mostly measures the neighbours.
        double cpuPerCallMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / articles.size();
        double accuracy = correct / (double) articles.size();
        java.util.Arrays.sort(margins);
        System.out.printf(Locale.ROOT, "language id (%s accuracy): %d articles, accuracy %.4f, build (if not built yet) %.0f ms, %.3f ms/article wall, %.3f ms CPU, confidence min %.2f median %.2f, errors %s%n",
                lowAccuracy ? "low" : "high", articles.size(), accuracy, buildMs, perCallMs, cpuPerCallMs, margins[0], margins[margins.length / 2], errors);
        assertTrue(accuracy >= 0.97, "accuracy " + accuracy + " errors " + errors);
        // Speed is printed, not asserted: timings belong to `annals bench`, not to unit tests.
    }
}
