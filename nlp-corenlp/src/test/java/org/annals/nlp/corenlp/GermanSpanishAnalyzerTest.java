package org.annals.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.analysis.Analysis;
import org.annals.analysis.Analyzer;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.junit.jupiter.api.Test;

/** German and Spanish analysis as the event coder reads it, on the shared analyzer (models load once per JVM). */
class GermanSpanishAnalyzerTest {

    private static final Analyzer ANALYZER = CoreNlpAnalyzer.shared();

    private static Token word(Sentence sentence, String text) {
        return sentence.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token \"" + text + "\" in " + sentence.tokens()));
    }

    private static void assertOffsets(String text, Analysis analysis) {
        for (Sentence s : analysis.sentences()) {
            for (Token t : s.tokens()) {
                String slice = text.substring(t.start(), t.end());
                assertTrue(slice.equals(t.text()) || !slice.isEmpty() && !slice.contains(" "),
                        "offsets of " + t + " slice to \"" + slice + "\"");
            }
        }
    }

    @Test
    void germanMeetingWithSeparableParticle() {
        String text = "Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten "
                + "Emmanuel Macron zusammen.";
        Analysis analysis = ANALYZER.analyze(text, "de");
        assertEquals("de", analysis.language());
        Sentence s = analysis.sentences().get(0);
        assertTrue(s.parsed());
        Token met = word(s, "traf");
        assertEquals("zusammentreffen", met.lemma(), "strong past + particle");
        assertEquals("VERB", met.upos());
        assertTrue(met.hasFeature("Tense", "Past"), met.feats());
        assertEquals("compound:prt", word(s, "zusammen").deprel());
        assertEquals(met.index(), word(s, "zusammen").head());
        assertEquals("nsubj", s.tokens().stream().filter(t -> t.head() == met.index()
                && Set.of("Olaf", "Scholz", "Bundeskanzler").contains(t.text())).findFirst()
                .orElseThrow().baseRelation());
        assertEquals("präsident", word(s, "Präsidenten").lemma());
        assertEquals("französisch", word(s, "französischen").lemma());
        assertEquals("PERSON", word(s, "Macron").ner());
        assertEquals("LOCATION", word(s, "Berlin").ner());
        assertEquals("Berlin", word(s, "Berlin").lemma(), "proper nouns keep their case");
        // "am" is "an" + "dem": two words sharing the written token's offsets.
        Token an = word(s, "an");
        assertEquals(text.indexOf("am "), an.start());
        assertEquals("am", text.substring(an.start(), an.end()));
        assertEquals("der", s.tokens().get(an.index() + 1).lemma());
        assertOffsets(text, analysis);
    }

    @Test
    void germanParticleIsJoinedBeforeTheParseDecision() {
        // The sentence filter sees "festnehmen", not "nehmen", so a lexicon of joined verbs can choose it.
        Analysis analysis = ANALYZER.analyze("Die Polizei nahm zwölf Demonstranten fest.", "de",
                s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("festnehmen")));
        Sentence s = analysis.sentences().get(0);
        assertTrue(s.parsed());
        assertEquals("festnehmen", word(s, "nahm").lemma());
        assertEquals("demonstrant", word(s, "Demonstranten").lemma());
    }

    @Test
    void germanMoodsForReportedAndHypotheticalSpeech() {
        Sentence s = ANALYZER.analyze("Der Minister sagte, die Regierung sei bereit, und er hätte gern "
                + "verhandelt; Putin soll Xi getroffen haben.", "de").sentences().get(0);
        assertTrue(word(s, "sei").hasFeature("Mood", "Sub") && word(s, "sei").hasFeature("Tense", "Pres"),
                "Konjunktiv I: " + word(s, "sei").feats());
        assertEquals("sein", word(s, "sei").lemma());
        assertTrue(word(s, "hätte").hasFeature("Tense", "Past") && word(s, "hätte").hasFeature("Mood", "Sub"));
        assertEquals("verhandeln", word(s, "verhandelt").lemma());
        assertEquals("treffen", word(s, "getroffen").lemma());
        assertTrue(word(s, "getroffen").hasFeature("VerbForm", "Part"));
        Token have = word(s, "haben");
        assertEquals("AUX", have.upos());
        assertTrue(have.hasFeature("VerbForm", "Inf"));
    }

    @Test
    void germanPluralHabenIsFiniteUnlessAnotherAuxiliaryIs() {
        Sentence s = ANALYZER.analyze("Die Minister haben sich in Genf getroffen.", "de").sentences().get(0);
        assertTrue(word(s, "haben").hasFeature("VerbForm", "Fin"), word(s, "haben").feats());
        Sentence hearsay = ANALYZER.analyze("Der Minister soll sich in Genf mit Lawrow getroffen haben.", "de")
                .sentences().get(0);
        assertTrue(word(hearsay, "haben").hasFeature("VerbForm", "Inf"), word(hearsay, "haben").feats());
        assertTrue(word(hearsay, "soll").hasFeature("VerbForm", "Fin"));
    }

    @Test
    void germanBareDativeIsAnObject() {
        Sentence s = ANALYZER.analyze("Der Präsident warf Aserbaidschan vor, die Waffenruhe zu verletzen.", "de")
                .sentences().get(0);
        assertEquals("vorwerfen", word(s, "warf").lemma());
        Token azerbaijan = word(s, "Aserbaidschan");
        assertEquals(word(s, "warf").index(), azerbaijan.head());
        assertTrue(Set.of("iobj", "obj").contains(azerbaijan.deprel()), azerbaijan.deprel());
    }

    @Test
    void spanishContractionsAreMultiWordTokens() {
        String text = "El presidente del Gobierno se reunió con el canciller, según fuentes oficiales.";
        Analysis analysis = ANALYZER.analyze(text, "es");
        Sentence s = analysis.sentences().get(0);
        Token de = word(s, "de");
        Token el = s.tokens().get(de.index() + 1);
        assertEquals("el", el.text());
        assertEquals(text.indexOf("del"), de.start());
        assertEquals(de.start(), el.start());
        assertEquals(de.end(), el.end());
        assertEquals("ADP", de.upos());
        assertEquals("oficial", word(s, "oficiales").lemma(), "an adjective ending in -les is not a verb + clitic");
        assertEquals("fuente", word(s, "fuentes").lemma());
        Token met = word(s, "reunió");
        assertEquals("reunir", met.lemma());
        assertEquals("root", met.deprel());
        assertEquals("PRON", word(s, "se").upos());
        assertEquals(met.index(), word(s, "presidente").head());
        assertEquals("nsubj", word(s, "presidente").deprel());
        assertOffsets(text, analysis);
    }

    @Test
    void spanishMoodsAndTenses() {
        Sentence s = ANALYZER.analyze("El Ejército habría atacado a los manifestantes y la policía detuvo a "
                + "dos líderes; los países firmarán un acuerdo y las negociaciones podrían fracasar.", "es")
                .sentences().get(0);
        Token would = word(s, "habría");
        assertEquals("haber", would.lemma());
        assertEquals("AUX", would.upos());
        assertTrue(would.hasFeature("Mood", "Cnd"), would.feats());
        assertEquals("atacar", word(s, "atacado").lemma());
        assertEquals("detener", word(s, "detuvo").lemma(), "irregular past of a prefixed verb");
        assertEquals("manifestante", word(s, "manifestantes").lemma());
        assertEquals("líder", word(s, "líderes").lemma());
        Token sign = word(s, "firmarán");
        assertEquals("firmar", sign.lemma());
        assertTrue(sign.hasFeature("Tense", "Fut"), sign.feats());
        assertEquals("negociación", word(s, "negociaciones").lemma());
        assertTrue(word(s, "podrían").hasFeature("Mood", "Cnd"));
        assertEquals("poder", word(s, "podrían").lemma());
    }

    @Test
    void spanishStemChangesAreUndone() {
        Sentence s = ANALYZER.analyze("Rusia pidió más tiempo y los ministros acuerdan una tregua.", "es")
                .sentences().get(0);
        assertEquals("pedir", word(s, "pidió").lemma());
        assertEquals("acordar", word(s, "acuerdan").lemma());
    }

    @Test
    void unparsedGermanAndSpanishSentencesStillHaveLemmas() {
        for (String[] c : List.of(new String[] {"de", "Die Gespräche wurden abgebrochen."},
                new String[] {"es", "Las conversaciones fueron suspendidas."})) {
            Sentence s = ANALYZER.analyze(c[1], c[0], x -> false).sentences().get(0);
            assertFalse(s.parsed());
            for (Token t : s.tokens()) {
                assertFalse(t.lemma().isEmpty(), t.toString());
                assertEquals(-1, t.head());
            }
        }
    }
}
