package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The actor code of a person depends on the date; leaders who changed office are resolved by date. */
class RolesAtDateTest {

    private static final CuratedKnowledgeBase KB = KnowledgeBases.standard();

    private static String code(String id, String date) {
        KbEntity entity = KB.entity("annals:" + id).orElseThrow();
        ActorCode code = KB.codeAt(entity, LocalDate.parse(date));
        return code == null ? null : code.code();
    }

    @Test
    void nazarbayevIsGovernmentUntilJanuary2022ThenElite() {
        assertEquals("KAZGOV", code("nursultan-nazarbayev", "2015-06-01"));
        assertEquals("KAZGOV", code("nursultan-nazarbayev", "2019-03-20"));
        assertEquals("KAZGOV", code("nursultan-nazarbayev", "2021-12-28"));
        assertEquals("KAZGOV", code("nursultan-nazarbayev", "2022-01-05"));
        assertEquals("KAZELI", code("nursultan-nazarbayev", "2022-01-07"));
        assertEquals("KAZELI", code("nursultan-nazarbayev", "2022-07-01"));
    }

    @Test
    void codesFollowOfficeAndLeaveIt() {
        assertEquals("BLRGOV", code("alexander-lukashenko", "2022-01-07"));
        assertEquals("RUSGOV", code("vladimir-putin", "2010-01-01")); // prime minister then
        assertEquals("RUSGOV", code("dmitry-medvedev", "2021-01-01")); // security council deputy chair
        assertEquals("KAZGOV", code("kassym-jomart-tokayev", "2016-01-01")); // senate chairman
        assertEquals("USAELI", code("barack-obama", "2018-01-01"));
        assertEquals("USAGOV", code("donald-trump", "2019-01-01"));
        assertEquals("USAELI", code("donald-trump", "2022-01-01"));
        assertEquals("USAGOV", code("donald-trump", "2025-06-01"));
        assertEquals("UKRGOV", code("denys-shmyhal", "2024-01-01"));
        assertEquals("UKRMIL", code("denys-shmyhal", "2025-09-01")); // defence minister
        assertEquals("IGOWSTNAT", code("mark-rutte", "2025-01-01"));
        assertEquals("NLDGOV", code("mark-rutte", "2020-01-01"));
        assertEquals("IGOEUREEC", code("ursula-von-der-leyen", "2023-01-01"));
        assertEquals("DEUMIL", code("ursula-von-der-leyen", "2015-01-01"));
        assertEquals("KAZSPY", code("karim-massimov", "2020-01-01"));
    }

    @Test
    void withoutDateThePersonHasOnlyACountry() {
        KbEntity putin = KB.entity("annals:vladimir-putin").orElseThrow();
        assertEquals(new ActorCode("RUS", null), KB.codeAt(putin, null));
    }

    /** country, title phrase, language, day before, holder before, day after, holder after. */
    private static final String CHANGES = """
            KAZ|le président kazakh|fr|2019-03-19|nursultan-nazarbayev|2019-03-21|kassym-jomart-tokayev
            RUS|the Russian president|en|2008-05-06|vladimir-putin|2008-05-08|dmitry-medvedev
            RUS|the Russian president|en|2012-05-06|dmitry-medvedev|2012-05-08|vladimir-putin
            RUS|президент России|ru|1999-12-30|boris-yeltsin|2000-01-02|vladimir-putin
            RUS|премьер-министр России|ru|2020-01-14|dmitry-medvedev|2020-01-17|mikhail-mishustin
            RUS|russischer Verteidigungsminister|de|2024-05-11|sergei-shoigu|2024-05-15|andrei-belousov
            UKR|le président ukrainien|fr|2019-05-19|petro-poroshenko|2019-05-21|volodymyr-zelenskyy
            UKR|the Ukrainian president|en|2014-06-06|oleksandr-turchynov|2014-06-08|petro-poroshenko
            UKR|глава МИД Украины|ru|2024-09-04|dmytro-kuleba|2024-09-06|andrii-sybiha
            USA|le président américain|fr|2021-01-19|donald-trump|2021-01-21|joe-biden
            USA|US president|en|2025-01-19|joe-biden|2025-01-21|donald-trump
            USA|US secretary of state|en|2025-01-19|antony-blinken|2025-01-22|marco-rubio
            DEU|die deutsche Kanzlerin|de|2021-12-07|angela-merkel|2021-12-09|olaf-scholz
            DEU|der deutsche Kanzler|de|2025-05-05|olaf-scholz|2025-05-07|friedrich-merz
            GBR|British prime minister|en|2022-10-24|liz-truss|2022-10-26|rishi-sunak
            GBR|British prime minister|en|2024-07-04|rishi-sunak|2024-07-06|keir-starmer
            GBR|the British king|en|2022-09-07|elizabeth-ii|2022-09-09|charles-iii
            FRA|le Premier ministre français|fr|2024-09-04|gabriel-attal|2024-09-06|michel-barnier
            FRA|le président français|fr|2017-05-13|francois-hollande|2017-05-15|emmanuel-macron
            JPN|Japanese prime minister|en|2020-09-15|shinzo-abe|2020-09-17|yoshihide-suga
            KGZ|le président kirghiz|fr|2011-11-30|roza-otunbayeva|2011-12-02|almazbek-atambayev
            UZB|президент Узбекистана|ru|2016-09-01|islam-karimov|2016-12-15|shavkat-mirziyoyev
            TKM|Turkmen president|en|2022-03-18|gurbanguly-berdimuhamedov|2022-03-20|serdar-berdimuhamedov
            AZE|le président azerbaïdjanais|fr|2003-10-30|heydar-aliyev|2003-11-01|ilham-aliyev
            TUR|the Turkish prime minister|en|2014-08-27|recep-tayyip-erdogan|2014-08-29|ahmet-davutoglu
            ARM|Armenian prime minister|en|2018-04-20|serzh-sargsyan|2018-05-09|nikol-pashinyan
            BRA|Brazilian president|en|2022-12-31|jair-bolsonaro|2023-01-02|luiz-inacio-lula-da-silva
            ARG|presidente argentino|es|2023-12-09|alberto-fernandez|2023-12-11|javier-milei
            ISR|Israeli prime minister|en|2021-06-12|benjamin-netanyahu|2021-06-14|naftali-bennett
            IRN|Iranian president|en|2024-05-18|ebrahim-raisi|2024-07-29|masoud-pezeshkian
            ITA|il primo ministro italiano|it|2022-10-21|mario-draghi|2022-10-23|giorgia-meloni
            JPN|Japanese prime minister|en|2008-09-23|yasuo-fukuda|2008-09-25|taro-aso
            KOR|South Korean president|en|2008-02-24|roh-moo-hyun|2008-02-26|lee-myung-bak
            CAN|le premier ministre canadien|fr|2003-12-11|jean-chretien|2003-12-13|paul-martin
            MEX|presidente mexicano|es|2000-11-29|ernesto-zedillo|2000-12-02|vicente-fox
            DEU|der deutsche Bundespräsident|de|2010-05-30|horst-koehler|2010-07-01|christian-wulff
            KGZ|глава кабинета министров Киргизии|ru|2024-12-15|akylbek-japarov|2024-12-17|adylbek-kasymaliev
            SAU|the Saudi king|en|2005-07-31|fahd-bin-abdulaziz|2005-08-02|abdullah-bin-abdulaziz
            EST|Estonian prime minister|en|2024-07-14|kaja-kallas|2024-07-24|kristen-michal
            AUT|österreichischer Bundeskanzler|de|2025-01-09|karl-nehammer|2025-01-11|alexander-schallenberg
            AUT|österreichischer Bundeskanzler|de|2025-03-02|alexander-schallenberg|2025-03-04|christian-stocker
            """;

    @Test
    void holderChangesWithTheDate() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String line : CHANGES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            for (int i = 3; i <= 5; i += 2) {
                cases++;
                String want = "annals:" + f[i + 1];
                String got = KB.holderOf(f[1], f[2], LocalDate.parse(f[i]))
                        .map(c -> c.entity().id()).orElse("(nobody)");
                if (!got.equals(want)) {
                    wrong.add(f[1] + " @" + f[i] + " → " + got + " (want " + want + ")");
                }
            }
        }
        assertTrue(cases >= 60);
        assertEquals(List.of(), wrong);
    }

    @Test
    void rolesAreWellFormed() {
        Set<String> problems = new HashSet<>();
        for (RoleFact fact : KB.roles()) {
            Role role = fact.role();
            if (KB.entity(fact.entityId()).isEmpty()) {
                problems.add("unknown entity " + fact.entityId());
            }
            if (role.start() != null && role.end() != null && role.end().isBefore(role.start())) {
                problems.add("ends before it starts: " + fact);
            }
            if (role.code() == null || role.code().country() == null) {
                problems.add("no code: " + fact);
            }
        }
        assertEquals(Set.of(), problems);
    }
}
