package org.annals.time;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchPrint {
    @Test
    void print() {
        RuleTemporalTagger t = new RuleTemporalTagger();
        String[] lines = System.getProperty("lines", "").split("\\|\\|");
        String lang = System.getProperty("lang", "fr");
        for (String l : lines) {
            System.out.println(l + " => " + t.mentions(l, lang, LocalDate.of(2022, 1, 7)));
        }
    }
}
