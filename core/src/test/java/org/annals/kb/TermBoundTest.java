package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermBoundTest {

    private static final ActorCode UZBMIL = new ActorCode("UZB", "MIL");

    @Test
    void readsADayAMonthOrAYear() {
        assertEquals(TermBound.day(LocalDate.of(2008, 2, 15)), TermBound.parse("2008-02-15"));
        assertEquals(new TermBound(LocalDate.of(2008, 2, 1), LocalDate.of(2008, 2, 29)), TermBound.parse("2008-02"));
        assertEquals(new TermBound(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31)), TermBound.parse("2003"));
        assertEquals(new TermBound(LocalDate.of(2018, 5, 18), LocalDate.of(2018, 12, 31)),
                TermBound.parse("2018-05-18/2018"));
        assertNull(TermBound.parse(""));
        assertNull(TermBound.parse("-"));
    }

    @Test
    void rejectsWhatIsNotADateWithTheValueInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermBound.parse("2008-13"));
        assertTrue(e.getMessage().contains("2008-13"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TermBound.parse("Feb 2008"));
        assertThrows(IllegalArgumentException.class, () -> TermBound.parse("2018/2017-05"));
    }

    @Test
    void aRoleBegunInAKnownMonthIsSurelyHeldOnlyAfterThatMonth() {
        Role role = new Role("Defence Minister", UZBMIL, TermBound.parse("2008-02"), TermBound.parse("2017-09-05"));
        assertFalse(role.heldOn(LocalDate.of(2008, 2, 10)));
        assertTrue(role.mayHoldOn(LocalDate.of(2008, 2, 10)));
        assertTrue(role.heldOn(LocalDate.of(2008, 3, 1)));
        assertTrue(role.heldOn(LocalDate.of(2017, 9, 5)));
        assertFalse(role.mayHoldOn(LocalDate.of(2017, 9, 6)));
        assertFalse(role.mayHoldOn(LocalDate.of(2008, 1, 31)));
        assertTrue(role.roughlyDated());
    }

    @Test
    void aRoleEndedInAKnownYearIsSurelyHeldOnlyBeforeThatYear() {
        Role role = new Role("Defence Minister", UZBMIL, null, TermBound.parse("2003"));
        assertTrue(role.heldOn(LocalDate.of(2002, 12, 31)));
        assertFalse(role.heldOn(LocalDate.of(2003, 6, 1)));
        assertTrue(role.mayHoldOn(LocalDate.of(2003, 6, 1)));
        assertFalse(role.mayHoldOn(LocalDate.of(2004, 1, 1)));
    }

    @Test
    void exactDaysLeaveNoWindow() {
        Role role = new Role("Defence Minister", UZBMIL, LocalDate.of(2005, 11, 18), null);
        assertFalse(role.roughlyDated());
        assertEquals(role.start(), role.certainFrom());
    }
}
