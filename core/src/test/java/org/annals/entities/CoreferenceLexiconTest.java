package org.annals.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.annals.analysis.Token;
import org.annals.entities.CoreferenceLexicon.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreferenceLexiconTest {

    @ParameterizedTest(name = "{0} «{1}»: person {2}, country or organization {3}, group {4}")
    @CsvSource({
        "en, his,    true,  false, false",
        "en, its,    false, true,  false",
        "en, their,  false, false, true",
        "fr, sa,     true,  true,  false",
        "fr, leurs,  false, false, true",
        "de, seiner, true,  true,  false",
        "de, ihre,   true,  true,  true",
        "es, sus,    true,  true,  true",
    })
    void possessiveWordsSayWhomTheyCanStandFor(String lang, String word, boolean person, boolean thing, boolean group) {
        CoreferenceLexicon coref = CoreferenceLexicon.forLanguage(lang);
        assertEquals(person, coref.is(Kind.POSSESSIVE_PERSON, word));
        assertEquals(thing, coref.is(Kind.POSSESSIVE_THING, word));
        assertEquals(group, coref.is(Kind.POSSESSIVE_GROUP, word));
    }

    @Test
    void aWordLeftAsWrittenByTheLemmatizerIsReadAsWritten() {
        // CoreNLP's German lemmatizer leaves "seiner" as it is; the French one gives "son" for "sa".
        Token seiner = new Token(0, "seiner", 0, 6, "seiner", "DET", "", 1, "det:poss", "O");
        Token sa = new Token(0, "sa", 0, 2, "son", "DET", "", 1, "det", "O");
        assertTrue(CoreferenceLexicon.forLanguage("de").isToken(Kind.POSSESSIVE_PERSON, seiner));
        assertTrue(CoreferenceLexicon.forLanguage("fr").isToken(Kind.POSSESSIVE_PERSON, sa));
        assertFalse(CoreferenceLexicon.forLanguage("fr").isToken(Kind.POSSESSIVE_GROUP, sa));
    }

    @ParameterizedTest(name = "{0} «{1}» = {2}")
    @CsvSource({"en, family, family", "fr, famille, family", "fr, proche, relatives", "de, familie, family",
        "es, hermano, brother"})
    void kinNounsHaveTheEnglishWordThatNamesTheActor(String lang, String noun, String english) {
        CoreferenceLexicon coref = CoreferenceLexicon.forLanguage(lang);
        assertTrue(coref.is(Kind.KIN_NOUN, noun));
        assertEquals(Optional.of(english), coref.english(Kind.KIN_NOUN, noun));
    }

    @Test
    void wordsOfOtherKindsHaveNoEnglishWord() {
        CoreferenceLexicon fr = CoreferenceLexicon.forLanguage("fr");
        assertEquals(Optional.empty(), fr.english(Kind.POSSESSIVE_PERSON, "sa"));
        assertFalse(fr.is(Kind.KIN_NOUN, "police"));
    }
}
