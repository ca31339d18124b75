package org.annals.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    static final List<String> SUPPORTED = List.of("en", "fr", "de", "es", "it", "ru", "uk");

    /** One shared instance: building the detector is the expensive part. */
    static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(SUPPORTED);

    static final Map<String, String> PARAGRAPHS = Map.of(
            "en", "The foreign ministers met in Geneva on Tuesday to discuss the ceasefire. Both sides said the "
                    + "talks had been difficult but useful, and agreed to meet again next month.",
            "fr", "Les ministres des Affaires étrangères se sont réunis mardi à Genève pour discuter du cessez-le-feu. "
                    + "Les deux parties ont jugé les discussions difficiles mais utiles.",
            "de", "Die Außenminister trafen sich am Dienstag in Genf, um über den Waffenstillstand zu beraten. "
                    + "Beide Seiten nannten die Gespräche schwierig, aber nützlich.",
            "es", "Los ministros de Asuntos Exteriores se reunieron el martes en Ginebra para hablar del alto el fuego. "
                    + "Ambas partes calificaron las conversaciones de difíciles pero útiles.",
            "it", "I ministri degli Esteri si sono incontrati martedì a Ginevra per discutere del cessate il fuoco. "
                    + "Entrambe le parti hanno definito i colloqui difficili ma utili.",
            "ru", "Министры иностранных дел встретились во вторник в Женеве, чтобы обсудить прекращение огня. "
                    + "Обе стороны назвали переговоры трудными, но полезными.",
            "uk", "Міністри закордонних справ зустрілися у вівторок у Женеві, щоб обговорити припинення вогню. "
                    + "Обидві сторони назвали переговори складними, але корисними.");

    @Test
    void identifiesEachSupportedLanguage() {
        PARAGRAPHS.forEach((lang, text) -> {
            LanguageGuess guess = IDENTIFIER.identify(text);
            assertEquals(lang, guess.code(), text);
            assertTrue(guess.supported(), lang);
            assertTrue(guess.confidence() > 0.05, lang + " confidence " + guess.confidence());
        });
    }

    @Test
    void recognizesUnsupportedLanguagesAsSuch() {
        LanguageGuess portuguese = IDENTIFIER.identify("Os ministros dos Negócios Estrangeiros reuniram-se na terça-feira "
                + "em Genebra para discutir o cessar-fogo. As duas partes consideraram as conversações difíceis, mas úteis.");
        assertEquals("pt", portuguese.code());
        assertFalse(portuguese.supported());
        assertTrue(portuguese.describe().startsWith("Portuguese (pt, "), portuguese.describe());
        assertTrue(portuguese.confidence() > 0.05 && portuguese.confidence() < 1.0, portuguese.toString());
        LanguageGuess dutch = IDENTIFIER.identify("De ministers van Buitenlandse Zaken kwamen dinsdag in Genève bijeen om "
                + "over het staakt-het-vuren te praten. Beide partijen noemden de gesprekken moeilijk maar nuttig.");
        assertEquals("nl", dutch.code());
        assertFalse(dutch.supported());
    }

    @Test
    void textWithoutLettersIsUnknown() {
        assertEquals(LanguageGuess.UNKNOWN, IDENTIFIER.identify("12 345 — 2022-01-07 !!!"));
        assertEquals(LanguageGuess.UNKNOWN, IDENTIFIER.identify(""));
    }

    @Test
    void onlyTheBeginningOfALongTextIsExamined() {
        String sample = LanguageIdentifier.sample("mot ".repeat(2000));
        assertTrue(sample.length() <= LanguageIdentifier.SAMPLE_CHARS);
        assertTrue(sample.length() > LanguageIdentifier.SAMPLE_CHARS - 5);
        assertFalse(sample.endsWith("mo"));
    }

    @Test
    void unknownLanguageCodesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(List.of("fr", "xx")));
        assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(List.of("fr", "und")));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String lang = SUPPORTED.get(i % SUPPORTED.size());
                results.add(pool.submit(() -> IDENTIFIER.identify(PARAGRAPHS.get(lang)).code()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(SUPPORTED.get(i % SUPPORTED.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
