package org.annals.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.analysis.Analysis;
import org.annals.analysis.Analyzer;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What a user of the analysis would check, on one shared analyzer (models load once per JVM). */
class CoreNlpAnalyzerTest {

    private static final Analyzer ANALYZER = CoreNlpAnalyzer.shared();

    private static final String FRENCH = "Le dirigeant biélorusse Alexandre Loukachenko a rencontré "
            + "Vladimir Poutine à Moscou le 7 janvier.";
    private static final String ENGLISH = "Belarusian leader Alexander Lukashenko met Vladimir Putin "
            + "in Moscow on January 7.";

    private static Token word(Sentence sentence, String text) {
        return sentence.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token \"" + text + "\" in " + sentence.tokens()));
    }

    private static void assertOffsetsSlice(String text, Analysis analysis) {
        for (Sentence s : analysis.sentences()) {
            assertTrue(s.start() <= s.end() && s.end() <= text.length());
            for (Token t : s.tokens()) {
                assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence: " + t);
                String slice = text.substring(t.start(), t.end());
                // Words of a multi-word token ("du" = "de le") share the original token's span.
                assertTrue(slice.equals(t.text()) || slice.length() > 0 && !slice.contains(" "),
                        "offsets of " + t + " slice to \"" + slice + "\"");
            }
        }
    }

    private static void assertParsedTree(Sentence s) {
        assertTrue(s.parsed());
        long roots = s.tokens().stream().filter(t -> t.head() == -1).count();
        assertEquals(1, roots, "one root in " + s.tokens());
        for (Token t : s.tokens()) {
            assertFalse(t.deprel().isEmpty(), "relation of " + t);
            assertEquals(t.deprel(), t.deprel().toLowerCase());
        }
    }

    @Test
    void frenchMeetingSentence() {
        Analysis analysis = ANALYZER.analyze(FRENCH, "fr");
        assertEquals("fr", analysis.language());
        assertEquals(1, analysis.sentences().size());
        Sentence s = analysis.sentences().get(0);
        assertParsedTree(s);
        for (String name : List.of("Alexandre", "Loukachenko", "Vladimir", "Poutine")) {
            assertEquals("PERSON", word(s, name).ner(), name);
            assertEquals("PROPN", word(s, name).upos(), name);
            assertEquals(name, word(s, name).lemma(), "proper nouns keep their case");
        }
        assertEquals("LOCATION", word(s, "Moscou").ner());
        assertEquals("O", word(s, "dirigeant").ner());

        Token met = word(s, "rencontré");
        assertEquals("rencontrer", met.lemma());
        assertEquals("VERB", met.upos());
        assertTrue(met.hasFeature("VerbForm", "Part"), met.feats());
        Token has = word(s, "a");
        assertEquals("AUX", has.upos());
        assertEquals("avoir", has.lemma());
        assertEquals(met.index(), has.head());
        assertEquals("le", word(s, "Le").lemma());

        Token leader = word(s, "dirigeant");
        assertEquals("nsubj", leader.deprel());
        assertEquals(met, s.head(leader));
        Token putinHead = s.tokens().stream()
                .filter(t -> t.head() == met.index() && Set.of("obj", "obl").contains(t.baseRelation()))
                .filter(t -> Set.of("Vladimir", "Poutine").contains(t.text()))
                .findFirst().orElseThrow(() -> new AssertionError("Poutine not obj/obl of the verb: " + s));
        assertTrue(Set.of("Vladimir", "Poutine").contains(putinHead.text()));

        assertEquals(FRENCH.indexOf("Loukachenko"), word(s, "Loukachenko").start());
        assertOffsetsSlice(FRENCH, analysis);
    }

    @Test
    void englishMeetingSentence() {
        Analysis analysis = ANALYZER.analyze(ENGLISH, "en");
        Sentence s = analysis.sentences().get(0);
        assertParsedTree(s);
        for (String name : List.of("Alexander", "Lukashenko", "Vladimir", "Putin")) {
            assertEquals("PERSON", word(s, name).ner(), name);
            assertEquals("PROPN", word(s, name).upos(), name);
        }
        assertEquals("LOCATION", word(s, "Moscow").ner());

        Token met = word(s, "met");
        assertEquals("meet", met.lemma());
        assertEquals("VERB", met.upos());
        assertTrue(met.hasFeature("Tense", "Past"), met.feats());
        assertEquals("root", met.deprel());

        Token subject = s.dependents(met).stream().filter(t -> t.deprel().equals("nsubj")).findFirst()
                .orElseThrow(() -> new AssertionError("no nsubj of met: " + s));
        assertTrue(Set.of("leader", "Lukashenko").contains(subject.text()), subject.toString());
        Token object = s.dependents(met).stream().filter(t -> t.baseRelation().equals("obj")).findFirst()
                .orElseThrow(() -> new AssertionError("no obj of met: " + s));
        assertTrue(Set.of("Vladimir", "Putin").contains(object.text()), object.toString());
        assertEquals("obl", word(s, "Moscow").baseRelation());
        assertOffsetsSlice(ENGLISH, analysis);
    }

    @Test
    void englishAuxiliariesAndLowerCaseLemmas() {
        Sentence s = ANALYZER.analyze("The talks were held in Geneva and Protesters have gathered.", "en")
                .sentences().get(0);
        assertEquals("AUX", word(s, "were").upos());
        assertEquals("be", word(s, "were").lemma());
        assertEquals("AUX", word(s, "have").upos(), "aux dependents are AUX");
        assertEquals("protester", word(s, "Protesters").lemma());
        assertEquals("NOUN", word(s, "talks").upos());
        assertTrue(word(s, "talks").hasFeature("Number", "Plur"));
        Sentence clause = ANALYZER.analyze("Nobody knows whether Iran will attend.", "en").sentences().get(0);
        assertEquals("SCONJ", word(clause, "whether").upos(), "a clause marker is SCONJ");
    }

    @Test
    void frenchMultiWordTokensShareTheOriginalOffsets() {
        String text = "Il a parlé du président aux journalistes.";
        Sentence s = ANALYZER.analyze(text, "fr").sentences().get(0);
        Token de = word(s, "de");
        Token le = s.tokens().get(de.index() + 1);
        assertEquals("le", le.text());
        assertEquals(text.indexOf("du"), de.start());
        assertEquals(de.start(), le.start());
        assertEquals(de.end(), le.end());
        assertEquals("du", text.substring(de.start(), de.end()));
        assertEquals("ADP", de.upos());
        assertEquals("DET", le.upos());
        assertEquals("à", word(s, "à").lemma());
        assertEquals("président", s.tokens().get(le.index() + 1).text());
        assertOffsetsSlice(text, ANALYZER.analyze(text, "fr"));
    }

    @Test
    void frenchConditionalCarriesItsMood() {
        Sentence s = ANALYZER.analyze("Le président pourrait demander l'asile en Biélorussie.", "fr")
                .sentences().get(0);
        Token could = word(s, "pourrait");
        assertEquals("pouvoir", could.lemma());
        assertTrue(could.hasFeature("Mood", "Cnd"), could.feats());
    }

    @Test
    void onlyAcceptedSentencesAreParsed() {
        String text = "Le temps était doux.\nEmmanuel Macron a reçu Olaf Scholz à Paris.\nIl pleuvait.";
        Analysis analysis = ANALYZER.analyze(text, "fr",
                s -> s.tokens().stream().anyMatch(t -> t.ner().equals("PERSON")));
        assertEquals(3, analysis.sentences().size());
        Sentence weather = analysis.sentences().get(0);
        Sentence visit = analysis.sentences().get(1);
        Sentence rain = analysis.sentences().get(2);
        for (Sentence unparsed : List.of(weather, rain)) {
            assertFalse(unparsed.parsed());
            for (Token t : unparsed.tokens()) {
                assertEquals(-1, t.head());
                assertEquals("", t.deprel());
                assertFalse(t.lemma().isEmpty());
            }
        }
        assertParsedTree(visit);
        assertEquals("recevoir", word(visit, "reçu").lemma());
        assertEquals(1, visit.index());
        assertEquals(text.indexOf("Emmanuel"), visit.start());
        assertOffsetsSlice(text, analysis);
    }

    @Test
    void offsetsAreUtf16AndExact() {
        String text = "Titre 😀 sans point\nLe ministre ukrainien Dmytro Kouleba a déclaré : « Nous négocierons. »";
        Analysis analysis = ANALYZER.analyze(text, "fr", s -> false);
        assertEquals(2, analysis.sentences().size(), "a line break ends a sentence");
        Token kuleba = word(analysis.sentences().get(1), "Kouleba");
        assertEquals(text.indexOf("Kouleba"), kuleba.start());
        assertOffsetsSlice(text, analysis);
        String english = "The U.S. said so. Talks in Doha ended \"early\" (sources said).";
        assertOffsetsSlice(english, ANALYZER.analyze(english, "en"));
    }

    @Test
    void wholeSeedArticleSlicesExactly() throws Exception {
        Path seed = SharedData.find("seed/seed-fr.txt").orElse(null);
        Assumptions.assumeTrue(seed != null, "shared seed article not found; skipping");
        String text = Files.readString(seed);
        Analysis analysis = ANALYZER.analyze(text, "fr", s -> false);
        assertTrue(analysis.sentences().size() > 5);
        assertOffsetsSlice(text, analysis);
        assertTrue(analysis.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> t.text().equals("Nazarbaïev") && t.ner().equals("PERSON")));
    }


    @Test
    void emptyTextGivesNoSentences() {
        assertTrue(ANALYZER.analyze("", "fr").sentences().isEmpty());
        assertTrue(ANALYZER.analyze("   \n ", "en").sentences().isEmpty());
    }

    @Test
    void unknownLanguageIsRefusedWithTheLanguagesItHandles() {
        assertEquals(Set.of("en", "fr", "de", "es"), ANALYZER.languages());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ANALYZER.analyze("Привет", "ru"));
        assertTrue(e.getMessage().contains("ru"));
    }

    @Test
    void serviceLoaderFindsTheAnalyzer() {
        List<Analyzer> found = ServiceLoader.load(Analyzer.class).stream().map(ServiceLoader.Provider::get)
                .filter(a -> a instanceof CoreNlpAnalyzer).toList();
        assertEquals(1, found.size());
        assertTrue(found.get(0).languages().contains("fr"));
    }

    @Test
    void concurrentCallsGiveTheSameAnalysis() throws Exception {
        String text = FRENCH + " Il a ensuite téléphoné au président kazakh.";
        Analysis expected = ANALYZER.analyze(text, "fr");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> runs = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> ANALYZER.analyze(text, "fr")));
            for (Future<Analysis> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
