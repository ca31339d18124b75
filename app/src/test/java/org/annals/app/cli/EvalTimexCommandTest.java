package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTimexCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvalTimexCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void printsOneRowPerSet() {
        Optional<Path> dates = SharedData.find("data/dates");
        Assumptions.assumeTrue(dates.isPresent(), "../shared/data/dates not found: evaluation skipped");
        String[] r = run("--data", dates.get().toString());
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        System.out.print(out);
        for (String set : new String[] {"fr-timebank DATE", "duckling-en day+", "duckling-de day+",
                "duckling-fr day+", "duckling-ru day+", "recognizers-en"}) {
            assertTrue(out.contains(set), "row for " + set);
        }
        String dateRow = out.lines().filter(l -> l.startsWith("fr-timebank DATE")).findFirst().orElseThrow();
        String[] cols = dateRow.substring(28).trim().split("\\s+");
        assertTrue(Double.parseDouble(cols[3]) >= 0.85, "French TimeBank DATE recall: " + dateRow);
        assertTrue(Double.parseDouble(cols[4]) >= 0.85, "French TimeBank DATE value accuracy: " + dateRow);
    }

    @Test
    void saysInOneLineWhenTheFolderHasNoSets(@TempDir Path empty) {
        String[] r = run("--data", empty.toString());
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].contains("--data"), r[2]);
    }
}
