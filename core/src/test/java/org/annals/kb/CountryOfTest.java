package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Country names, adjectives and demonyms in all genders, numbers and cases name their country. */
class CountryOfTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();

    /** language | alpha-3 | words (space-separated; "_" stands for a space inside a word). */
    private static final String WORDS = """
            fr|BLR|biélorusse biélorusses Biélorusse bélarusse Biélorussie Bélarus Minsk
            fr|KAZ|kazakh kazakhe kazakhs kazakhes Kazakhstan kazakhstanais kazakhstanaise Astana Noursoultan
            fr|RUS|russe russes Russie Moscou
            fr|FRA|français française françaises France
            fr|USA|américain américaine américains américaines États-Unis
            fr|DEU|allemand allemande allemands allemandes Allemagne
            fr|GRC|grec grecque grecs grecques
            fr|TUR|turc turque turcs turques
            fr|UKR|ukrainien ukrainienne ukrainiens ukrainiennes Ukraine Kiev Kyiv
            fr|KGZ|kirghiz kirghize kirghizes Kirghizistan
            fr|UZB|ouzbek ouzbèke ouzbeks ouzbèkes
            fr|PRK|nord-coréen nord-coréenne nord-coréens
            fr|CIV|ivoirien ivoirienne ivoiriens
            en|BLR|Belarusian Belarusians Belarus Byelorussia
            en|KAZ|Kazakh Kazakhs Kazakhstani Kazakhstan
            en|RUS|Russian Russians Russia Moscow Kremlin_-_no
            en|GBR|British Briton Britons UK Britain
            en|USA|American Americans US USA
            en|CHN|Chinese China Beijing
            en|AZE|Azerbaijani Azeri Azeris
            de|KAZ|kasachisch kasachische kasachischen kasachischer Kasache Kasachen Kasachin Kasachstan
            de|BLR|belarussisch belarussische weißrussischen Belarus
            de|RUS|russisch russische russischen Russe Russen Russin Russland Moskau
            de|DEU|deutsch deutsche deutschen Deutschland
            de|POL|Polen Polens
            de|EGY|Ägypten Ägyptens
            de|IRN|Iran Irans
            es|RUS|ruso rusa rusos rusas Rusia
            es|FRA|francés francesa franceses francesas Francia
            es|BLR|bielorruso bielorrusa bielorrusos Bielorrusia
            it|RUS|russo russa russi russe Russia
            it|DEU|tedesco tedesca tedeschi tedesche Germania
            it|KAZ|kazako kazaka kazaki kazake Kazakistan
            ru|BLR|белорусский белорусская белорусское белорусские белорусского белорусской белорусскому белорусским белорусских белорус белоруса белорусы белорусов белоруска Беларусь Белоруссия Беларуси Белоруссии Минск
            ru|KAZ|казахстанский казахстанская казахстанского казахский казах казахи казахов Казахстан Казахстана Казахстане Астана
            ru|RUS|российский российская российского русский россиянин россияне Россия России Москва Москвы
            ru|UKR|украинский украинская украинского украинец украинцы Украина Украины Украине Киев
            ru|USA|американский американская американец американцы США
            uk|UKR|український українська українського українці Україна України Київ
            uk|RUS|російський російська російського росіяни Росія Росії
            pl|POL|Polska
            ar|RUS|روسيا
            """;

    @Test
    void aCountryWordWithoutACountryEntityFindsNothingRatherThanFailing() {
        // Kosovo has adjectives but no entity of its own: "kosovar" names a country code and nothing to link.
        assertEquals(Optional.of("XKX"), KB.countryOf("kosovar", "fr"));
        assertTrue(KB.lookup("kosovar", "fr", null).stream().allMatch(c -> KB.entity(c.entity().id()).isPresent()));
    }

    @Test
    void everyFormNamesItsCountry() {
        List<String> wrong = new ArrayList<>();
        int words = 0;
        for (String line : WORDS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            for (String word : f[2].split(" ")) {
                if (word.endsWith("_-_no")) {
                    continue;
                }
                words++;
                Optional<String> got = KB.countryOf(word.replace('_', ' '), f[0]);
                if (!got.equals(Optional.of(f[1]))) {
                    wrong.add(f[0] + " " + word + " → " + got.orElse("(none)") + " (want " + f[1] + ")");
                }
            }
        }
        assertTrue(words > 200, "words: " + words);
        assertEquals(List.of(), wrong);
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(Optional.of("BLR"), KB.countryOf("BIÉLORUSSE", "fr"));
        assertEquals(Optional.of("KAZ"), KB.countryOf("kazakhstan", "en"));
    }

    @Test
    void ordinaryWordsAreNoCountry() {
        for (String word : List.of("président", "le", "de", "the", "of", "manifestant", "Loukachenko", "дом")) {
            assertEquals(Optional.empty(), KB.countryOf(word, "fr"), word);
        }
    }
}
