package org.annals.nlp.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.annals.analysis.Analysis;
import org.annals.analysis.Sentence;

/**
 * Measures model load time and throughput on the shared bench-news corpus; run by hand, not a test:
 * {@code java -cp ... org.annals.nlp.corenlp.ThroughputProbe /path/to/news.jsonl 50}.
 */
public final class ThroughputProbe {

    private ThroughputProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int perLanguage = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        for (String language : List.of("fr", "en")) {
            List<String> texts = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(corpus)) {
                for (String line; (line = in.readLine()) != null && texts.size() < perLanguage; ) {
                    JsonNode article = json.readTree(line);
                    if (article.path("lang").asText().equals(language)) {
                        texts.add(article.path("text").asText());
                    }
                }
            }
            long t0 = System.nanoTime();
            analyzer.preload(language);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long chars = texts.stream().mapToLong(String::length).sum();
            run(analyzer, texts, language, s -> false, "warm-up, tag+ner");
            run(analyzer, texts, language, s -> false, "tag+ner only");
            run(analyzer, texts, language, s -> true, "tag+ner+parse all");
            System.out.printf("%s: %d articles, %d chars, model load %.1f s%n", language, texts.size(), chars,
                    loadSeconds);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("peak heap (sum of pool peaks) %d MB, heap after GC with both languages loaded %d MB%n",
                peak >> 20, retained >> 20);
    }

    private static void run(CoreNlpAnalyzer analyzer, List<String> texts, String language,
                            Predicate<Sentence> parseWhen, String label) {
        long tokens = 0;
        long sentences = 0;
        long t0 = System.nanoTime();
        for (String text : texts) {
            Analysis a = analyzer.analyze(text, language, parseWhen);
            sentences += a.sentences().size();
            tokens += a.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s %-20s %6d sentences %7d tokens %6.2f s %8.0f tokens/s%n", language, label,
                sentences, tokens, seconds, tokens / seconds);
    }
}
