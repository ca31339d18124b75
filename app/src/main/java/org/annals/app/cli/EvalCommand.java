package org.annals.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.eval.PloverGsrEvaluation;
import org.annals.eval.Score;
import org.annals.eval.SharedData;
import org.annals.model.DocumentResult;
import org.annals.ontology.Plover;
import org.annals.pipeline.AnnalsPipeline;
import org.annals.pipeline.UnsupportedLanguageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals eval}: scores Annals against public gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Annals against a gold set: plover-gsr (PLOVER gold-standard records) or timex"
                + " (French TimeBank, Duckling and Recognizers-Text time expressions).")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SET", description = "plover-gsr or timex")
    String set;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the gold set "
            + "(defaults: ../shared/data/plover-gsr, ../shared/data/dates).")
    Path data;

    @Option(names = "--misses", description = "Also list each plover-gsr record not coded right: gold, what was"
            + " coded (category, source>target countries, factuality when not a fact) and the sentence.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if ("timex".equals(set)) {
            return EvalTimexCommand.run(data, System.out, System.err);
        }
        if (!"plover-gsr".equals(set)) {
            System.err.println("annals: unknown gold set '" + set + "' (known: plover-gsr, timex)");
            return 2;
        }
        Path dir = data != null ? data : SharedData.find("data/plover-gsr").orElse(Path.of("..", "shared", "data", "plover-gsr"));
        if (!Files.exists(dir.resolve(PloverGsrEvaluation.FILE)) && !Files.isRegularFile(dir)) {
            System.err.println("annals: " + dir + ": no " + PloverGsrEvaluation.FILE + " there (use --data DIR)");
            return 2;
        }
        List<PloverGsrEvaluation.GoldRecord> gold = PloverGsrEvaluation.read(dir);
        AnnalsPipeline pipeline = AnnalsPipeline.standard();
        PloverGsrEvaluation.Result result = PloverGsrEvaluation.evaluate(gold, article -> {
            try {
                return pipeline.process(article);
            } catch (UnsupportedLanguageException e) {
                return new DocumentResult(DocumentResult.SCHEMA, article.id(), article.lang(), null, null, null,
                        null, List.of(), List.of(), List.of());
            }
        });
        out.printf(Locale.ROOT, "PLOVER GSR: %d records%n%n", result.records());
        out.printf(Locale.ROOT, "%-10s | %27s | %27s%n", "", "category", "category + source + target");
        out.printf(Locale.ROOT, "%-10s | %5s %5s %5s %4s %4s | %5s %5s %5s %4s %4s%n",
                "category", "P", "R", "F1", "TP", "gold", "P", "R", "F1", "TP", "gold");
        for (Plover p : Plover.values()) {
            row(out, p.name(), result.category().get(p), result.categoryActors().get(p));
        }
        row(out, "micro", result.microCategory(), result.microCategoryActors());
        if (misses) {
            out.println();
            result.outcomes().stream()
                    .filter(o -> !o.actorsRight() || o.predicted().size() > 1)
                    .forEach(o -> out.println(o.describe()));
        }
        return 0;
    }

    private static void row(PrintStream out, String label, Score a, Score b) {
        out.printf(Locale.ROOT, "%-10s | %5.3f %5.3f %5.3f %4d %4d | %5.3f %5.3f %5.3f %4d %4d%n", label,
                a.precision(), a.recall(), a.f1(), a.tp(), a.tp() + a.fn(),
                b.precision(), b.recall(), b.f1(), b.tp(), b.tp() + b.fn());
    }

}
