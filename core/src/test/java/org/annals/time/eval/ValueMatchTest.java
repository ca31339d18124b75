package org.annals.time.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueMatchTest {

    @Test
    void finerSystemValuesTruncateToTheGoldGrain() {
        assertTrue(ValueMatch.matches("2013-02-11", "2013-02"));
        assertTrue(ValueMatch.matches("2013-02-11", "2013-W07"));
        assertTrue(ValueMatch.matches("2013-02-11", "2013-Q1"));
        assertFalse(ValueMatch.matches("2013-02", "2013-02-11"));
        assertFalse(ValueMatch.matches("2013-02-11", "2013-02-1"));
    }

    @Test
    void unknownGoldDigitsAcceptAnyDigit() {
        assertTrue(ValueMatch.matches("2018-11-20", "XXXX-11-20"));
        assertTrue(ValueMatch.matches("2002-SU", "XXXX-SU"));
        assertFalse(ValueMatch.matches("2018-11-21", "XXXX-11-20"));
        assertFalse(ValueMatch.matches("XXXX-11-20", "2018-11-20"), "the system may not leave open what the gold knows");
    }

    @Test
    void anUnknownWeekAcceptsTheRightWeekday() {
        assertTrue(ValueMatch.matches("2018-11-30", "XXXX-WXX-5")); // a Friday
        assertFalse(ValueMatch.matches("2018-11-29", "XXXX-WXX-5"));
        assertTrue(ValueMatch.matches("2018-11-29T13:00", "XXXX-WXX-4T13"));
        assertFalse(ValueMatch.matches("2018-11-29T14:00", "XXXX-WXX-4T13"));
    }
}
