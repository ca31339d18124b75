package org.annals.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MorfologikLemmatizerTest {

    private static final MorfologikLemmatizer FRENCH = MorfologikLemmatizer.fromClasspath(
            "org/languagetool/resource/fr/french.dict", "org/annals/nlp/corenlp/morfologik-fr.tsv");

    @Test
    void picksTheReadingThatAgreesWithTheUpos() {
        assertEquals("rencontrer", FRENCH.lemma("rencontré", "VERB"));
        assertEquals("être", FRENCH.lemma("été", "AUX"));
        assertEquals("été", FRENCH.lemma("été", "NOUN"));
        assertEquals("avoir", FRENCH.lemma("a", "AUX"));
        assertEquals("diriger", FRENCH.lemma("dirigeant", "VERB"));
        assertEquals("dirigeant", FRENCH.lemma("dirigeants", "NOUN"));
        assertEquals("biélorusse", FRENCH.lemma("biélorusses", "ADJ"));
    }

    @Test
    void capitalizedWordsAreLookedUpLowerCasedAndProperNounsKeepTheirCase() {
        assertEquals("le", FRENCH.lemma("Le", "DET"));
        assertEquals("manifestation", FRENCH.lemma("Manifestations", "NOUN"));
        assertEquals("Moscou", FRENCH.lemma("Moscou", "PROPN"));
    }

    @Test
    void unknownWordsFallBackToTheLowerCasedWord() {
        assertEquals("loukachenkiste", FRENCH.lemma("Loukachenkiste", "NOUN"));
        assertTrue(FRENCH.read("Loukachenkiste", "NOUN").isEmpty());
    }

    @Test
    void featuresComeFromTheChosenTag() {
        String conditional = FRENCH.read("pourrait", "VERB").orElseThrow().feats();
        assertEquals("Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", conditional);
        String participle = FRENCH.read("rencontrées", "VERB").orElseThrow().feats();
        assertEquals("Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part", participle);
        // "que" as a subordinating conjunction must not look subjunctive.
        assertEquals("", FRENCH.read("que", "SCONJ").orElseThrow().feats());
    }

    @Test
    void typographicApostrophesMatchTheDictionary() {
        assertEquals("le", FRENCH.lemma("l\u2019", "DET"));
    }
}
