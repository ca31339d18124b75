package org.annals.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annals.app.progress.Progress;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.io.ReadArticle;
import org.annals.io.ReadItem;
import org.annals.model.Article;
import org.annals.pipeline.AnnalsPipeline;
import org.annals.store.ArticleIndex;
import org.annals.store.CorpusMerge;
import org.annals.store.CorpusStories;
import org.annals.store.MergeSummary;
import org.annals.store.PutOutcome;
import org.annals.store.Store;
import org.annals.store.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals ingest}: articles in, stored with their events; then reports merged and text indexed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts the events of articles (text files, JSONL, HTML pages, RSS/Atom feeds, WARC archives,"
                + " directories) and stores them in an embedded store (DuckDB + a Lucene full-text index), then"
                + " merges reports of the same event and groups articles into stories.",
                "An article already stored (same id, or same text) is skipped, so rerunning after a crash or"
                        + " on overlapping inputs stores each article once. Problems go to <store>/errors.log.",
                "Exit code: 0 when every input was stored or skipped as a duplicate, 1 when some failed,"
                        + " 2 on a usage error."})
public final class IngestCommand implements Callable<Integer> {

    /** The per-article problem log inside the store directory. */
    public static final String ERROR_LOG = "errors.log";

    @Mixin
    ArticleOptions articles = new ArticleOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "annals-data",
            description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--no-merge", description = "Skip the cross-report event merge and the story clustering after ingest.")
    boolean noMerge;

    private final Supplier<AnnalsPipeline> pipelines;

    public IngestCommand() {
        this(AnnalsPipeline::standard);
    }

    /** With another source of the pipeline (tests share one per JVM). */
    IngestCommand(Supplier<AnnalsPipeline> pipelines) {
        this.pipelines = pipelines;
    }

    /** Counts of one run, printed as the closing summary. */
    private static final class Tally {
        long read;
        long stored;
        long duplicateIds;
        long duplicateTexts;
        final Map<String, Long> failures = new TreeMap<>();

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        ArticleOptions.Parsed options = articles.parse();
        if (options.problem() != null) {
            err.println("annals: " + options.problem());
            return 2;
        }
        LocalDate date = options.published();
        InputFormat inputFormat = options.format();
        long started = System.nanoTime();
        Tally tally = new Tally();
        try (Store store = Store.open(storeDir);
             BufferedWriter errors = Files.newBufferedWriter(storeDir.resolve(ERROR_LOG), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            ArticleIndex index = new ArticleIndex(storeDir);
            int repaired = index.sync(store);
            if (repaired > 0) {
                err.println("annals: indexed " + repaired + " stored articles the text index lacked");
            }
            // Articles handed to the workers, by origin: the outcome carries the result, the store needs the text.
            Map<String, Article> inFlight = new HashMap<>();
            try (Progress progress = Progress.onStderr("ingest", countItems(inputs, inputFormat));
                 Stream<ReadItem> items = new ArticleReader(articles.maxSize).readAll(inputs, inputFormat, InputStream.nullInputStream())) {
                Stream<ReadItem> fresh = items.filter(item -> {
                    tally.read++;
                    if (!(item instanceof ReadArticle read)) {
                        return true;
                    }
                    PutOutcome wouldBe = store.check(read.article());
                    if (wouldBe.stored()) {
                        inFlight.put(read.origin(), read.article());
                        return true;
                    }
                    countDuplicate(tally, wouldBe);
                    progress.advance(1);
                    return false;
                });
                Iterator<ReadItem> work = fresh.iterator();
                // Models load only when something is left to extract: a rerun over stored inputs is quick.
                if (work.hasNext()) {
                    new ArticleProcessor(pipelines.get(), articles.threads, a -> articles.prepare(a, date)).run(work, outcome -> {
                        record(outcome, inFlight.remove(outcome.origin()), store, errors, tally);
                        progress.advance(1);
                    });
                }
            }
            errors.flush();
            MergeSummary merge = noMerge ? null : new CorpusMerge().run(store);
            List<Story> stories = noMerge ? null : new CorpusStories().run(store);
            index.sync(store);
            store.checkpoint();
            printSummary(System.out, tally, merge, stories, store, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            err.println("annals: cannot write " + storeDir.resolve(ERROR_LOG) + ": " + e.getMessage());
            return 2;
        }
        return tally.failed() == 0 ? 0 : 1;
    }

    /** Stores one outcome, or logs its problem. */
    private static void record(ArticleOutcome outcome, Article article, Store store, BufferedWriter errors, Tally tally) {
        if (outcome.problem() != null) {
            tally.failures.merge(kindOf(outcome.problem()), 1L, Long::sum);
            log(errors, outcome.origin(), outcome.problem());
            return;
        }
        PutOutcome put = store.put(article, outcome.result());
        if (put.stored()) {
            tally.stored++;
        } else {
            countDuplicate(tally, put);
        }
    }

    private static void countDuplicate(Tally tally, PutOutcome outcome) {
        if (outcome == PutOutcome.DUPLICATE_ID) {
            tally.duplicateIds++;
        } else {
            tally.duplicateTexts++;
        }
    }

    /** A short class of problem for the summary: "unsupported language 'ru'", "not valid UTF-8", ... */
    static String kindOf(String problem) {
        int cut = problem.indexOf(" (");
        String kind = cut > 0 ? problem.substring(0, cut) : problem;
        int colon = kind.indexOf(": ");
        return colon > 0 ? kind.substring(0, colon) : kind;
    }

    private static void log(BufferedWriter errors, String origin, String problem) {
        try {
            errors.write(Instant.now() + "\t" + origin + "\t" + problem.replace('\n', ' ') + "\n");
        } catch (IOException e) {
            System.err.println("annals: " + origin + ": " + problem);
        }
    }

    private static void printSummary(PrintStream out, Tally t, MergeSummary merge, List<Story> stories, Store store,
                                     double seconds) {
        out.printf(Locale.ROOT, "read %d items in %.1f s: stored %d, duplicates skipped %d (%d same id, %d same text),"
                        + " failed %d%n", t.read, seconds, t.stored,
                t.duplicateIds + t.duplicateTexts, t.duplicateIds, t.duplicateTexts, t.failed());
        t.failures.forEach((kind, n) -> out.printf(Locale.ROOT, "  failed: %d × %s%n", n, kind));
        if (t.failed() > 0 && store.directory() != null) {
            out.println("  each failure is listed in " + store.directory().resolve(ERROR_LOG));
        }
        if (merge != null) {
            out.printf(Locale.ROOT, "merged %d factual reports into %d events (%d hypothetical/negated/future"
                    + " mentions not counted)%n", merge.reports(), merge.events(), merge.nonFactual());
        }
        if (stories != null) {
            out.printf(Locale.ROOT, "grouped articles into %d stories, %d of them with several articles%n",
                    stories.size(), stories.stream().filter(s -> s.articleIds().size() > 1).count());
        }
        out.printf(Locale.ROOT, "store %s: %d articles, %d event reports%n", store.directory(),
                store.count("articles"), store.count("events"));
    }

    /**
     * How many items the inputs hold, for the progress bar: lines of JSONL files, one per other file; -1
     * (unknown) when a feed or a WARC archive is among them.
     */
    static long countItems(List<String> inputs, InputFormat format) {
        long total = 0;
        for (String input : inputs) {
            Path path = Path.of(input);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path).filter(Files::isRegularFile) : Stream.of(path)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    InputFormat actual = format == InputFormat.AUTO ? ArticleReader.detect(file) : format;
                    if (actual == InputFormat.FEED || actual == InputFormat.WARC) {
                        return -1;
                    }
                    total += actual == InputFormat.JSONL ? nonBlankLines(file) : 1;
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        content = true;
                    }
                }
            }
        }
        return lines + (content ? 1 : 0);
    }
}
