package org.annals.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PloverTest {

    @Test
    void quadCategoriesFollowTheManual() {
        assertEquals(1, Plover.CONSULT.quadClass());
        assertEquals(1, Plover.CONCEDE.quadClass());
        assertEquals(2, Plover.RETREAT.quadClass());
        assertEquals(3, Plover.REQUEST.quadClass());
        assertEquals(4, Plover.PROTEST.quadClass());
        assertEquals(4, Plover.ASSAULT.quadClass());
    }

    @Test
    void recipientRequiredOnlyWhereTheManualSaysSo() {
        assertTrue(Plover.AID.requiresRecipient());
        assertTrue(Plover.SANCTION.requiresRecipient());
        assertFalse(Plover.PROTEST.requiresRecipient());
        assertFalse(Plover.CONSULT.requiresRecipient());
    }

    @Test
    void oldLabelsStillParse() {
        assertEquals(Plover.REQUEST, Plover.parse("demand").orElseThrow());
        assertEquals(Plover.ASSAULT, Plover.parse("FIGHT").orElseThrow());
        assertTrue(Plover.parse("nonsense").isEmpty());
    }
}
