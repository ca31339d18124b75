package org.annals.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lemma tables without the CoreNLP models: irregular forms, rules steered by known lemmas, prefixes. */
class RuleLemmatizerTest {

    private static final RuleLemmatizer GERMAN = RuleLemmatizer.fromClasspath(
            "org/annals/nlp/corenlp/lemmas-de.tsv", List.of("lexicons/de/triggers.tsv", "lexicons/de/cues.tsv"));
    private static final RuleLemmatizer SPANISH = RuleLemmatizer.fromClasspath(
            "org/annals/nlp/corenlp/lemmas-es.tsv", List.of("lexicons/es/triggers.tsv", "lexicons/es/cues.tsv"));

    @Test
    void germanVerbs() {
        assertEquals("treffen", GERMAN.read("traf", "VERB").lemma());
        assertEquals("angreifen", GERMAN.read("angegriffen", "VERB").lemma(), "particle + strong participle");
        assertEquals("ankündigen", GERMAN.read("angekündigt", "VERB").lemma(), "particle + weak participle");
        assertEquals("verbieten", GERMAN.read("verboten", "VERB").lemma(), "inseparable prefix replaces ge-");
        assertEquals("festnehmen", GERMAN.read("festzunehmen", "VERB").lemma(), "zu inside the particle verb");
        assertEquals("verhandeln", GERMAN.read("verhandelten", "VERB").lemma());
        assertEquals("fordern", GERMAN.read("forderte", "VERB").lemma());
        assertEquals("diskutieren", GERMAN.read("diskutiert", "VERB").lemma());
        assertEquals("bekommen", GERMAN.read("bekam", "VERB").lemma(), "inseparable prefix + strong past");
        assertEquals("treten", GERMAN.read("trat", "VERB").lemma(), "'trat ... zurück' joins to zurücktreten");
        assertEquals("zurücktreten", GERMAN.read("zurückgetreten", "VERB").lemma());
        assertEquals("Mood=Sub|Tense=Pres|VerbForm=Fin", GERMAN.read("habe", "AUX").feats());
        assertEquals("Mood=Sub|Tense=Past|VerbForm=Fin", GERMAN.read("wäre", "AUX").feats());
    }

    @Test
    void germanNounsOnlyTowardsKnownLemmas() {
        assertEquals("verhandlung", GERMAN.read("Verhandlungen", "NOUN").lemma());
        assertEquals("vertrag", GERMAN.read("Verträge", "NOUN").lemma());
        assertEquals("sanktion", GERMAN.read("Sanktionen", "NOUN").lemma());
        assertEquals("gipfel", GERMAN.read("Gipfels", "NOUN").lemma());
        assertEquals("quellen", GERMAN.read("Quellen", "NOUN").lemma(), "an unknown noun is kept as written");
        assertEquals("Berlin", GERMAN.read("Berlin", "PROPN").lemma());
        assertEquals("kein", GERMAN.read("keine", "DET").lemma());
    }

    @Test
    void spanishVerbs() {
        assertEquals("reunir", SPANISH.read("reúne", "VERB").lemma());
        assertEquals("atacar", SPANISH.read("ataqué", "VERB").lemma(), "qu before e spells c");
        assertEquals("pedir", SPANISH.read("pidió", "VERB").lemma());
        assertEquals("firmar", SPANISH.read("firme", "VERB").lemma());
        assertEquals("Mood=Sub|Tense=Pres|VerbForm=Fin", SPANISH.read("firme", "VERB").feats());
        assertEquals("Mood=Cnd|VerbForm=Fin", SPANISH.read("atacaría", "VERB").feats());
        assertEquals("proponer", SPANISH.read("propuso", "VERB").lemma());
        assertEquals("decir", SPANISH.read("dijo", "VERB").lemma());
        assertEquals("creer", SPANISH.read("cree", "VERB").lemma(), "not a subjunctive of crear");
        assertEquals("sostener", SPANISH.read("sostuvo", "VERB").lemma());
        assertEquals("seguir", SPANISH.read("siguen", "VERB").lemma());
        assertEquals("Mood=Ind|Tense=Fut|VerbForm=Fin", SPANISH.read("negociarán", "VERB").feats());
    }

    @Test
    void spanishNounsAndAdjectives() {
        assertEquals("sanción", SPANISH.read("sanciones", "NOUN").lemma());
        assertEquals("país", SPANISH.read("países", "NOUN").lemma());
        assertEquals("ciudad", SPANISH.read("ciudades", "NOUN").lemma());
        assertEquals("lunes", SPANISH.read("lunes", "NOUN").lemma());
        assertEquals("humanitario", SPANISH.read("humanitaria", "ADJ").lemma());
    }
}
