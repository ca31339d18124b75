package org.annals.app.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.io.OutputFormat;
import org.annals.io.ReadItem;
import org.annals.model.Article;
import org.annals.pipeline.AnnalsPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals extract}: articles in, annals.v1 results out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the coded events of articles: plain-text files (UTF-8; legacy encodings are"
                + " detected), JSONL files ({\"id\",\"text\",\"lang\"?,\"published\"?,...} per line),"
                + " directories, or - for standard input.",
                "Exit code: 0 when every input was processed, 1 when some failed (each named on stderr),"
                + " 2 on a usage error."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--lang", defaultValue = "auto", description = "auto, en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none; relative dates are resolved against it.")
    String published;

    @Option(names = "--format", defaultValue = "json",
            description = "json (pretty for one article, one line each when several), jsonl or table.")
    String format;

    @Option(names = "--input", defaultValue = "auto",
            description = "How to read inputs: auto (by extension and content), text, jsonl, html, feed (RSS/Atom)"
                    + " or warc (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--learn", description = "Record roles the articles state for people the knowledge base does"
            + " not know (\"l'ex-président du Kirghizistan Kurmanbek Bakiev\") in the user KB, for later articles;"
            + " list them with 'annals kb learned'.")
    boolean learn;

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Largest article file accepted (default 2 MB).")
    long maxSize = ArticleReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            err.println("annals: --published must be YYYY-MM-DD, got '" + published + "'");
            return 2;
        }
        if (!List.of("auto", "en", "fr").contains(lang)) {
            err.println("annals: --lang must be auto, en or fr, got '" + lang + "'");
            return 2;
        }
        OutputFormat out;
        InputFormat inputFormat;
        try {
            out = OutputFormat.parse(format);
            inputFormat = InputFormat.parse(input);
        } catch (IllegalArgumentException e) {
            err.println("annals: " + e.getMessage());
            return 2;
        }
        AnnalsPipeline pipeline = AnnalsPipeline.standard(learn);
        AtomicInteger failed = new AtomicInteger();
        Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (Stream<ReadItem> items = new ArticleReader(maxSize).readAll(inputs, inputFormat, System.in);
             ResultPrinter printer = new ResultPrinter(out, stdout)) {
            new ArticleProcessor(pipeline, threads, a -> prepare(a, date)).run(items.iterator(), outcome -> {
                if (outcome.problem() != null) {
                    failed.incrementAndGet();
                    err.println("annals: " + outcome.origin() + ": " + outcome.problem());
                    return;
                }
                if (outcome.notice() != null) {
                    err.println("annals: " + outcome.origin() + ": note: " + outcome.notice());
                }
                printer.print(outcome.result());
            });
        }
        return failed.get() == 0 ? 0 : 1;
    }

    private Article prepare(Article article, LocalDate date) {
        Article a = article;
        if (!"auto".equals(lang) && a.lang() == null) {
            a = a.withLang(lang);
        }
        if (a.published() == null && date != null) {
            a = a.withPublished(date);
        }
        return a;
    }
}
