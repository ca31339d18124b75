package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles without names ("le dirigeant biélorusse") resolve to the holder at the date. */
class HolderOfTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();
    private static final LocalDate SEED_DATE = LocalDate.parse("2022-01-07");

    private static String holder(String phrase, String language, LocalDate date) {
        Optional<KbCandidate> found = KB.holderOf(phrase, language, date);
        return found.map(c -> c.entity().id().substring("annals:".length())).orElse("(nobody)");
    }

    @Test
    void french() {
        assertEquals("alexander-lukashenko", holder("le dirigeant biélorusse", "fr", SEED_DATE));
        assertEquals("alexander-lukashenko", holder("le président bélarusse", "fr", SEED_DATE));
        assertEquals("kassym-jomart-tokayev", holder("le chef de l'État kazakh", "fr", SEED_DATE));
        assertEquals("kassym-jomart-tokayev", holder("président du Kazakhstan", "fr", SEED_DATE));
        assertEquals("vladimir-putin", holder("le président russe", "fr", SEED_DATE));
        assertEquals("sergey-lavrov", holder("le ministre russe des Affaires étrangères", "fr", SEED_DATE));
        assertEquals("sergey-lavrov", holder("le chef de la diplomatie russe", "fr", SEED_DATE));
        assertEquals("jean-castex", holder("le Premier ministre français", "fr", SEED_DATE));
        assertEquals("askar-mamin", holder("le Premier ministre kazakh", "fr", LocalDate.parse("2021-06-01")));
        assertEquals("olaf-scholz", holder("le chancelier allemand", "fr", SEED_DATE));
    }

    @Test
    void firstAndFormer() {
        assertEquals("nursultan-nazarbayev", holder("le premier président kazakh", "fr", SEED_DATE));
        assertEquals("nursultan-nazarbayev", holder("the first president of Kazakhstan", "en", SEED_DATE));
        assertEquals("nursultan-nazarbayev", holder("первый президент Казахстана", "ru", SEED_DATE));
        assertEquals("nursultan-nazarbayev", holder("l'ancien président kazakh", "fr", SEED_DATE));
        assertEquals("nursultan-nazarbayev", holder("l'ex-président du Kazakhstan", "fr", SEED_DATE));
        assertEquals("leonid-kravchuk", holder("the first Ukrainian president", "en", SEED_DATE));
        // Several former Ukrainian presidents: no guess.
        assertEquals("(nobody)", holder("l'ancien président ukrainien", "fr", SEED_DATE));
    }

    @Test
    void english() {
        assertEquals("kassym-jomart-tokayev", holder("the Kazakh president", "en", SEED_DATE));
        assertEquals("alexander-lukashenko", holder("Belarusian leader", "en", SEED_DATE));
        assertEquals("vladimir-putin", holder("Russia's president", "en", SEED_DATE));
        assertEquals("joe-biden", holder("the president of the United States", "en", SEED_DATE));
        assertEquals("antony-blinken", holder("the US secretary of state", "en", SEED_DATE));
        assertEquals("boris-johnson", holder("the British prime minister", "en", SEED_DATE));
        assertEquals("xi-jinping", holder("the Chinese leader", "en", SEED_DATE));
        assertEquals("ali-khamenei", holder("Iran's supreme leader", "en", SEED_DATE));
        assertEquals("olaf-scholz", holder("the German leader", "en", SEED_DATE));
    }

    @Test
    void russian() {
        assertEquals("alexander-lukashenko", holder("белорусский лидер", "ru", SEED_DATE));
        assertEquals("alexander-lukashenko", holder("белорусского лидера", "ru", SEED_DATE));
        assertEquals("kassym-jomart-tokayev", holder("президент Казахстана", "ru", SEED_DATE));
        assertEquals("kassym-jomart-tokayev", holder("глава государства Казахстан", "ru", SEED_DATE));
        assertEquals("vladimir-putin", holder("российский президент", "ru", SEED_DATE));
        assertEquals("sergey-lavrov", holder("глава МИД России", "ru", SEED_DATE));
        assertEquals("mikhail-mishustin", holder("премьер-министр России", "ru", SEED_DATE));
        assertEquals("volodymyr-zelenskyy", holder("украинский президент", "ru", SEED_DATE));
    }

    @Test
    void german() {
        assertEquals("sergey-lavrov", holder("der russische Außenminister", "de", SEED_DATE));
        assertEquals("vladimir-putin", holder("der russische Präsident", "de", SEED_DATE));
        assertEquals("kassym-jomart-tokayev", holder("der kasachische Präsident", "de", SEED_DATE));
        assertEquals("alexander-lukashenko", holder("der belarussische Machthaber", "de", SEED_DATE));
        assertEquals("angela-merkel", holder("die deutsche Bundeskanzlerin", "de", LocalDate.parse("2015-01-01")));
        assertEquals("frank-walter-steinmeier", holder("der deutsche Bundespräsident", "de", SEED_DATE));
    }

    @Test
    void noCountryOrNoDateGivesNobody() {
        assertTrue(KB.holderOf("le président", "fr", SEED_DATE).isEmpty());
        assertTrue(KB.holderOf("le président russe", "fr", null).isEmpty());
        assertTrue(KB.holderOf("le boulanger russe", "fr", SEED_DATE).isEmpty());
    }

    @Test
    void answersBeyondTheVerifiedHorizonAreLessSure() {
        double checked = KB.holderOf("le président kazakh", "fr", SEED_DATE).orElseThrow().score();
        double later = KB.holderOf("le président kazakh", "fr", LocalDate.parse("2026-11-26")).orElseThrow().score();
        assertTrue(later < checked, later + " vs " + checked);
    }

    @Test
    void theHolderComesWithItsCodeAtTheDate() {
        KbCandidate lukashenko = KB.holderOf("le dirigeant biélorusse", "fr", SEED_DATE).orElseThrow();
        assertEquals("BLRGOV", lukashenko.code().code());
        KbCandidate first = KB.holderOf("le premier président kazakh", "fr", SEED_DATE).orElseThrow();
        assertEquals("KAZELI", first.code().code());
    }

    @Test
    void deputiesAndShadowsHoldNothing() {
        assertEquals("(nobody)", holder("Russian Deputy Foreign Minister", "en", SEED_DATE));
        assertEquals("(nobody)", holder("British shadow foreign secretary", "en", SEED_DATE));
        assertEquals("(nobody)", holder("le vice-ministre russe des Affaires étrangères", "fr", SEED_DATE));
        assertEquals("(nobody)", holder("заместитель министра иностранных дел России", "ru", SEED_DATE));
        assertEquals("(nobody)", holder("вице-премьер Казахстана", "ru", SEED_DATE));
        assertEquals("kamala-harris", holder("US vice president", "en", SEED_DATE), "a vice-presidency is a role");
    }
}
