package org.annals.time.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TimexEvaluationTest {

    /** The shared data directory next to the repository, or null when this is a plain clone. */
    static Path datesDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++) {
            Path candidate = dir.resolve("shared/data/dates");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    @Test
    void scoresThePublicSets() {
        Path dates = datesDir();
        Assumptions.assumeTrue(dates != null, "../shared/data/dates not found: evaluation skipped");
        List<SetResult> results = new TimexEvaluation().run(dates);
        assertFalse(results.isEmpty());
        System.out.println("Time expression evaluation (" + dates + ")");
        results.forEach(r -> System.out.println("  " + r.row()));
    }
}
