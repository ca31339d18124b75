package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static void date(String code, int year, String expected) {
        assertEquals(LocalDate.parse(expected), HolidayCalendar.date(code, year), code + " in " + year);
    }

    @Test
    void fixedDatesAndEaster() {
        date("12-25", 2022, "2022-12-25");
        date("E+0", 2022, "2022-04-17");
        date("E-2", 2022, "2022-04-15");
        date("O+0", 2022, "2022-04-24");
        date("O+0", 2023, "2023-04-16");
    }

    @Test
    void nthWeekdayOfAMonthWithAnOffset() {
        date("11-4#4", 2022, "2022-11-24");   // US Thanksgiving
        date("11-4#4+1", 2022, "2022-11-25"); // the day after
        date("01-1#3", 2022, "2022-01-17");   // Martin Luther King Day
        date("05-1#-1", 2022, "2022-05-30");  // Memorial Day: the last Monday of May
        date("05-7#2", 2013, "2013-05-12");   // Mother's Day
    }

    @Test
    void weekdayMoves() {
        date("04-27!7-1", 2014, "2014-04-26"); // King's Day moves off a Sunday
        date("04-27!7-1", 2018, "2018-04-27");
        date("10-16!6-1!7+1", 2021, "2021-10-15"); // the nearest weekday, one move only
        date("10-16!6-1!7+1", 2016, "2016-10-17");
        date("11-22<3", 2022, "2022-11-16");   // Buß- und Bettag: the Wednesday before 23 November
        date("11-27>7", 2022, "2022-11-27");   // first Advent
    }

    @Test
    void hijriDatesFollowUmmAlQura() {
        date("H:10-01", 2022, "2022-05-02"); // Eid al-Fitr
        date("H:12-10", 2022, "2022-07-09"); // Eid al-Adha
        date("H:10-01", 2024, "2024-04-10");
        date("H:01-01", 2018, "2018-09-11"); // Islamic New Year
        date("H:10-01-1<5", 2018, "2018-06-08"); // the last Friday of Ramadan
    }

    @Test
    void hebrewDatesAreCivilDaysCountedFromNisan() {
        date("J:07-01", 2022, "2022-09-26"); // Rosh Hashanah
        date("J:07-10", 2022, "2022-10-05"); // Yom Kippur
        date("J:01-15", 2022, "2022-04-16"); // Passover
        date("J:12-14", 2022, "2022-03-17"); // Purim falls in Adar II in a leap year
        date("J:09-25", 2022, "2022-12-19"); // Hanukkah
    }

    @Test
    void chineseNewYear() {
        date("C:01-01", 2022, "2022-02-01");
        date("C:01-01", 2023, "2023-01-22");
        date("C:01-01", 2014, "2014-01-31");
    }

    @Test
    void hinduFeastsFromTheSkies() {
        date("I:07-30p", 2022, "2022-10-24"); // Diwali
        date("I:07-30p", 2023, "2023-11-12");
        date("I:12-15p+1", 2022, "2022-03-18"); // Holi, the day after Holika Dahan
        date("I:06-04m", 2022, "2022-08-31"); // Ganesh Chaturthi
        date("I:05-15a", 2022, "2022-08-11"); // Raksha Bandhan
        date("I:01-09m", 2023, "2023-03-30"); // Rama Navami
        date("S:10", 2022, "2022-01-14");     // Makar Sankranti
        date("S:10", 2019, "2019-01-15");     // the ingress came after sunset
        date("S:01", 2018, "2018-04-14");     // Vaisakhi
        date("N:05-22", 2022, "2022-09-08");  // Onam
    }

    @Test
    void malformedCodesAreRejected() {
        for (String bad : List.of("13-45x", "E+", "H:10", "11-8#1", "I:07-30x", "")) {
            assertFalse(HolidayCalendar.isValid(bad), bad);
        }
        assertTrue(HolidayCalendar.isValid("J:02-05!5-1!6-2!1+1"));
        assertThrows(IllegalArgumentException.class,
                () -> TimeGrammar.parse("xx", List.of("holiday\tE+x\tsome feast")));
    }
}
