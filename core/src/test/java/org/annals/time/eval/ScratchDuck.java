package org.annals.time.eval;

import java.nio.file.Path;
import org.annals.model.TimeExpression;
import org.annals.time.Orientation;
import org.annals.time.RuleTemporalTagger;
import org.junit.jupiter.api.Test;

class ScratchDuck {
    @Test
    void print() throws Exception {
        String lang = System.getProperty("lang", "en");
        RuleTemporalTagger t = new RuleTemporalTagger(Orientation.FUTURE);
        Path f = Path.of("/work/shared/data/dates/duckling/Time_" + lang.toUpperCase() + "_Corpus.hs");
        int n = 0;
        for (DucklingExample e : DucklingCorpus.read(f)) {
            if (!e.dayOrCoarserInstant()) continue;
            var sys = t.tagAt(e.text(), lang, e.reference());
            TimeExpression found = sys.stream().max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).orElse(null);
            boolean ok = found != null && ValueMatch.matches(found.value(), e.expectedValue());
            if (!ok && n++ < Integer.getInteger("max", 60)) {
                System.out.println((found == null ? "MISS " : "BAD  ") + e + "  got " + sys);
            }
        }
    }
}
