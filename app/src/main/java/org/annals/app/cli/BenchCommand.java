package org.annals.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.app.progress.Progress;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.io.ReadArticle;
import org.annals.io.ReadItem;
import org.annals.model.Article;
import org.annals.pipeline.AnnalsPipeline;
import org.annals.pipeline.PipelineStats;
import org.annals.pipeline.UnsupportedLanguageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals bench}: throughput of the full pipeline on a JSONL corpus, after model loading. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s, tokens/s, time per stage and peak heap on a JSONL corpus."
                + " Models are loaded (one warm-up article per language) before the clock starts.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "Articles, one JSON object per line.")
    Path file;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--limit", description = "Use at most this many articles.")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Article> articles = new ArrayList<>();
        int unreadable = 0;
        try (Stream<ReadItem> items = new ArticleReader().read(file, InputFormat.JSONL)) {
            for (ReadItem item : (Iterable<ReadItem>) items::iterator) {
                if (articles.size() >= limit) {
                    break;
                }
                if (item instanceof ReadArticle read) {
                    articles.add(read.article());
                } else {
                    unreadable++;
                }
            }
        }
        AnnalsPipeline pipeline = AnnalsPipeline.standard();
        long loadStart = System.nanoTime();
        Map<String, Integer> perLanguage = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<Article> runnable = new ArrayList<>();
        for (Article a : articles) {
            try {
                String lang = pipeline.languageOf(a);
                if (!perLanguage.containsKey(lang)) {
                    pipeline.process(a.withLang(lang)); // warm-up: loads this language's models
                }
                perLanguage.merge(lang, 1, Integer::sum);
                runnable.add(a.withLang(lang));
            } catch (UnsupportedLanguageException e) {
                skipped.merge(String.valueOf(e.language()), 1, Integer::sum);
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        pipeline.timer().reset();
        pipeline.stats().reset();
        resetPeaks();
        long start = System.nanoTime();
        try (Progress progress = Progress.onStderr("bench", runnable.size())) {
            new ArticleProcessor(pipeline, threads, a -> a).run(
                    runnable.stream().<ReadItem>map(a -> new ReadArticle(a, null)).iterator(),
                    outcome -> progress.advance(1));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PipelineStats stats = pipeline.stats();
        out.printf(Locale.ROOT, "corpus            %s: %d articles read, %d unreadable%n", file, articles.size(), unreadable);
        out.printf(Locale.ROOT, "languages         %s processed; skipped (unsupported) %s%n", perLanguage, skipped);
        out.printf(Locale.ROOT, "model loading     %.1f s (warm-up, not counted)%n", loadSeconds);
        out.printf(Locale.ROOT, "threads           %d%n", threads);
        out.printf(Locale.ROOT, "articles          %d in %.1f s = %.2f articles/s (%.2f per core)%n",
                stats.articles(), seconds, stats.articles() / seconds, stats.articles() / seconds / threads);
        out.printf(Locale.ROOT, "tokens            %d = %.0f tokens/s%n", stats.tokens(), stats.tokens() / seconds);
        out.printf(Locale.ROOT, "sentences         %d, of which parsed %d (%.0f%%)%n", stats.sentences(),
                stats.parsedSentences(), 100.0 * stats.parsedSentences() / Math.max(1, stats.sentences()));
        out.printf(Locale.ROOT, "events            %d%n", stats.events());
        out.printf(Locale.ROOT, "time per stage    (thread-seconds)%n");
        pipeline.timer().seconds().forEach((stage, s) ->
                out.printf(Locale.ROOT, "  %-15s %8.2f s  %5.1f%%%n", stage, s, 100 * s / (seconds * threads)));
        out.printf(Locale.ROOT, "peak heap         %d MB%n", peakHeapBytes() / (1024 * 1024));
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
