package org.annals.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.ontology.CameoOntology;
import org.annals.ontology.Plover;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void coversEveryPloverCategory(String lang) {
        TriggerLexicon lexicon = TriggerLexicon.forLanguage(lang);
        assertTrue(lexicon.entries().size() >= 250, lang + ": " + lexicon.entries().size());
        Map<Plover, Integer> counts = new EnumMap<>(Plover.class);
        for (TriggerEntry e : lexicon.entries()) {
            counts.merge(e.plover(), 1, Integer::sum);
        }
        for (Plover p : Plover.values()) {
            assertTrue(counts.getOrDefault(p, 0) >= 3, lang + " has few " + p + " triggers: " + counts.get(p));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es"})
    void entriesAreWellFormed(String lang) {
        CameoOntology cameo = CameoOntology.standard();
        Set<String> seen = new HashSet<>();
        for (TriggerEntry e : TriggerLexicon.forLanguage(lang).entries()) {
            assertTrue(cameo.contains(e.cameo()), e.lemmas() + " -> " + e.cameo());
            assertEquals(cameo.plover(e.cameo()).orElseThrow(), e.plover());
            assertTrue(seen.add(e.lemmas() + "/" + e.pos()), lang + " duplicate entry " + e.lemmas() + " " + e.pos());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void smallerLexiconsStillCoverEveryCategory(String lang) {
        Set<Plover> seen = java.util.EnumSet.noneOf(Plover.class);
        TriggerLexicon.forLanguage(lang).entries().forEach(e -> seen.add(e.plover()));
        assertEquals(java.util.EnumSet.allOf(Plover.class), seen);
        assertTrue(TriggerLexicon.forLanguage(lang).entries().size() >= 150);
    }

    @Test
    void isLoadedOnce() {
        assertSame(TriggerLexicon.forLanguage("fr"), TriggerLexicon.forLanguage("FR"));
        assertTrue(TriggerLexicon.forLanguage("xx").entries().isEmpty());
        assertFalse(TriggerLexicon.supports("xx"));
    }

    @Test
    void multiwordNounBeatsItsHead() {
        Sentence s = Sentences.of("Une/un/DET", "conversation/conversation/NOUN", "téléphonique/téléphonique/ADJ",
                "a/avoir/AUX", "eu/avoir/VERB", "lieu/lieu/NOUN");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(1, found.size(), found.toString());
        TriggerMatch m = found.get(0);
        assertEquals(Plover.CONSULT, m.entry().plover());
        assertEquals("041", m.entry().cameo());
        assertEquals("phone", m.entry().mode());
        assertEquals("conversation", m.head().text());
        assertEquals(s.tokens().get(1).start(), m.start());
        assertEquals(s.tokens().get(2).end(), m.end());
    }

    @Test
    void reflexiveVerbMatchesAcrossAuxiliaryAndAdverb() {
        Sentence s = Sentences.of("Ils/il/PRON", "se/se/PRON", "sont/être/AUX", "longuement/longuement/ADV",
                "entretenus/entretenir/VERB", "au/au/ADP", "téléphone/téléphone/NOUN");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals("041", found.get(0).entry().cameo());
        assertEquals("entretenus", found.get(0).head().text());
        assertEquals(ArgumentFrame.SYMMETRIC, found.get(0).entry().frame());
    }

    @Test
    void frenchContractionSplitIntoPrepositionAndArticle() {
        Sentence s = Sentences.of("Il/il/PRON", "s'/se/PRON", "est/être/AUX", "entretenu/entretenir/VERB",
                "à/à/ADP", "le/le/DET", "téléphone/téléphone/NOUN", "avec/avec/ADP", "Poutine/Poutine/PROPN");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals("041", found.get(0).entry().cameo());
    }

    @Test
    void verbWithParticleAllowsGap() {
        Sentence s = Sentences.of("The/the/DET", "minister/minister/NOUN", "called/call/VERB", "urgently/urgently/ADV",
                "for/for/ADP", "calm/calm/NOUN");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("en").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Plover.REQUEST, found.get(0).entry().plover());
        assertEquals("0252", found.get(0).entry().cameo());
        assertEquals("called", found.get(0).head().text());
    }

    @Test
    void gapIsLimitedToFunctionWords() {
        // a content word between "call" and "for" breaks the phrase; "call" alone is not a verb trigger
        Sentence s = Sentences.of("They/they/PRON", "called/call/VERB", "Paris/Paris/PROPN", "for/for/ADP",
                "news/news/NOUN");
        assertTrue(TriggerLexicon.forLanguage("en").find(s).isEmpty());
    }

    @Test
    void partOfSpeechSeparatesHomographs() {
        TriggerLexicon en = TriggerLexicon.forLanguage("en");
        List<TriggerMatch> noun = en.find(Sentences.of("a/a/DET", "strike/strike/NOUN", "by/by/ADP", "miners/miner/NOUN"));
        assertEquals(Plover.PROTEST, noun.get(0).entry().plover());
        List<TriggerMatch> verb = en.find(Sentences.of("missiles/missile/NOUN", "struck/strike/VERB", "Kyiv/Kyiv/PROPN"));
        assertEquals(Plover.ASSAULT, verb.get(0).entry().plover());
    }

    @Test
    void blockerPhraseSuppressesItsTriggerWord() {
        TriggerLexicon en = TriggerLexicon.forLanguage("en");
        assertTrue(en.find(Sentences.of("in/in/ADP", "a/a/DET", "press/press/NOUN", "release/release/NOUN")).isEmpty());
        assertEquals(1, en.find(Sentences.of("the/the/DET", "release/release/NOUN", "of/of/ADP",
                "prisoners/prisoner/NOUN")).size());
    }

    @Test
    void matchesDoNotOverlapAndComeInOrder() {
        Sentence s = Sentences.of("Des/un/DET", "manifestations/manifestation/NOUN", "de/de/ADP", "masse/masse/NOUN",
                "et/et/CCONJ", "deux/deux/NUM", "policiers/policier/NOUN", "décapités/décapiter/VERB");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(2, found.size(), found.toString());
        assertEquals(Plover.PROTEST, found.get(0).entry().plover());
        assertEquals(3, found.get(0).tokens().size());
        assertEquals(Plover.ASSAULT, found.get(1).entry().plover());
    }

    @Test
    void fallsBackToSurfaceTextWithoutLemma() {
        Sentence s = Sentences.of("The//", "Summit//", "opened//");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("en").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Summit", found.get(0).head().text());
        assertTrue(TriggerLexicon.forLanguage("en").mayHaveTrigger(s));
    }

    @Test
    void cheapCheckBeforeParsing() {
        TriggerLexicon fr = TriggerLexicon.forLanguage("fr");
        assertTrue(fr.mayHaveTrigger(Sentences.of("Poutine/Poutine/PROPN", "a/avoir/AUX", "rencontré/rencontrer/VERB")));
        assertFalse(fr.mayHaveTrigger(Sentences.of("Il/il/PRON", "fait/faire/VERB", "beau/beau/ADJ")));
    }

    @Test
    void wildcardSpansTheObjectBetweenVerbAndParticle() {
        Sentence s = Sentences.of("Paris/Paris/PROPN", "appelle/appeler/VERB", "la/le/DET", "communauté/communauté/NOUN",
                "internationale/international/ADJ", "à/à/ADP", "agir/agir/VERB");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Plover.REQUEST, found.get(0).entry().plover());
        assertEquals(List.of("appelle", "à"), found.get(0).tokens().stream().map(t -> t.text()).toList());
        assertEquals("appelle", found.get(0).head().text());
    }

    @Test
    void wildcardDoesNotCrossAClause() {
        Sentence s = Sentences.of("Il/il/PRON", "appelle/appeler/VERB", "Paris/Paris/PROPN", ",/,/PUNCT",
                "puis/puis/ADV", "va/aller/VERB", "à/à/ADP", "Rome/Rome/PROPN");
        assertTrue(TriggerLexicon.forLanguage("fr").find(s).isEmpty());
    }

    @Test
    void asylumIsAidNotAVisit() {
        Sentence s = Sentences.of("recevoir/recevoir/VERB", "politique/politique/ADJ", "l'/le/DET", "asile/asile/NOUN",
                "en/en/ADP", "Biélorussie/Biélorussie/PROPN");
        List<TriggerMatch> found = TriggerLexicon.forLanguage("fr").find(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Plover.AID, found.get(0).entry().plover());
        assertEquals("075", found.get(0).entry().cameo());
        assertEquals("asile", found.get(0).head().text());
    }
}
