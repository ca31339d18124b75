package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The base forms of de, es, it, ru and uk countries.tsv expand to the genders, numbers and cases news writes. */
class CountryDemonymFormsTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();

    /** language | alpha-3 | inflected forms a reader meets (none of them written in countries.tsv). */
    private static final String FORMS = """
            de|DEU|deutsches deutschem deutscher
            de|BGR|bulgarische bulgarischen Bulgaren Bulgarin
            de|KEN|kenianischen Kenianerin Kenianerinnen
            de|SEN|senegalesische Senegalesen Senegalesinnen
            de|MNG|mongolischer Mongolen
            de|YEM|jemenitischen Jemeniten
            es|DZA|argelina argelinos argelinas
            es|CRI|costarricenses
            es|MAR|marroquíes
            es|SEN|senegalesa senegaleses senegalesas
            es|HRV|croatas
            it|ALB|albanesi
            it|GTM|guatemalteca guatemaltechi
            it|SVK|slovacca slovacchi
            it|OMN|omaniti
            it|MDG|malgasci malgasce
            ru|SYR|сирийцы сирийцев сирийцам
            ru|CHN|китайца китайцы китайцев
            ru|JAM|ямайцы
            ru|ERI|эритрейцы
            ru|BGR|болгары болгар болгарская
            ru|IRL|ирландцы ирландская ирландке
            ru|HRV|хорваты хорватов хорватского
            ru|SVK|словаки словачки словацкой
            ru|MNE|черногорцы черногорского
            uk|ITA|італійця італійці італійців
            uk|CHN|китайці китайців
            uk|BGR|болгари болгарська
            uk|CHL|чилійці чилійська
            uk|MNE|чорногорці чорногорської
            uk|ISL|ісландці ісландського
            """;

    @Test
    void inflectedFormsNameTheirCountry() {
        List<String> wrong = new ArrayList<>();
        for (String line : FORMS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            for (String word : f[2].split(" ")) {
                Optional<String> got = KB.countryOf(word, f[0]);
                if (!got.equals(Optional.of(f[1]))) {
                    wrong.add(f[0] + " " + word + " → " + got.orElse("(none)") + " (want " + f[1] + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void bothCongosShareTheirAdjectiveAsInEnglish() {
        // One word, two states: the lexicon keeps one answer, the same one English gives.
        String english = KB.countryOf("Congolese", "en").orElseThrow();
        for (String[] pair : new String[][] {{"de", "kongolesische"}, {"es", "congoleños"}, {"it", "congolesi"},
                {"ru", "конголезцы"}, {"uk", "конголезького"}}) {
            assertEquals(Optional.of(english), KB.countryOf(pair[1], pair[0]), pair[0]);
        }
    }
}
