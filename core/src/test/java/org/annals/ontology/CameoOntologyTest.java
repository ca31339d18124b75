package org.annals.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {

    private final CameoOntology cameo = CameoOntology.standard();

    @Test
    void listsTheWholeCodebook() {
        assertTrue(cameo.codes().size() >= 300, "codes: " + cameo.codes().size());
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertTrue(cameo.contains(code), "root " + code);
            assertTrue(cameo.contains(code + "0"), "base " + code + "0");
        }
    }

    @Test
    void everyCodeIsConsistent() {
        for (CameoCode c : cameo.codes()) {
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
            int root = Integer.parseInt(c.root());
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(quad, c.quadClass(), c.code());
            assertTrue(cameo.contains(c.parentCode()), "parent of " + c.code());
            assertFalse(c.label().isBlank(), c.code());
            assertEquals(root != 1, c.hasPlover(), "only CAMEO 01 lacks a PLOVER category: " + c.code());
        }
    }

    @Test
    void knownFacts() {
        CameoCode phone = cameo.code("041").orElseThrow();
        assertEquals(Plover.CONSULT, phone.plover());
        assertEquals("phone", phone.mode());
        assertEquals(1.0, phone.goldstein());
        assertEquals(1, phone.quadClass());
        assertEquals(Plover.ASSAULT, cameo.plover("1823").orElseThrow());
        assertEquals(-10.0, cameo.code("1823").orElseThrow().goldstein());
        assertEquals(Plover.REQUEST, cameo.plover("020").orElseThrow());
        assertEquals(Plover.CONCEDE, cameo.plover("081").orElseThrow());
        assertEquals(Plover.RETREAT, cameo.plover("0841").orElseThrow());
        assertEquals(Plover.COERCE, cameo.plover("173").orElseThrow());
        assertEquals(Plover.ACCUSE, cameo.plover("090").orElseThrow());
        assertEquals(Set.of("crime", "corruption"), Set.copyOf(cameo.code("1121").orElseThrow().contexts()));
        assertEquals(4, cameo.code("145").orElseThrow().quadClass());
    }

    @Test
    void unknownCodesFallBackToTheirParent() {
        assertEquals("041", cameo.code("0419").orElseThrow().code());
        assertEquals("04", cameo.code("049").orElseThrow().code());
        assertTrue(cameo.code("99").isEmpty());
        assertTrue(cameo.code(null).isEmpty());
        assertFalse(cameo.contains("0419"));
    }

    @Test
    void everyPloverCategoryHasCodes() {
        Set<Plover> seen = EnumSet.noneOf(Plover.class);
        cameo.codes().stream().filter(CameoCode::hasPlover).forEach(c -> seen.add(c.plover()));
        assertEquals(EnumSet.allOf(Plover.class), seen);
    }
}
