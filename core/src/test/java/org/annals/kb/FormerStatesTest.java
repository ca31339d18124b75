package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dissolved states (USSR, Yugoslavia, FR Yugoslavia / Serbia and Montenegro, Czechoslovakia, East Germany) resolve by
 * name, acronym, adjective and inflected form, with their own CAMEO codes, and today's successors are unchanged.
 */
class FormerStatesTest {

    private static final CuratedKnowledgeBase KB = KnowledgeBases.standard();
    private static final LocalDate IN_1988 = LocalDate.parse("1988-06-01");

    /** language | expected alpha-3 | names (";"-separated), looked up at 1988-06-01. */
    private static final String NAMES = """
            en|USR|Soviet Union;USSR;U.S.S.R.;Union of Soviet Socialist Republics
            fr|USR|URSS;Union soviétique;ex-URSS
            de|USR|Sowjetunion;UdSSR
            es|USR|Unión Soviética;URSS
            it|USR|Unione Sovietica
            ru|USR|СССР;Советский Союз;Советского Союза;Советском Союзе;Союза ССР
            uk|USR|СРСР;Радянський Союз;Радянського Союзу
            en|YUG|Yugoslavia;SFRY
            fr|YUG|Yougoslavie
            de|YUG|Jugoslawien
            ru|YUG|Югославия;Югославии;СФРЮ
            en|CSK|Czechoslovakia;ČSSR
            fr|CSK|Tchécoslovaquie
            de|CSK|Tschechoslowakei
            ru|CSK|Чехословакия;Чехословакии;ЧССР
            en|DDR|East Germany;German Democratic Republic;GDR
            fr|DDR|RDA;Allemagne de l'Est;République démocratique allemande
            de|DDR|DDR;Deutsche Demokratische Republik
            ru|DDR|ГДР;Восточной Германии
            uk|DDR|НДР
            en|SCG|Serbia and Montenegro;Federal Republic of Yugoslavia
            fr|SCG|Serbie-et-Monténégro
            ru|SCG|Сербия и Черногория;Сербии и Черногории
            en|RUS|Russia;Russian Federation
            fr|RUS|Russie
            ru|RUS|Россия;России
            en|SRB|Serbia
            en|MNE|Montenegro
            en|DEU|Germany
            de|DEU|Deutschland
            en|CZE|Czech Republic;Czechia
            en|SVK|Slovakia
            """;

    /** language | expected alpha-3 | adjectives and demonyms in any form (";"-separated). */
    private static final String WORDS = """
            en|USR|Soviet;Soviets
            fr|USR|soviétique;soviétiques
            de|USR|sowjetisch;sowjetischen;sowjetische
            es|USR|soviético;soviéticas
            it|USR|sovietico;sovietici
            ru|USR|советский;советского;советская;советских
            uk|USR|радянський;радянського;радянська
            en|YUG|Yugoslav;Yugoslavs
            fr|YUG|yougoslave;yougoslaves
            de|YUG|jugoslawisch;jugoslawischen;Jugoslawen
            ru|YUG|югославский;югославской;югославы
            en|CSK|Czechoslovak
            fr|CSK|tchécoslovaque;tchécoslovaques
            es|CSK|checoslovaco;checoslovaca
            it|CSK|cecoslovacco;cecoslovacchi
            en|DDR|East German;East Germans
            fr|DDR|est-allemand;est-allemande;est-allemands
            ru|DDR|восточногерманский;восточногерманского
            fr|RUS|russe;russes
            ru|RUS|российский;русского
            de|DEU|deutsch;deutschen
            fr|DEU|allemand
            en|SRB|Serbian
            en|CZE|Czech
            """;

    @Test
    void dissolvedStatesAndTheirSuccessorsResolveByName() {
        List<String> wrong = new ArrayList<>();
        for (String line : NAMES.strip().split("\n")) {
            String[] f = line.split("\\|");
            for (String name : f[2].split(";")) {
                List<KbCandidate> found = KB.lookup(name, f[0], IN_1988);
                String got = found.isEmpty() ? "nothing" : found.get(0).entity().id();
                if (!got.equals(KnowledgeBase.countryId(f[1]))) {
                    wrong.add(f[0] + ":" + name + " → " + got);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void adjectivesNameTheDissolvedStateAndTodaysStatesKeepTheirs() {
        List<String> wrong = new ArrayList<>();
        for (String line : WORDS.strip().split("\n")) {
            String[] f = line.split("\\|");
            for (String word : f[2].split(";")) {
                String got = KB.countryOf(word, f[0]).orElse("nothing");
                if (!got.equals(f[1])) {
                    wrong.add(f[0] + ":" + word + " → " + got);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void dissolvedStatesAreCountriesWithTheirOwnCodesDatesAndSuccessors() {
        assertEquals(List.of("USR", "YUG", "SCG", "CSK", "DDR"), KB.countryCodes("former"));
        assertEquals(193, KB.countryCodes("member").size());
        KbEntity ussr = KB.entity("annals:country-usr").orElseThrow();
        assertEquals("Soviet Union", ussr.name());
        assertTrue(KB.isCountry(ussr));
        assertTrue(KB.tags(ussr.id()).contains("former"));
        assertEquals("USR", KB.codeAt(ussr, IN_1988).code());
        FormerState state = KB.formerState("USR").orElseThrow();
        assertEquals(LocalDate.parse("1922-12-30"), state.start());
        assertEquals(LocalDate.parse("1991-12-26"), state.end());
        assertTrue(state.successors().containsAll(List.of("RUS", "UKR", "BLR", "KAZ", "EST")));
        assertEquals(List.of("DEU"), KB.formerState("DDR").orElseThrow().successors());
        assertTrue(KB.formerState("YUG").orElseThrow().successors().contains("SCG"));
        assertEquals(List.of("SRB", "MNE"), KB.formerState("SCG").orElseThrow().successors());
    }

    @Test
    void yugoslaviaIsTheFederalRepublicWhileItBoreTheName() {
        assertEquals("annals:country-yug", top("Yugoslavia", "en", "1985-01-01"));
        assertEquals("annals:country-scg", top("Yugoslavia", "en", "1999-04-01"));
        assertEquals("annals:country-scg", top("Yougoslavie", "fr", "2001-01-01"));
        assertEquals("annals:country-scg", top("Serbia and Montenegro", "en", "2004-01-01"));
        // After both ended, the name is the Yugoslavia of history.
        assertEquals("annals:country-yug", top("Yugoslavia", "en", "2021-01-01"));
        assertEquals("annals:slobodan-milosevic",
                KB.holderOf("Yugoslav President", "en", LocalDate.parse("1999-04-01")).orElseThrow().entity().id());
    }

    @Test
    void leadersCarryTheDissolvedStatesCodeWhileInOffice() {
        KbCandidate gorbachev = KB.holderOf("le dirigeant soviétique", "fr", IN_1988).orElseThrow();
        assertEquals("annals:mikhail-gorbachev", gorbachev.entity().id());
        assertEquals("USRGOV", gorbachev.code().code());
        assertEquals("USRGOV", KB.lookup("Mikhaïl Gorbatchev", "fr", IN_1988).get(0).code().code());
        // After the USSR: a Russian elite, like the other former leaders of the country he lived in.
        assertEquals("RUSELI", KB.lookup("Gorbachev", "en", LocalDate.parse("2010-01-01")).get(0).code().code());
        assertEquals("DDRGOV", KB.lookup("Erich Honecker", "de", LocalDate.parse("1985-01-01")).get(0).code().code());
        assertEquals("CSKGOV", KB.lookup("Václav Havel", "en", LocalDate.parse("1991-01-01")).get(0).code().code());
        assertEquals("CZEGOV", KB.lookup("Václav Havel", "en", LocalDate.parse("1995-01-01")).get(0).code().code());
        assertEquals("SCGGOV", KB.lookup("Koštunica", "en", LocalDate.parse("2001-01-01")).get(0).code().code());
        assertEquals("SRBGOV", KB.lookup("Koštunica", "en", LocalDate.parse("2005-01-01")).get(0).code().code());
    }

    private static String top(String name, String language, String date) {
        List<KbCandidate> found = KB.lookup(name, language, LocalDate.parse(date));
        return found.isEmpty() ? "nothing" : found.get(0).entity().id();
    }

    @Test
    void placesBelongToTheStateThatBrokeUpIntoTheirs() {
        assertEquals("SCG", KB.stateHolding("SRB", LocalDate.of(1999, 5, 29)));
        assertEquals("YUG", KB.stateHolding("SRB", LocalDate.of(1985, 1, 1)), "through FR Yugoslavia to Yugoslavia");
        assertEquals("SRB", KB.stateHolding("SRB", LocalDate.of(2010, 1, 1)));
        assertEquals("SRB", KB.stateHolding("SRB", LocalDate.of(1900, 1, 1)), "before any state we know of");
        assertEquals("USR", KB.stateHolding("UKR", LocalDate.of(1988, 6, 1)));
        assertEquals("UKR", KB.stateHolding("UKR", LocalDate.of(1991, 12, 27)));
        assertEquals("CSK", KB.stateHolding("SVK", LocalDate.of(1985, 6, 1)));
        assertEquals("DEU", KB.stateHolding("DEU", LocalDate.of(1985, 6, 1)), "East Germany joined a state that existed");
        assertEquals("FRA", KB.stateHolding("FRA", LocalDate.of(1985, 6, 1)));
    }
}
