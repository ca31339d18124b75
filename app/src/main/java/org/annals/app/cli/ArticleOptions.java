package org.annals.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.model.Article;
import org.annals.pipeline.AnalyzerRegistry;
import picocli.CommandLine.Option;

/** How the commands that read articles (extract, ingest) read them: options shared as a picocli mixin. */
final class ArticleOptions {

    @Option(names = "--lang", defaultValue = "auto",
            description = "auto, or a language Annals analyzes (en, fr, de, es): the language of articles that do"
                    + " not say (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none; relative dates are resolved against it.")
    String published;

    @Option(names = "--input", defaultValue = "auto",
            description = "How to read inputs: auto (by extension and content), text, jsonl, html, feed (RSS/Atom)"
                    + " or warc (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Largest article file accepted (default 2 MB).")
    long maxSize = ArticleReader.DEFAULT_MAX_BYTES;

    /** The options read and checked, or a one-line usage problem. */
    record Parsed(LocalDate published, InputFormat format, String problem) {
    }

    Parsed parse() {
        Set<String> supported = new TreeSet<>(AnalyzerRegistry.discover().languages());
        if (!"auto".equals(lang) && !supported.contains(lang)) {
            return new Parsed(null, null, "--lang must be auto or one of " + String.join(", ", supported)
                    + ", got '" + lang + "'");
        }
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            return new Parsed(null, null, "--published must be YYYY-MM-DD, got '" + published + "'");
        }
        try {
            return new Parsed(date, InputFormat.parse(input), null);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, null, e.getMessage());
        }
    }

    /** The article with the language and publication date the options give where it has none. */
    Article prepare(Article article, LocalDate date) {
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
