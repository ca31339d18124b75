package org.annals.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.junit.jupiter.api.Test;

class CaseMarkersTest {

    @Test
    void frenchMarkers() {
        CaseMarkers fr = CaseMarkers.forLanguage("fr");
        assertTrue(fr.marks("avec", ArgumentRole.TARGET));
        assertTrue(fr.marks("contre", ArgumentRole.TARGET));
        assertTrue(fr.marks("Auprès  de", ArgumentRole.TARGET));
        assertTrue(fr.marks("par", ArgumentRole.SOURCE));
        assertEquals(Set.of(ArgumentRole.BOTH), fr.roles("entre"));
        assertTrue(fr.marks("à", ArgumentRole.LOCATION));
        assertTrue(fr.marks("à", ArgumentRole.TARGET));
        assertTrue(fr.roles("chat").isEmpty());
    }

    @Test
    void multiwordMarkerParsedAsCaseWithFixedWord() {
        // UD parses "près de Damas" as case "près" with the fixed word "de".
        Sentence s = new Sentence(0, 0, 14, List.of(
                new Token(0, "près", 0, 4, "près", "ADV", "", 2, "case", "O"),
                new Token(1, "de", 5, 7, "de", "ADP", "", 0, "fixed", "O"),
                new Token(2, "Damas", 8, 13, "Damas", "PROPN", "", -1, "root", "LOCATION")), true);
        CaseMarkers fr = CaseMarkers.forLanguage("fr");
        assertTrue(fr.roles("près").isEmpty());
        assertTrue(fr.marks(s, s.tokens().get(0), ArgumentRole.LOCATION));
        assertEquals(fr.roles("de"), fr.roles(s, s.tokens().get(1)), "a word alone keeps its own roles");
    }

    @Test
    void englishMarkers() {
        CaseMarkers en = CaseMarkers.forLanguage("en");
        assertTrue(en.marks("with", ArgumentRole.TARGET));
        assertTrue(en.marks("against", ArgumentRole.TARGET));
        assertTrue(en.marks("by", ArgumentRole.SOURCE));
        assertTrue(en.marks("between", ArgumentRole.BOTH));
        assertTrue(en.marks("in", ArgumentRole.LOCATION));
        assertFalse(en.marks("with", ArgumentRole.LOCATION));
        assertTrue(CaseMarkers.forLanguage("xx").markers().isEmpty());
    }

    @Test
    void triggerReplacesWhatAMarkerMeans() {
        CaseMarkers fr = CaseMarkers.forLanguage("fr");
        CaseMarkers asked = fr.replacing(CaseMarkers.parseReplacements("de=TARGET, à=TARGET+LOCATION"));
        assertEquals(Set.of(ArgumentRole.TARGET), asked.roles("de"));
        assertEquals(Set.of(ArgumentRole.TARGET, ArgumentRole.LOCATION), asked.roles("à"));
        assertEquals(fr.roles("contre"), asked.roles("contre"), "other markers keep their roles");
        assertTrue(fr.marks("de", ArgumentRole.SOURCE), "the language's own markers are untouched");
        assertTrue(CaseMarkers.parseReplacements("-").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CaseMarkers.parseReplacements("de=ASKED"));
        assertThrows(IllegalArgumentException.class, () -> CaseMarkers.parseReplacements("TARGET"));
    }

    @Test
    void demandVerbsMakeTheOneAskedATarget() {
        TriggerEntry exiger = TriggerLexicon.forLanguage("fr").entries().stream()
                .filter(e -> e.lemmas().equals("exiger") && e.pos().equals("VERB")).findFirst().orElseThrow();
        assertEquals(Set.of(ArgumentRole.TARGET), exiger.markerRoles().get("de"));
    }
}
