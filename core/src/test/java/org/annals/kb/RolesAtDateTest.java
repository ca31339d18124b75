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
            CZE|Czech prime minister|en|2021-12-16|andrej-babis|2021-12-18|petr-fiala
            CZE|le président tchèque|fr|2013-03-07|vaclav-klaus|2013-03-09|milos-zeman
            POL|polnischer Ministerpräsident|de|2015-11-15|ewa-kopacz|2015-11-17|beata-szydlo
            POL|Polish president|en|2005-12-22|aleksander-kwasniewski|2005-12-24|lech-kaczynski
            HUN|Hungarian prime minister|en|2010-05-28|gordon-bajnai|2010-05-30|viktor-orban
            ROU|Romanian president|en|2004-12-19|ion-iliescu|2004-12-21|traian-basescu
            ROU|le Premier ministre roumain|fr|2023-06-14|nicolae-ciuca|2023-06-16|marcel-ciolacu
            BGR|Bulgarian prime minister|en|2021-05-11|boyko-borisov|2021-05-13|stefan-yanev
            GRC|Greek prime minister|en|2012-06-19|panagiotis-pikrammenos|2012-06-21|antonis-samaras
            GRC|Greek president|en|2020-03-12|prokopis-pavlopoulos|2020-03-14|katerina-sakellaropoulou
            NLD|Dutch prime minister|en|2002-07-21|wim-kok|2002-07-23|jan-peter-balkenende
            NLD|Dutch prime minister|en|2024-07-01|mark-rutte|2024-07-03|dick-schoof
            BEL|le Premier ministre belge|fr|2019-10-26|charles-michel|2019-10-28|sophie-wilmes
            SWE|schwedischer Ministerpräsident|de|2014-10-02|fredrik-reinfeldt|2014-10-04|stefan-lofven
            DNK|Danish prime minister|en|2011-10-02|lars-lokke-rasmussen|2011-10-04|helle-thorning-schmidt
            PRT|Portuguese prime minister|en|2004-07-16|jose-manuel-barroso|2004-07-18|pedro-santana-lopes
            SVK|Slovak prime minister|en|2021-03-31|igor-matovic|2021-04-02|eduard-heger
            SVN|Slovenian prime minister|en|2020-03-12|marjan-sarec|2020-03-14|janez-jansa
            LVA|Latvian prime minister|en|2014-01-21|valdis-dombrovskis|2014-01-23|laimdota-straujuma
            IRL|Irish president|en|2025-11-10|michael-d-higgins|2025-11-12|catherine-connolly
            LUX|the Grand Duke of Luxembourg|en|2025-10-02|henri-of-luxembourg|2025-10-04|guillaume-of-luxembourg
            IRQ|Iraqi prime minister|en|2014-09-07|nouri-al-maliki|2014-09-09|haider-al-abadi
            IRQ|président irakien|fr|2018-10-01|fuad-masum|2018-10-03|barham-salih
            LBN|Lebanese prime minister|en|2020-01-20|saad-hariri|2020-01-22|hassan-diab
            EGY|ägyptischer Präsident|de|2013-07-02|mohamed-morsi|2013-07-05|adly-mansour
            KWT|the emir of Kuwait|en|2020-09-28|sabah-al-ahmad-al-sabah|2020-09-30|nawaf-al-ahmad-al-sabah
            OMN|le sultan d'Oman|fr|2020-01-09|qaboos-bin-said|2020-01-12|haitham-bin-tariq
            ARE|UAE president|en|2022-05-12|khalifa-bin-zayed-al-nahyan|2022-05-15|mohamed-bin-zayed
            QAT|Qatari prime minister|en|2023-03-06|khalid-bin-khalifa-al-thani|2023-03-08|mohammed-bin-abdulrahman-al-thani
            PSE|Palestinian prime minister|en|2024-03-30|mohammad-shtayyeh|2024-04-01|mohammad-mustafa
            YEM|président yéménite|fr|2012-02-24|ali-abdullah-saleh|2012-02-26|abdrabbuh-mansur-hadi
            NGA|Nigerian president|en|2015-05-28|goodluck-jonathan|2015-05-30|muhammadu-buhari
            KEN|Kenyan president|en|2022-09-12|uhuru-kenyatta|2022-09-14|william-ruto
            MYS|Malaysian prime minister|en|2018-05-09|najib-razak|2018-05-11|mahathir-mohamad
            VNM|Vietnamese president|en|2024-10-20|to-lam|2024-10-22|luong-cuong
            DZA|président algérien|fr|2019-12-18|abdelkader-bensalah|2019-12-20|abdelmadjid-tebboune
            PAK|Pakistani president|en|2008-08-17|pervez-musharraf|2008-09-10|asif-ali-zardari
            IND|Indian president|en|2022-07-24|ram-nath-kovind|2022-07-26|droupadi-murmu
            GHA|Ghanaian president|en|2025-01-06|nana-akufo-addo|2025-01-08|john-mahama
            ARM|глава МИД Армении|ru|2018-05-11|edward-nalbandian|2018-05-13|zohrab-mnatsakanyan
            AZE|Azerbaijani foreign minister|en|2020-07-15|elmar-mammadyarov|2020-07-17|jeyhun-bayramov
            LTU|Lithuanian foreign minister|en|2020-12-10|linas-linkevicius|2020-12-12|gabrielius-landsbergis
            EST|Estonian foreign minister|en|2023-04-16|urmas-reinsalu|2023-04-18|margus-tsahkna
            MDA|Moldovan foreign minister|en|2024-01-28|nicu-popescu|2024-01-30|mihai-popsoi
            UKR|Ukrainian foreign minister|en|2019-08-28|pavlo-klimkin|2019-08-30|vadym-prystaiko
            BLR|глава МИД Белоруссии|ru|2024-06-26|sergei-aleinik|2024-06-28|maksim-ryzhenkov
            KAZ|Kazakh foreign minister|en|2025-09-25|murat-nurtleu|2025-09-27|yermek-kosherbayev
            ROU|Romanian prime minister|en|2025-05-05|marcel-ciolacu|2025-05-07|catalin-predoiu
            SWE|Swedish defence minister|en|2022-10-17|peter-hultqvist|2022-10-19|pal-jonson
            FIN|Finnish defence minister|en|2023-06-19|antti-kaikkonen|2023-06-21|antti-hakkanen
            NOR|Norwegian foreign minister|en|2023-10-15|anniken-huitfeldt|2023-10-17|espen-barth-eide
            CZE|tschechischer Außenminister|de|2025-12-14|jan-lipavsky|2025-12-16|petr-macinka
            EST|Estonian defence minister|en|2022-07-17|kalle-laanet|2022-07-19|hanno-pevkur
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
