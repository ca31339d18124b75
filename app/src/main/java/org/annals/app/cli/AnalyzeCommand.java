package org.annals.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.analysis.Analysis;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.io.ArticleReader;
import org.annals.io.InputFormat;
import org.annals.io.ReadArticle;
import org.annals.io.ReadItem;
import org.annals.io.ReadProblem;
import org.annals.pipeline.AnnalsPipeline;
import org.annals.pipeline.UnsupportedLanguageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals analyze}: the linguistic analysis Annals works from, as CoNLL-U, for checking and debugging. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints the linguistic analysis of articles (tokens, lemmas, UPOS, features, UD"
                + " dependencies, NER) in CoNLL-U, every sentence parsed.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = "--lang", defaultValue = "auto", description = "auto, en or fr.")
    String lang;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AnnalsPipeline pipeline = AnnalsPipeline.standard();
        int failed = 0;
        try (Stream<ReadItem> items = new ArticleReader().readAll(inputs, InputFormat.AUTO, System.in)) {
            for (ReadItem item : (Iterable<ReadItem>) items::iterator) {
                if (item instanceof ReadProblem p) {
                    System.err.println("annals: " + p.message());
                    failed++;
                    continue;
                }
                ReadArticle read = (ReadArticle) item;
                try {
                    var article = "auto".equals(lang) ? read.article() : read.article().withLang(lang);
                    String language = pipeline.languageOf(article);
                    print(out, read.article().id(), pipeline.analyzerFor(language).analyze(article.text(), language));
                } catch (UnsupportedLanguageException e) {
                    System.err.println("annals: " + read.origin() + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void print(PrintStream out, String id, Analysis analysis) {
        out.println("# newdoc id = " + id);
        for (Sentence s : analysis.sentences()) {
            out.println("# sent_id = " + id + "-" + (s.index() + 1));
            out.println("# offsets = " + s.start() + "-" + s.end());
            for (Token t : s.tokens()) {
                out.println(String.join("\t", Integer.toString(t.index() + 1), t.text(), t.lemma(), t.upos(), "_",
                        t.feats().isEmpty() ? "_" : t.feats(), Integer.toString(t.head() + 1),
                        t.deprel().isEmpty() ? "_" : t.deprel(), "_",
                        "NER=" + t.ner() + "|Offsets=" + t.start() + "-" + t.end()));
            }
            out.println();
        }
    }
}
