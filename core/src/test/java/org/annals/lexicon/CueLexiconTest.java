package org.annals.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueLexiconTest {

    private static Set<CueKind> kinds(List<CueMatch> matches) {
        return matches.stream().map(CueMatch::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(CueKind.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es"})
    void everyKindIsCovered(String lang) {
        Set<CueKind> seen = EnumSet.noneOf(CueKind.class);
        CueLexicon.forLanguage(lang).entries().forEach(e -> seen.add(e.kind()));
        // Hearsay has its own grammatical form only in some languages (the journalistic conditional).
        Set<CueKind> expected = EnumSet.complementOf(EnumSet.of(CueKind.HEARSAY));
        Set<CueKind> missing = EnumSet.copyOf(expected);
        missing.removeAll(seen);
        assertTrue(missing.isEmpty(), () -> lang + " lacks cues of kind " + missing);
    }

    @Test
    void frenchReportingPhrase() {
        List<CueMatch> found = CueLexicon.forLanguage("fr").find(Sentences.of(
                "a/avoir/AUX", "indiqué/indiquer/VERB", "le/le/DET", "service/service/NOUN", "de/de/ADP",
                "presse/presse/NOUN"));
        assertEquals(2, found.size(), found.toString());
        assertEquals(CueKind.REPORTING, found.get(1).kind());
        assertEquals("service", found.get(1).head().text());
        assertEquals(3, found.get(1).tokens().size());
    }

    @Test
    void frenchConditionalAndNegation() {
        List<CueMatch> found = CueLexicon.forLanguage("fr").find(Sentences.of(
                "Il/il/PRON", "ne/ne/ADV", "pourrait/pouvoir/VERB/Mood=Cnd|Tense=Pres", "pas/pas/ADV",
                "venir/venir/VERB"));
        assertEquals(EnumSet.of(CueKind.NEGATION, CueKind.HYPOTHETICAL, CueKind.CONDITIONAL), kinds(found));
        // "pourrait" is both the word "pouvoir" (possibility) and a conditional form
        assertEquals(2, found.stream().filter(m -> m.head().text().equals("pourrait")).count());
    }

    @Test
    void frenchFutureTenseIsAFeatureCue() {
        List<CueMatch> found = CueLexicon.forLanguage("fr").find(Sentences.of(
                "Ils/il/PRON", "signeront/signer/VERB/Mood=Ind|Tense=Fut"));
        assertEquals(Set.of(CueKind.FUTURE), kinds(found));
    }

    @Test
    void englishCues() {
        CueLexicon en = CueLexicon.forLanguage("en");
        assertEquals(Set.of(CueKind.REPORTING), kinds(en.find(Sentences.of(
                "according/accord/VERB", "to/to/ADP", "officials/official/NOUN"))));
        assertEquals(EnumSet.of(CueKind.FUTURE, CueKind.NEGATION), kinds(en.find(Sentences.of(
                "They/they/PRON", "will/will/AUX", "not/not/PART", "meet/meet/VERB"))));
        assertEquals(Set.of(CueKind.MODAL_DESIRE), kinds(en.find(Sentences.of(
                "Kyiv/Kyiv/PROPN", "seeks/seek/VERB", "talks/talk/NOUN"))));
        assertTrue(en.find(Sentences.of("He/he/PRON", "met/meet/VERB", "her/she/PRON")).isEmpty());
    }

    @Test
    void frenchSubjunctiveIsHypothetical() {
        List<CueMatch> found = CueLexicon.forLanguage("fr").find(Sentences.of(
                "que/que/SCONJ", "Nazarbaïev/Nazarbaïev/PROPN", "se/se/PRON", "rende/rendre/VERB/Mood=Sub|Tense=Pres"));
        assertEquals(Set.of(CueKind.HYPOTHETICAL), kinds(found));
    }
}
