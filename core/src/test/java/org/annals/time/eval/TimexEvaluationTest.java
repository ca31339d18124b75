package org.annals.time.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TimexEvaluationTest {

    @Test
    void scoresThePublicSets() {
        Path dates = TimexEvaluation.findDatesDir();
        Assumptions.assumeTrue(dates != null, "../shared/data/dates not found: evaluation skipped");
        List<SetResult> results = new TimexEvaluation().run(dates);
        assertFalse(results.isEmpty());
        System.out.println("Time expression evaluation (" + dates + ")");
        results.forEach(r -> System.out.println("  " + r.row()));
    }
}
