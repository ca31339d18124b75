package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.TimeExpression;
import org.annals.model.TimeType;
import org.junit.jupiter.api.Test;

class RuleTemporalTaggerTest {

    /** Friday 7 January 2022, the publication date of the seed article. */
    private static final LocalDate ANCHOR = LocalDate.of(2022, 1, 7);
    private final RuleTemporalTagger tagger = new RuleTemporalTagger();

    private TimeExpression only(String text, String lang, LocalDate anchor, String expected) {
        List<TimeExpression> found = tagger.tag(text, lang, anchor);
        TimeExpression hit = found.stream().filter(t -> t.text().equals(expected)).findFirst().orElse(null);
        assertNotNull(hit, "no expression '" + expected + "' in " + found);
        assertEquals(expected, text.substring(hit.start(), hit.end()), "offsets must cover the text");
        return hit;
    }

    private void value(String text, String lang, String expression, String value) {
        assertEquals(value, only(text, lang, ANCHOR, expression).value(), expression);
    }

    @Test
    void frenchDatesAroundTheYearBoundary() {
        String s = "Le 7 janvier, Loukachenko a appelé Nazarbaïev, qu'il avait rencontré le 28 décembre à Saint-Pétersbourg.";
        List<TimeExpression> found = tagger.tag(s, "fr", ANCHOR);
        assertEquals(2, found.size(), found.toString());
        assertEquals(new TimeExpression(0, 12, "Le 7 janvier", "2022-01-07", TimeType.DATE, "day"), found.get(0));
        assertEquals("2021-12-28", found.get(1).value());
        assertEquals(s.indexOf("le 28 décembre"), found.get(1).start());
        value("Le 1er janvier 2022, tout a changé.", "fr", "Le 1er janvier 2022", "2022-01-01");
        value("Il est né le 28 décembre 2021.", "fr", "le 28 décembre 2021", "2021-12-28");
        value("Rendez-vous le 2 février.", "fr", "le 2 février", "2022-02-02");
        value("Signé le 07/01/2022 à Minsk.", "fr", "le 07/01/2022", "2022-01-07");
        value("Publié 2022-01-07.", "fr", "2022-01-07", "2022-01-07");
    }

    @Test
    void frenchRelativeExpressions() {
        value("Hier, les manifestants ont défilé.", "fr", "Hier", "2022-01-06");
        value("Il l'a dit aujourd'hui.", "fr", "aujourd'hui", "2022-01-07");
        value("Il l'a dit mardi dernier.", "fr", "mardi dernier", "2022-01-04");
        value("Il l'a dit mardi.", "fr", "mardi", "2022-01-04");
        value("Il viendra la semaine prochaine.", "fr", "la semaine prochaine", "2022-W02");
        value("Il était là l'an dernier.", "fr", "l'an dernier", "2021");
        value("C'était il y a deux semaines.", "fr", "il y a deux semaines", "2021-12-24");
        value("Il a été élu en janvier.", "fr", "en janvier", "2022-01");
        value("Il a voté mardi de la semaine dernière.", "fr", "mardi de la semaine dernière", "2021-12-28");
        value("Il reviendra à Noël.", "fr", "à Noël", "2021-12-25");
    }

    @Test
    void frenchYearsDecadesDurationsAndTimes() {
        TimeMention since = tagger.mentions("Il dirige le pays depuis 2010.", "fr", ANCHOR).get(0);
        assertEquals("2010", since.expression().value());
        assertEquals("depuis 2010", since.expression().text());
        assertEquals(TimeModifier.SINCE, since.modifier());
        value("Il est arrivé en 2010.", "fr", "en 2010", "2010");
        TimeExpression decade = only("Dans les années 90, tout était différent.", "fr", ANCHOR, "Dans les années 90");
        assertEquals("199", decade.value());
        assertEquals("decade", decade.precision());
        TimeExpression duration = only("Les combats ont duré trois jours.", "fr", ANCHOR, "trois jours");
        assertEquals("P3D", duration.value());
        assertEquals(TimeType.DURATION, duration.type());
        TimeExpression time = only("La réunion a commencé à 15h30.", "fr", ANCHOR, "à 15h30");
        assertEquals("2022-01-07T15:30", time.value());
        assertEquals(TimeType.TIME, time.type());
    }

    @Test
    void englishSentences() {
        value("On January 7, Lukashenko called Nazarbayev.", "en", "On January 7", "2022-01-07");
        value("They met on December 28 in St Petersburg.", "en", "on December 28", "2021-12-28");
        value("The deal was signed 7 January 2022.", "en", "7 January 2022", "2022-01-07");
        value("The deal was signed on 01/07/2022.", "en", "on 01/07/2022", "2022-01-07");
        value("Protests began two weeks ago.", "en", "two weeks ago", "2021-12-24");
        value("He resigned last year.", "en", "last year", "2021");
        value("Inflation was low in the 1990s.", "en", "the 1990s", "199");
        value("The vote is at 3 p.m. on Friday.", "en", "at 3 p.m.", "2022-01-07T15:00");
        assertTrue(tagger.tag("He may go home.", "en", ANCHOR).isEmpty(), "'may' the verb is no month");
        value("He will leave in May.", "en", "in May", "2022-05");
    }

    @Test
    void russianSentences() {
        value("7 января Лукашенко позвонил Назарбаеву.", "ru", "7 января", "2022-01-07");
        value("Они встретились 28 декабря в Петербурге.", "ru", "28 декабря", "2021-12-28");
        value("Вчера прошли протесты.", "ru", "Вчера", "2022-01-06");
        value("Он выступил в прошлую пятницу.", "ru", "в прошлую пятницу", "2021-12-31");
        value("Бои шли в течение трёх дней.", "ru", "в течение трёх дней", "P3D");
        value("Заседание начнётся в 10:00 по московскому времени.", "ru", "в 10:00 по московскому времени",
                "2022-01-07T10:00+03:00");
        value("Он у власти с 2010 года.", "ru", "с 2010 года", "2010");
        value("Это было в 1990-х годах.", "ru", "в 1990-х годах", "199");
    }

    @Test
    void germanSpanishItalianSentences() {
        value("Am 7. Januar telefonierte Lukaschenko.", "de", "Am 7. Januar", "2022-01-07");
        value("Sie trafen sich am 28. Dezember.", "de", "am 28. Dezember", "2021-12-28");
        value("Gestern demonstrierten Tausende.", "de", "Gestern", "2022-01-06");
        value("Das war vor zwei Wochen.", "de", "vor zwei Wochen", "2021-12-24");
        value("El 7 de enero Lukashenko habló con Nazarbáyev.", "es", "El 7 de enero", "2022-01-07");
        value("Se reunieron el 28 de diciembre.", "es", "el 28 de diciembre", "2021-12-28");
        value("Ayer hubo protestas.", "es", "Ayer", "2022-01-06");
        value("Llegó el martes pasado.", "es", "el martes pasado", "2022-01-04");
        value("Il 7 gennaio Lukashenko ha parlato con Nazarbayev.", "it", "Il 7 gennaio", "2022-01-07");
        value("Si erano incontrati il 28 dicembre.", "it", "il 28 dicembre", "2021-12-28");
        value("Ieri ci sono state proteste.", "it", "Ieri", "2022-01-06");
        value("È successo due settimane fa.", "it", "due settimane fa", "2021-12-24");
    }

    @Test
    void unknownAnchorKeepsUnknownParts() {
        List<TimeExpression> found = tagger.tag("Le 7 janvier et hier, puis mardi.", "fr", null);
        assertEquals("XXXX-01-07", found.get(0).value());
        assertTrue(found.get(0).unresolved());
        assertEquals("XXXX-XX-XX", found.get(1).value());
        assertTrue(found.get(1).unresolved());
        assertEquals("XXXX-WXX-2", found.get(2).value());
        assertEquals("2021-12-28", tagger.tag("le 28 décembre 2021", "fr", null).get(0).value());
        String today = LocalDate.now().toString();
        for (TimeExpression t : tagger.tag("aujourd'hui, la semaine prochaine, il y a deux jours", "fr", null)) {
            assertFalse(t.value().contains(today.substring(0, 4)), "resolved against today: " + t);
        }
    }

    @Test
    void orientationDecidesUnderspecifiedDates() {
        LocalDate tuesday = LocalDate.of(2013, 2, 12);
        assertEquals("2013-02-19", new RuleTemporalTagger(Orientation.FUTURE).tag("mardi", "fr", tuesday).get(0).value());
        assertEquals("2013-02-12", new RuleTemporalTagger(Orientation.PAST).tag("mardi", "fr", tuesday).get(0).value());
        assertEquals("2013-02-14", new RuleTemporalTagger(Orientation.NEAREST).tag("jeudi", "fr", tuesday).get(0).value());
        assertEquals("2013-02-09", new RuleTemporalTagger(Orientation.NEAREST).tag("samedi", "fr", tuesday).get(0).value());
    }

    @Test
    void longestMatchWinsWithoutOverlaps() {
        List<TimeExpression> found = tagger.tag("le samedi 5 juin 1999 à 15h30", "fr", ANCHOR);
        assertEquals(1, found.size(), found.toString());
        assertEquals("1999-06-05T15:30", found.get(0).value());
    }

    @Test
    void easterDates() {
        assertEquals(LocalDate.of(2013, 3, 31), HolidayCalendar.westernEaster(2013));
        assertEquals(LocalDate.of(2024, 3, 31), HolidayCalendar.westernEaster(2024));
        assertEquals(LocalDate.of(2013, 5, 5), HolidayCalendar.orthodoxEaster(2013));
        assertEquals(LocalDate.of(2022, 4, 24), HolidayCalendar.orthodoxEaster(2022));
    }

    @Test
    void unsupportedLanguageGivesNothing() {
        assertTrue(tagger.tag("7 January", "xx", ANCHOR).isEmpty());
        assertFalse(tagger.supports("xx"));
        assertTrue(tagger.supports("fr"));
    }

    @Test
    void partsOfDaysCenturiesRangesAndNthWeekdays() {
        value("Hier soir, la police est intervenue.", "fr", "Hier soir", "2022-01-06TEV");
        value("Il a écrit à la fin du XIXe siècle.", "fr", "à la fin du XIXe siècle", "18");
        List<TimeExpression> range = tagger.tag("Le festival a eu lieu du 19 au 23 juillet.", "fr", ANCHOR);
        assertEquals(List.of("du 19", "au 23 juillet"), range.stream().map(TimeExpression::text).toList());
        assertEquals(List.of("2021-07-19", "2021-07-23"), range.stream().map(TimeExpression::value).toList());
        value("Le vote aura lieu le premier mercredi du mois prochain.", "fr", "le premier mercredi du mois prochain",
                "2022-02-02");
        value("The vote is on the last Monday of March.", "en", "the last Monday of March", "2022-03-28");
        value("Il viendra jeudi 13.", "fr", "jeudi 13", "2022-01-13");
        value("They met on Friday, January 8.", "en", "on Friday, January 8", "2021-01-08");
    }

    @Test
    void holidaysResolveNearTheAnchor() {
        value("Il est rentré pour Noël.", "fr", "pour Noël", "2021-12-25");
        value("Am Ostermontag demonstrierten Tausende.", "de", "Am Ostermontag", "2022-04-18");
        value("На Пасху в храмах прошли службы.", "ru", "На Пасху", "2022-04-24");
    }

    @Test
    void ukrainianSentences() {
        value("7 січня Лукашенко зателефонував Назарбаєву.", "uk", "7 січня", "2022-01-07");
        value("Вчора пройшли протести.", "uk", "Вчора", "2022-01-06");
        value("Це сталося три дні тому.", "uk", "три дні тому", "2022-01-04");
        value("Він при владі з 2010 року.", "uk", "з 2010 року", "2010");
    }

    @Test
    void vagueDurationsAndWeekends() {
        TimeExpression few = only("Il est resté quelques jours à Minsk.", "fr", ANCHOR, "quelques jours");
        assertEquals("PXD", few.value());
        assertEquals(TimeType.DURATION, few.type());
        value("Il est parti ce week-end.", "fr", "ce week-end", "2022-W01-WE");
    }

    @Test
    void numbersAreNotTimes() {
        assertTrue(tagger.tag("Sales rose by 9 percent.", "en", ANCHOR).isEmpty());
        assertTrue(tagger.tag("Цены выросли в 10 раз.", "ru", ANCHOR).isEmpty());
        assertTrue(tagger.tag("Die Preise stiegen um 5 Prozent.", "de", ANCHOR).isEmpty());
        value("The vote closes at 9 p.m. on Friday.", "en", "at 9 p.m.", "2022-01-07T21:00");
        value("Голосование начнётся в 8 часов утра.", "ru", "в 8 часов утра", "2022-01-07T08:00");
    }

    /** Tuesday 12 February 2013. */
    private static final LocalDate TUESDAY = LocalDate.of(2013, 2, 12);

    private void valueAt(LocalDate anchor, String text, String lang, String expression, String value) {
        assertEquals(value, only(text, lang, anchor, expression).value(), expression);
    }

    @Test
    void countedWeekdaysAndShiftedMonths() {
        valueAt(TUESDAY, "We meet three Fridays from now.", "en", "three Fridays from now", "2013-03-01");
        valueAt(TUESDAY, "It was 2 Thursdays ago.", "en", "2 Thursdays ago", "2013-01-31");
        valueAt(TUESDAY, "Not this one: Friday after next.", "en", "Friday after next", "2013-02-22");
        valueAt(TUESDAY, "The vote is on the 20th of next month.", "en", "on the 20th of next month", "2013-03-20");
        valueAt(TUESDAY, "in the two upcoming weeks", "en", "two upcoming weeks", "2013-02-26");
        valueAt(TUESDAY, "Wir sehen uns Mittwoch in zwei Wochen.", "de", "Mittwoch in zwei Wochen", "2013-02-27");
        valueAt(TUESDAY, "Er kommt übernächsten März.", "de", "übernächsten März", "2014-03");
        valueAt(TUESDAY, "On se voit lundi en huit.", "fr", "lundi en huit", "2013-02-25");
    }

    @Test
    void holidaysOfOtherCalendarsAndCountedFromHolidays() {
        valueAt(TUESDAY, "Thanksgiving of next year", "en", "Thanksgiving of next year", "2014-11-27");
        valueAt(TUESDAY, "three days after Easter", "en", "three days after Easter", "2013-04-03");
        valueAt(TUESDAY, "the third Tuesday after Christmas 2014", "en",
                "the third Tuesday after Christmas 2014", "2015-01-13");
        value("Prayers were held on Eid al-Fitr.", "en", "on Eid al-Fitr", "2022-05-02");
        value("Talks stopped for Yom Kippur 2021.", "en", "for Yom Kippur 2021", "2021-09-16");
        value("Markets close for Chinese New Year.", "en", "for Chinese New Year", "2022-02-01");
        value("Shops were busy before Diwali.", "en", "Diwali", "2021-11-04");
        value("Am Zuckerfest 2021 blieben die Moscheen offen.", "de", "Am Zuckerfest 2021", "2021-05-13");
        value("Zum Opferfest reisten viele in die Türkei.", "de", "Zum Opferfest", "2021-07-20");
        assertEquals("XXXX-XX-XX", tagger.tag("on Eid al-Adha", "en", null).get(0).value(),
                "without an anchor a moving feast stays unresolved");
    }

    @Test
    void englishConversationalForms() {
        LocalDate thursday = LocalDate.of(2018, 11, 15);
        valueAt(thursday, "Call me tomorrow 8:00am.", "en", "tomorrow 8:00am", "2018-11-16T08:00");
        valueAt(thursday, "next week on Tuesday", "en", "next week on Tuesday", "2018-11-20");
        valueAt(thursday, "two days after today", "en", "two days after today", "2018-11-17");
        valueAt(thursday, "three weeks from tomorrow", "en", "three weeks from tomorrow", "2018-12-07");
        valueAt(thursday, "It rained the week before last.", "en", "the week before last", "2018-W44");
        List<TimeExpression> found = tagger.tag("I'll be out 2 hours next month.", "en", thursday);
        assertEquals("2 hours", found.get(0).text(), found.toString());
        assertEquals("next month", found.get(1).text(), found.toString());
    }
}

