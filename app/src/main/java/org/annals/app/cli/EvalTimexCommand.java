package org.annals.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.time.eval.SetResult;
import org.annals.time.eval.TimexEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval timex}: scores the time tagger on the public date sets (French TimeBank, Duckling,
 * Recognizers-Text) and prints one row per set.
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Scores time-expression recognition and normalization on the public date sets: recall of"
                + " gold expressions, value accuracy on the recognized ones, and precision where the set marks"
                + " every expression.")
public final class EvalTimexCommand implements Callable<Integer> {

    /** Where the sets are looked for when --data is not given, relative to the working directory. */
    static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "dates");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder holding fr-timebank/, duckling/ and recognizers-text/ (default: ../shared/data/dates).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(data, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Scores the sets in {@code data} (null: the default folder) and prints the table; what
     * {@code annals eval timex [--data DIR]} runs. Returns the exit code: 0, or 2 when no set is found.
     */
    public static int run(Path data, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        return run(data, o, e);
    }

    static int run(Path data, PrintWriter out, PrintWriter err) {
        Path dir = dataDir(data);
        if (dir == null) {
            err.println("annals: " + (data != null ? data : DEFAULT_DATA)
                    + ": no date sets there (expected fr-timebank/, duckling/ or recognizers-text/; use --data DIR)");
            return 2;
        }
        List<SetResult> results = new TimexEvaluation().run(dir);
        if (results.isEmpty()) {
            err.println("annals: " + dir + ": no date sets there (expected fr-timebank/, duckling/ or recognizers-text/)");
            return 2;
        }
        print(out, dir, results);
        out.flush();
        return 0;
    }

    /** The given folder if it holds a set; without --data, ../shared/data/dates or the nearest shared/data/dates above. */
    private static Path dataDir(Path data) {
        if (data != null) {
            return holdsASet(data) ? data : null;
        }
        if (holdsASet(DEFAULT_DATA)) {
            return DEFAULT_DATA;
        }
        Path found = TimexEvaluation.findDatesDir();
        return found != null && holdsASet(found) ? found : null;
    }

    private static boolean holdsASet(Path dir) {
        return Files.isDirectory(dir.resolve("fr-timebank")) || Files.isDirectory(dir.resolve("duckling"))
                || Files.isDirectory(dir.resolve("recognizers-text"));
    }

    static void print(PrintWriter out, Path dir, List<SetResult> results) {
        out.printf(Locale.ROOT, "Time expressions: %s%n%n", dir);
        out.printf(Locale.ROOT, "%-28s %6s %6s %7s %7s %9s %7s %9s%n",
                "set", "gold", "found", "correct", "recall", "value acc", "e2e", "precision");
        for (SetResult r : results) {
            out.printf(Locale.ROOT, "%-28s %6d %6d %7d %7.3f %9.3f %7.3f %9s%n", r.set(), r.gold(), r.recognized(),
                    r.correct(), r.recall(), r.valueAccuracy(), r.endToEnd(),
                    r.system() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", r.precision()));
        }
        out.println();
        out.println("recall: gold expressions found (overlapping span); value acc: exact value at the gold's grain,"
                + " on those found; e2e: correct over all gold; precision: only where every expression is marked.");
    }
}
