package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name variants across languages, scripts and inflections reach the right entity, and only it. */
class NameVariantLookupTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();

    /** language | name as a text would write it | expected entity | event date. */
    private static final String VARIANTS = """
            ru|Лукашенко|alexander-lukashenko|2022-01-07
            en|Lukashenko|alexander-lukashenko|2022-01-07
            en|Lukashenka|alexander-lukashenko|2022-01-07
            fr|Loukachenko|alexander-lukashenko|2022-01-07
            fr|Loukachenka|alexander-lukashenko|2022-01-07
            de|Lukaschenko|alexander-lukashenko|2022-01-07
            pl|Łukaszenka|alexander-lukashenko|2022-01-07
            ro|Lukașenko|alexander-lukashenko|2022-01-07
            lt|Lukašenka|alexander-lukashenko|2022-01-07
            cs|Lukašenko|alexander-lukashenko|2022-01-07
            be|Лукашэнка|alexander-lukashenko|2022-01-07
            ru|Лукашенко Александр|alexander-lukashenko|2022-01-07
            ru|Александр Лукашенко|alexander-lukashenko|2022-01-07
            ru|Александр Григорьевич Лукашенко|alexander-lukashenko|2022-01-07
            ru|Александра Лукашенко|alexander-lukashenko|2022-01-07
            ru|Александру Лукашенко|alexander-lukashenko|2022-01-07
            fr|Alexandre Loukachenko|alexander-lukashenko|2022-01-07
            en|Alexander Lukashenko|alexander-lukashenko|2022-01-07
            en|Alyaksandr Lukashenka|alexander-lukashenko|2022-01-07
            en|A. Lukashenko|alexander-lukashenko|2022-01-07
            uk|Олександр Лукашенко|alexander-lukashenko|2022-01-07
            ru|Назарбаев|nursultan-nazarbayev|2022-01-07
            ru|Назарбаеву|nursultan-nazarbayev|2022-01-07
            ru|Назарбаевым|nursultan-nazarbayev|2022-01-07
            ru|Нурсултана Назарбаева|nursultan-nazarbayev|2022-01-07
            ru|Нурсултану Назарбаеву|nursultan-nazarbayev|2022-01-07
            ru|Нурсултан Абишевич Назарбаев|nursultan-nazarbayev|2022-01-07
            fr|Nazarbaïev|nursultan-nazarbayev|2022-01-07
            fr|Noursoultan Nazarbaïev|nursultan-nazarbayev|2022-01-07
            en|Nazarbayev|nursultan-nazarbayev|2022-01-07
            en|Nursultan Nazarbayev|nursultan-nazarbayev|2022-01-07
            en|Nazarbaev|nursultan-nazarbayev|2022-01-07
            de|Nasarbajew|nursultan-nazarbayev|2022-01-07
            de|Nursultan Nasarbajew|nursultan-nazarbayev|2022-01-07
            pl|Nazarbajew|nursultan-nazarbayev|2022-01-07
            es|Nazarbáyev|nursultan-nazarbayev|2022-01-07
            uk|Назарбаєв|nursultan-nazarbayev|2022-01-07
            uk|Назарбаєва|nursultan-nazarbayev|2022-01-07
            kk|Нұрсұлтан Назарбаев|nursultan-nazarbayev|2022-01-07
            ru|Дарига Назарбаева|dariga-nazarbayeva|2020-01-07
            en|Dariga Nazarbayeva|dariga-nazarbayeva|2020-01-07
            ru|Токаев|kassym-jomart-tokayev|2022-01-07
            ru|Токаевым|kassym-jomart-tokayev|2022-01-07
            ru|Токаеву|kassym-jomart-tokayev|2022-01-07
            ru|Токаева|kassym-jomart-tokayev|2022-01-07
            ru|Касым-Жомарт Токаев|kassym-jomart-tokayev|2022-01-07
            ru|Касым-Жомарта Токаева|kassym-jomart-tokayev|2022-01-07
            en|Kassym-Jomart Tokayev|kassym-jomart-tokayev|2022-01-07
            en|Tokayev|kassym-jomart-tokayev|2022-01-07
            fr|Tokaïev|kassym-jomart-tokayev|2022-01-07
            fr|Kassym-Jomart Tokaïev|kassym-jomart-tokayev|2022-01-07
            de|Tokajew|kassym-jomart-tokayev|2022-01-07
            de|Kassym-Schomart Tokajew|kassym-jomart-tokayev|2022-01-07
            kk|Қасым-Жомарт Тоқаев|kassym-jomart-tokayev|2022-01-07
            uk|Токаєв|kassym-jomart-tokayev|2022-01-07
            ru|Путин|vladimir-putin|2022-01-07
            ru|Путина|vladimir-putin|2022-01-07
            ru|Путину|vladimir-putin|2022-01-07
            ru|Путиным|vladimir-putin|2022-01-07
            ru|Путине|vladimir-putin|2022-01-07
            ru|Владимир Путин|vladimir-putin|2022-01-07
            ru|Владимира Путина|vladimir-putin|2022-01-07
            ru|Владимиром Путиным|vladimir-putin|2022-01-07
            ru|Владимир Владимирович Путин|vladimir-putin|2022-01-07
            fr|Poutine|vladimir-putin|2022-01-07
            fr|Vladimir Poutine|vladimir-putin|2022-01-07
            en|Putin|vladimir-putin|2022-01-07
            en|Vladimir Putin|vladimir-putin|2022-01-07
            en|V. Putin|vladimir-putin|2022-01-07
            de|Wladimir Putin|vladimir-putin|2022-01-07
            pl|Władimir Putin|vladimir-putin|2022-01-07
            es|Vladímir Putin|vladimir-putin|2022-01-07
            uk|Путін|vladimir-putin|2022-01-07
            uk|Володимир Путін|vladimir-putin|2022-01-07
            ru|Зеленский|volodymyr-zelenskyy|2023-01-07
            ru|Зеленского|volodymyr-zelenskyy|2023-01-07
            ru|Зеленскому|volodymyr-zelenskyy|2023-01-07
            ru|Зеленским|volodymyr-zelenskyy|2023-01-07
            ru|Владимир Зеленский|volodymyr-zelenskyy|2023-01-07
            uk|Зеленський|volodymyr-zelenskyy|2023-01-07
            uk|Зеленського|volodymyr-zelenskyy|2023-01-07
            uk|Володимир Зеленський|volodymyr-zelenskyy|2023-01-07
            en|Zelenskyy|volodymyr-zelenskyy|2023-01-07
            en|Zelensky|volodymyr-zelenskyy|2023-01-07
            en|Volodymyr Zelensky|volodymyr-zelenskyy|2023-01-07
            fr|Zelensky|volodymyr-zelenskyy|2023-01-07
            fr|Zelenski|volodymyr-zelenskyy|2023-01-07
            de|Selenskyj|volodymyr-zelenskyy|2023-01-07
            de|Wolodymyr Selenskyj|volodymyr-zelenskyy|2023-01-07
            pl|Zełenski|volodymyr-zelenskyy|2023-01-07
            es|Zelenski|volodymyr-zelenskyy|2023-01-07
            ru|Лавров|sergey-lavrov|2023-01-07
            ru|Лаврова|sergey-lavrov|2023-01-07
            ru|Сергей Лавров|sergey-lavrov|2023-01-07
            ru|Сергея Лаврова|sergey-lavrov|2023-01-07
            fr|Sergueï Lavrov|sergey-lavrov|2023-01-07
            de|Sergei Lawrow|sergey-lavrov|2023-01-07
            pl|Siergiej Ławrow|sergey-lavrov|2023-01-07
            en|Sergei Lavrov|sergey-lavrov|2023-01-07
            ru|Шойгу|sergei-shoigu|2023-01-07
            fr|Choïgou|sergei-shoigu|2023-01-07
            de|Schoigu|sergei-shoigu|2023-01-07
            pl|Szojgu|sergei-shoigu|2023-01-07
            en|Sergei Shoigu|sergei-shoigu|2023-01-07
            ru|Медведев|dmitry-medvedev|2010-01-07
            ru|Медведева|dmitry-medvedev|2010-01-07
            ru|Дмитрий Медведев|dmitry-medvedev|2010-01-07
            fr|Dmitri Medvedev|dmitry-medvedev|2010-01-07
            de|Dmitri Medwedew|dmitry-medvedev|2010-01-07
            pl|Dmitrij Miedwiediew|dmitry-medvedev|2010-01-07
            ru|Ельцин|boris-yeltsin|1995-01-07
            ru|Ельцина|boris-yeltsin|1995-01-07
            fr|Boris Eltsine|boris-yeltsin|1995-01-07
            de|Boris Jelzin|boris-yeltsin|1995-01-07
            en|Boris Yeltsin|boris-yeltsin|1995-01-07
            pl|Borys Jelcyn|boris-yeltsin|1995-01-07
            ru|Ющенко|viktor-yushchenko|2007-01-07
            fr|Viktor Iouchtchenko|viktor-yushchenko|2007-01-07
            de|Juschtschenko|viktor-yushchenko|2007-01-07
            pl|Juszczenko|viktor-yushchenko|2007-01-07
            ru|Янукович|viktor-yanukovych|2012-01-07
            ru|Януковича|viktor-yanukovych|2012-01-07
            fr|Ianoukovitch|viktor-yanukovych|2012-01-07
            de|Janukowytsch|viktor-yanukovych|2012-01-07
            en|Yanukovich|viktor-yanukovych|2012-01-07
            ru|Тимошенко|yulia-tymoshenko|2009-01-07
            fr|Ioulia Timochenko|yulia-tymoshenko|2009-01-07
            de|Julija Tymoschenko|yulia-tymoshenko|2009-01-07
            ru|Порошенко|petro-poroshenko|2016-01-07
            fr|Porochenko|petro-poroshenko|2016-01-07
            de|Poroschenko|petro-poroshenko|2016-01-07
            ru|Пашинян|nikol-pashinyan|2023-01-07
            ru|Пашиняна|nikol-pashinyan|2023-01-07
            fr|Nikol Pachinian|nikol-pashinyan|2023-01-07
            de|Paschinjan|nikol-pashinyan|2023-01-07
            ru|Ильхам Алиев|ilham-aliyev|2023-01-07
            en|Ilham Aliyev|ilham-aliyev|2023-01-07
            de|Ilham Alijew|ilham-aliyev|2023-01-07
            az|İlham Əliyev|ilham-aliyev|2023-01-07
            en|Aliyev|ilham-aliyev|2023-01-07
            en|Aliyev|heydar-aliyev|1998-01-07
            en|Heydar Aliyev|heydar-aliyev|2023-01-07
            ru|Гейдар Алиев|heydar-aliyev|2023-01-07
            ru|Саакашвили|mikheil-saakashvili|2010-01-07
            fr|Saakachvili|mikheil-saakashvili|2010-01-07
            de|Saakaschwili|mikheil-saakashvili|2010-01-07
            ru|Мирзиёев|shavkat-mirziyoyev|2020-01-07
            fr|Chavkat Mirzioïev|shavkat-mirziyoyev|2020-01-07
            ru|Рахмон|emomali-rahmon|2020-01-07
            en|Emomali Rakhmonov|emomali-rahmon|2020-01-07
            ru|Бакиев|kurmanbek-bakiyev|2008-01-07
            fr|Kourmanbek Bakiev|kurmanbek-bakiyev|2008-01-07
            ru|Жапаров|sadyr-japarov|2023-01-07
            en|Sadyr Zhaparov|sadyr-japarov|2023-01-07
            ru|Тихановская|sviatlana-tsikhanouskaya|2021-01-07
            fr|Svetlana Tikhanovskaïa|sviatlana-tsikhanouskaya|2021-01-07
            de|Swetlana Tichanowskaja|sviatlana-tsikhanouskaya|2021-01-07
            en|Tsikhanouskaya|sviatlana-tsikhanouskaya|2021-01-07
            ru|Макей|vladimir-makei|2020-01-07
            ru|Си Цзиньпин|xi-jinping|2023-01-07
            en|Xi Jinping|xi-jinping|2023-01-07
            zh|习近平|xi-jinping|2023-01-07
            en|Xi|xi-jinping|2023-01-07
            ru|Эрдоган|recep-tayyip-erdogan|2023-01-07
            ru|Эрдогана|recep-tayyip-erdogan|2023-01-07
            en|Erdogan|recep-tayyip-erdogan|2023-01-07
            tr|Recep Tayyip Erdoğan|recep-tayyip-erdogan|2023-01-07
            fr|Macron|emmanuel-macron|2023-01-07
            ru|Макрон|emmanuel-macron|2023-01-07
            ru|Макрона|emmanuel-macron|2023-01-07
            ru|Эммануэль Макрон|emmanuel-macron|2023-01-07
            de|Merkel|angela-merkel|2015-01-07
            ru|Меркель|angela-merkel|2015-01-07
            de|Scholz|olaf-scholz|2023-01-07
            ru|Шольц|olaf-scholz|2023-01-07
            de|Merz|friedrich-merz|2025-09-07
            en|Joe Biden|joe-biden|2023-01-07
            ru|Байден|joe-biden|2023-01-07
            ru|Байдена|joe-biden|2023-01-07
            en|Trump|donald-trump|2025-03-07
            ru|Трамп|donald-trump|2025-03-07
            ru|Трампа|donald-trump|2025-03-07
            ru|Трампом|donald-trump|2025-03-07
            en|Donald J. Trump|donald-trump|2025-03-07
            en|Bush|george-w-bush|2005-01-07
            en|Bush|george-h-w-bush|1990-01-07
            en|George W. Bush|george-w-bush|2005-01-07
            en|Netanyahu|benjamin-netanyahu|2023-01-07
            fr|Netanyahou|benjamin-netanyahu|2023-01-07
            de|Netanjahu|benjamin-netanyahu|2023-01-07
            ru|Нетаньяху|benjamin-netanyahu|2023-01-07
            fr|Bachar el-Assad|bashar-al-assad|2015-01-07
            en|Assad|bashar-al-assad|2015-01-07
            ru|Башар Асад|bashar-al-assad|2015-01-07
            de|Chamenei|ali-khamenei|2020-01-07
            ru|Хаменеи|ali-khamenei|2020-01-07
            en|Ursula von der Leyen|ursula-von-der-leyen|2023-01-07
            en|von der Leyen|ursula-von-der-leyen|2023-01-07
            ru|Гутерриш|antonio-guterres|2023-01-07
            en|Kim Jong Un|kim-jong-un|2023-01-07
            en|Kim Jong-un|kim-jong-un|2023-01-07
            ru|Ким Чен Ын|kim-jong-un|2023-01-07
            en|Kim Jong Il|kim-jong-il|2005-01-07
            ru|Кремль|inst-kremlin|2022-01-07
            fr|le Kremlin|inst-kremlin|2022-01-07
            de|Kreml|inst-kremlin|2022-01-07
            fr|Élysée|inst-elysee|2022-01-07
            en|White House|inst-white-house|2022-01-07
            fr|Maison Blanche|inst-white-house|2022-01-07
            ru|Белый дом|inst-white-house|2022-01-07
            ru|Акорда|inst-akorda|2022-01-07
            ru|ОДКБ|org-csto|2022-01-07
            fr|OTSC|org-csto|2022-01-07
            en|CSTO|org-csto|2022-01-07
            ru|СНГ|org-cis|2022-01-07
            fr|CEI|org-cis|2022-01-07
            ru|ЕАЭС|org-eaeu|2022-01-07
            fr|Union économique eurasiatique|org-eaeu|2022-01-07
            ru|ШОС|org-sco|2022-01-07
            ru|ООН|org-un|2022-01-07
            fr|ONU|org-un|2022-01-07
            fr|Nations unies|org-un|2022-01-07
            de|Vereinte Nationen|org-un|2022-01-07
            ru|НАТО|org-nato|2022-01-07
            fr|OTAN|org-nato|2022-01-07
            es|OTAN|org-nato|2022-01-07
            ru|Евросоюз|org-eu|2022-01-07
            fr|Union européenne|org-eu|2022-01-07
            fr|UE|org-eu|2022-01-07
            ru|ОБСЕ|org-osce|2022-01-07
            de|OSZE|org-osce|2022-01-07
            ru|МВФ|org-imf|2022-01-07
            fr|FMI|org-imf|2022-01-07
            ru|ВОЗ|org-who|2022-01-07
            fr|OMS|org-who|2022-01-07
            fr|Kazakhstan|country-kaz|2022-01-07
            ru|Казахстан|country-kaz|2022-01-07
            ru|Казахстана|country-kaz|2022-01-07
            ru|Казахстане|country-kaz|2022-01-07
            de|Kasachstan|country-kaz|2022-01-07
            fr|Biélorussie|country-blr|2022-01-07
            en|Belarus|country-blr|2022-01-07
            ru|Беларусь|country-blr|2022-01-07
            ru|Беларуси|country-blr|2022-01-07
            ru|Белоруссия|country-blr|2022-01-07
            ru|России|country-rus|2022-01-07
            fr|Russie|country-rus|2022-01-07
            ar|روسيا|country-rus|2022-01-07
            fr|Saint-Pétersbourg|city-saint-petersburg|2022-01-07
            ru|Санкт-Петербург|city-saint-petersburg|2022-01-07
            fr|Moscou|city-moscow|2022-01-07
            ru|Москва|city-moscow|2022-01-07
            ru|Москвы|city-moscow|2022-01-07
            fr|Noursoultan|city-astana|2022-01-07
            ru|Нур-Султан|city-astana|2022-01-07
            en|Astana|city-astana|2022-01-07
            en|Singapore|country-sgp|2022-01-07
            fr|Koweït|country-kwt|2022-01-07
            en|Monaco|country-mco|2022-01-07
            fr|Varsovie|city-warsaw|2022-01-07
            fr|Oulan-Bator|city-ulaanbaatar|2022-01-07
            ru|Улан-Батор|city-ulaanbaatar|2022-01-07
            fr|Pékin|city-beijing|2022-01-07
            ru|Пекин|city-beijing|2022-01-07
            en|Kiev|city-kyiv|2022-01-07
            uk|Київ|city-kyiv|2022-01-07
            ru|Киеве|city-kyiv|2022-01-07
            en|Mohammed bin Salman|mohammed-bin-salman|2023-01-07
            fr|Mohammed ben Salmane|mohammed-bin-salman|2023-01-07
            fr|Abdel Fattah al-Sissi|abdel-fattah-el-sisi|2023-01-07
            en|Sisi|abdel-fattah-el-sisi|2023-01-07
            ru|Фицо|robert-fico|2024-01-07
            en|Fico|robert-fico|2024-01-07
            ru|Орбан|viktor-orban|2024-01-07
            en|Viktor Orban|viktor-orban|2024-01-07
            en|Mitsotakis|kyriakos-mitsotakis|2024-01-07
            en|Mette Frederiksen|mette-frederiksen|2024-01-07
            """;

    record Variant(String language, String name, String expectedId, LocalDate date) {
    }

    static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        for (String line : VARIANTS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            variants.add(new Variant(f[0], f[1], "annals:" + f[2], LocalDate.parse(f[3])));
        }
        return variants;
    }

    @Test
    void everyVariantFindsItsEntityFirst() {
        List<Variant> variants = variants();
        assertTrue(variants.size() >= 150, "at least 150 variants, got " + variants.size());
        List<String> wrong = new ArrayList<>();
        for (Variant v : variants) {
            List<KbCandidate> found = KB.lookup(v.name(), v.language(), v.date());
            String top = found.isEmpty() ? "(nothing)" : found.get(0).entity().id();
            if (!top.equals(v.expectedId())) {
                wrong.add(v.language() + " " + v.name() + " → " + top + " (want " + v.expectedId() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nearMissesOfOtherPeopleDoNotCross() {
        // Different people whose names look alike must not be merged.
        assertTopIsNot("Aleksandr Lukashevich", "ru", "annals:alexander-lukashenko");
        assertTopIsNot("Lukashevich", "en", "annals:alexander-lukashenko");
        assertTopIsNot("Putilin", "en", "annals:vladimir-putin");
        assertTopIsNot("Путятин", "ru", "annals:vladimir-putin");
        assertTopIsNot("Tokarev", "en", "annals:kassym-jomart-tokayev");
        assertTopIsNot("Назаров", "ru", "annals:nursultan-nazarbayev");
        assertTopIsNot("Igor Ivanov", "en", "annals:sergei-ivanov");
        assertTopIsNot("Sergei Ivanov", "en", "annals:igor-ivanov");
        assertTopIsNot("Ilham Aliyev", "en", "annals:heydar-aliyev");
        assertTopIsNot("Heydar Aliyev", "en", "annals:ilham-aliyev");
        assertTopIsNot("Dariga Nazarbayeva", "en", "annals:nursultan-nazarbayev");
        assertTopIsNot("Nursultan Nazarbayev", "en", "annals:dariga-nazarbayeva");
        assertTopIsNot("Kim Jong Il", "en", "annals:kim-jong-un");
        assertTopIsNot("Hillary Clinton", "en", "annals:bill-clinton");
        assertTopIsNot("Medvedchuk", "en", "annals:dmitry-medvedev");
        assertTopIsNot("Michel Platini", "fr", "annals:michel-barnier");
    }

    @Test
    void givenNamesThatContradictRejectTheMatch() {
        assertTrue(KB.lookup("Ivan Lukashenko", "en", LocalDate.parse("2022-01-07")).isEmpty());
        assertTrue(KB.lookup("Олег Путин", "ru", LocalDate.parse("2022-01-07")).isEmpty());
    }

    @Test
    void ambiguityWithoutDateGivesSeveralCandidates() {
        List<KbCandidate> bush = KB.lookup("Bush", "en", null);
        assertTrue(bush.size() >= 2, "both Bushes: " + bush);
        List<KbCandidate> aliyev = KB.lookup("Aliyev", "en", null);
        assertTrue(aliyev.stream().anyMatch(c -> c.entity().id().equals("annals:heydar-aliyev")));
        assertTrue(aliyev.stream().anyMatch(c -> c.entity().id().equals("annals:ilham-aliyev")));
        List<KbCandidate> genitive = KB.lookup("Назарбаева", "ru", LocalDate.parse("2022-01-07"));
        assertTrue(genitive.stream().anyMatch(c -> c.entity().id().equals("annals:nursultan-nazarbayev")));
        assertTrue(genitive.stream().anyMatch(c -> c.entity().id().equals("annals:dariga-nazarbayeva")));
    }

    @Test
    void unknownLanguageStillMatches() {
        assertEquals("annals:alexander-lukashenko",
                KB.lookup("Лукашенко", null, LocalDate.parse("2022-01-07")).get(0).entity().id());
        assertEquals("annals:country-kaz", KB.lookup("Kazakhstan", null, null).get(0).entity().id());
        assertEquals(java.util.Optional.of("BLR"), KB.countryOf("biélorusse", null));
        assertTrue(KB.holderOf("le dirigeant biélorusse", null, LocalDate.parse("2022-01-07")).isEmpty());
        assertTrue(KB.sectorOf("police", null).isEmpty());
    }

    @Test
    void unknownNamesGiveNothing() {
        assertTrue(KB.lookup("Jean Dupont-Moretti", "fr", LocalDate.parse("2022-01-07")).isEmpty());
        assertTrue(KB.lookup("", "fr", null).isEmpty());
        assertFalse(KB.lookup("Путин", "ru", null).isEmpty());
    }

    private static void assertTopIsNot(String name, String language, String id) {
        List<KbCandidate> found = KB.lookup(name, language, LocalDate.parse("2022-01-07"));
        assertTrue(found.stream().noneMatch(c -> c.entity().id().equals(id)),
                name + " must not reach " + id + " but got " + found);
    }
}
