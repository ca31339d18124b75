package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.resources.TsvResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** State bodies named by a common phrase: the lexicons, and reading a body with its country from a phrase. */
class BodyLexiconTest {

    private static final CuratedKnowledgeBase KB = KnowledgeBases.standard();
    private static final Set<String> BODY_SECTORS = Set.of("GOV", "MIL", "JUD", "LEG", "SPY", "COP");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es", "it", "ru", "uk"})
    void everyBodyHasASectorAndAnEnglishNameAndIsAnAgentNoun(String lang) {
        List<String[]> rows = TsvResource.rows("kb/" + lang + "/bodies.tsv");
        assertTrue(rows.size() >= 15, lang + ": " + rows.size() + " bodies");
        for (String[] row : rows) {
            String phrase = TsvResource.field(row, 0);
            assertTrue(BODY_SECTORS.contains(TsvResource.field(row, 1)), lang + " " + phrase);
            assertTrue(!TsvResource.field(row, 2).isBlank(), lang + " " + phrase);
            assertEquals(TsvResource.field(row, 1), KB.bodyOf(phrase, lang).orElseThrow().sector());
            assertTrue(KB.sectorOf(phrase, lang).isPresent(), lang + " " + phrase);
            assertTrue(KB.startsBody(phrase.split(" ")[0], lang), lang + " " + phrase);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Kazakhstan's Foreign Ministry|KAZGOV|Foreign Ministry of Kazakhstan",
        "en|the Ministry of Defence of Ukraine|UKRMIL|Defence Ministry of Ukraine",
        "en|Turkish Interior Ministry|TURGOV|Interior Ministry of Türkiye",
        "fr|ministère des Affaires étrangères du Kazakhstan|KAZGOV|Foreign Ministry of Kazakhstan",
        "fr|le ministère russe de la Défense|RUSMIL|Defence Ministry of Russia",
        "fr|la Cour suprême d'Irak|IRQJUD|Supreme Court of Iraq",
        "de|das ukrainische Außenministerium|UKRGOV|Foreign Ministry of Ukraine",
        "es|el Ministerio de Relaciones Exteriores de Colombia|COLGOV|Foreign Ministry of Colombia",
        "es|la cancillería argentina|ARGGOV|Foreign Ministry of Argentina",
        "it|il ministero della Difesa israeliano|ISRMIL|Defence Ministry of Israel",
        "ru|МИД Беларуси|BLRGOV|Foreign Ministry of Belarus",
        "ru|Министерством обороны Казахстана|KAZMIL|Defence Ministry of Kazakhstan",
        "uk|Міноборони Росії|RUSMIL|Defence Ministry of Russia",
    })
    void readsABodyAndItsCountry(String lang, String phrase, String code, String name) {
        KbCandidate body = KB.bodyIn(phrase, lang).orElseThrow(() -> new AssertionError(phrase));
        assertEquals(code, body.code().code());
        assertEquals(name, body.entity().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Kazakh foreign ministry spokesman",
        "en|the foreign ministry",
        "en|Kazakhstan",
        "fr|le ministre russe de la Défense",
    })
    void readsNothingElse(String lang, String phrase) {
        assertTrue(KB.bodyIn(phrase, lang).isEmpty(), phrase);
    }
}
