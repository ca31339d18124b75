package org.annals.app.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.io.OutputFormat;
import org.annals.io.ReadItem;
import org.annals.pipeline.AnnalsPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals extract}: articles in, annals.v1 results out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the coded events of articles: plain-text files (UTF-8; legacy encodings are"
                + " detected), JSONL files ({\"id\",\"text\",\"lang\"?,\"published\"?,...} per line),"
                + " HTML pages, RSS/Atom feeds, WARC archives, directories, or - for standard input.",
                "Exit code: 0 when every input was processed, 1 when some failed (each named on stderr),"
                + " 2 on a usage error."})
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    ArticleOptions articles = new ArticleOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json",
            description = "json (pretty for one article, one line each when several), jsonl or table.")
    String format;

    @Option(names = "--learn", description = "Record roles the articles state for people the knowledge base does"
            + " not know (\"l'ex-président du Kirghizistan Kurmanbek Bakiev\") in the user KB, for later articles;"
            + " list them with 'annals kb learned'.")
    boolean learn;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        ArticleOptions.Parsed options = articles.parse();
        OutputFormat out;
        try {
            out = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("annals: " + e.getMessage());
            return 2;
        }
        if (options.problem() != null) {
            err.println("annals: " + options.problem());
            return 2;
        }
        LocalDate date = options.published();
        InputFormat inputFormat = options.format();
        AnnalsPipeline pipeline = AnnalsPipeline.standard(learn);
        AtomicInteger failed = new AtomicInteger();
        Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (Stream<ReadItem> items = new ArticleReader(articles.maxSize).readAll(inputs, inputFormat, System.in);
             ResultPrinter printer = new ResultPrinter(out, stdout)) {
            new ArticleProcessor(pipeline, articles.threads, a -> articles.prepare(a, date)).run(items.iterator(), outcome -> {
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

}
