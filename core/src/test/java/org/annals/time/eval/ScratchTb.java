package org.annals.time.eval;

import java.nio.file.*;
import java.util.List;
import org.annals.model.TimeExpression;
import org.annals.time.RuleTemporalTagger;
import org.junit.jupiter.api.Test;

class ScratchTb {
    @Test
    void print() throws Exception {
        RuleTemporalTagger t = new RuleTemporalTagger();
        String type = System.getProperty("type", "DATE");
        try (var s = Files.list(Path.of("/work/shared/data/dates/fr-timebank/Data"))) {
            for (Path f : s.sorted().toList()) {
                TimeBankDocument d = TimeBankDocument.read(f);
                List<TimeExpression> sys = t.tag(d.text(), "fr", d.creationDate());
                for (var g : d.timexes()) {
                    if (!type.equals(g.type()) && !type.equals("ALL")) continue;
                    TimeExpression found = sys.stream().filter(x -> x.start() < g.end() && g.start() < x.end()).findFirst().orElse(null);
                    if (found == null) System.out.println("MISS " + g.type() + " [" + g.text() + "] " + g.value() + "   ctx: " + d.text().substring(Math.max(0, g.start() - 30), Math.min(d.text().length(), g.end() + 20)).replace('\n', ' '));
                    else if (!ValueMatch.matches(found.value(), g.value())) System.out.println("BAD  " + g.type() + " [" + g.text() + "] " + g.value() + " got [" + found.text() + "] " + found.value() + " dct=" + d.creationDate());
                }
            }
        }
    }
}
