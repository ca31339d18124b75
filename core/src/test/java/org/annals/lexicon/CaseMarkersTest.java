package org.annals.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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
}
