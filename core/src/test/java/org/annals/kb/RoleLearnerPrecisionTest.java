package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning precision on the team's appositions in en, fr, ru ({@code kb/learning/<lang>.tsv}): every fact
 * learned must be one the fixture expects (kind, country, former), and nothing is learned where the fixture
 * says there is nothing to learn (known people, opposition leaders, mismatched pairs, titles without a country).
 */
class RoleLearnerPrecisionTest {

    /** One fixture line. */
    record Case(String lang, LocalDate date, String sentence, String title, String name, String expected) {
    }

    @TempDir
    Path userDir;

    @Test
    void learnsWhatTheTextSaysAndNothingElse() throws IOException {
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        RoleLearner learner = new RoleLearner(kb);
        int learnedAll = 0;
        int rightAll = 0;
        int expectedAll = 0;
        List<String> errors = new ArrayList<>();
        for (String lang : List.of("en", "fr", "ru")) {
            int learned = 0;
            int right = 0;
            int expected = 0;
            List<Case> cases = cases(lang);
            assertTrue(cases.size() >= 20, lang + " has at least 20 sentences");
            for (Case c : cases) {
                int start = c.sentence().indexOf(c.title());
                int end = c.sentence().indexOf(c.name(), start) + c.name().length();
                assertTrue(start >= 0 && end > start, "phrase and name are in the sentence: " + c);
                Evidence evidence = new Evidence(lang + "-" + c.date(), start, end, c.sentence().substring(start, end));
                Optional<LearnedFact> fact = learner.learn(c.sentence().substring(0, start), c.title(), c.name(),
                        lang, c.date(), evidence);
                boolean wanted = !c.expected().equals("-");
                expected += wanted ? 1 : 0;
                if (fact.isPresent()) {
                    learned++;
                    String got = fact.get().kind() + ":" + fact.get().country() + (fact.get().former() ? ":former" : "");
                    if (got.equals(c.expected())) {
                        right++;
                    } else {
                        errors.add(lang + " learned " + got + " from «" + c.title() + " " + c.name() + "», expected "
                                + c.expected());
                    }
                } else if (wanted) {
                    errors.add(lang + " missed " + c.expected() + " in «" + c.title() + " " + c.name() + "»");
                }
            }
            System.out.printf("learning %s: %d sentences (%d expect a fact, %d expect nothing); learned %d, %d right,"
                    + " %d wrong: precision %.1f%% (%d/%d), recall %.1f%% (%d/%d)%n", lang, cases.size(), expected,
                    cases.size() - expected, learned, right, learned - right, 100.0 * right / Math.max(1, learned),
                    right, learned, 100.0 * right / Math.max(1, expected), right, expected);
            errors.stream().filter(e -> e.startsWith(lang + " ")).forEach(e -> System.out.println("  " + e));
            learnedAll += learned;
            rightAll += right;
            expectedAll += expected;
        }
        System.out.printf("learning overall: precision %.1f%% (%d/%d), recall %.1f%% (%d/%d)%n",
                100.0 * rightAll / Math.max(1, learnedAll), rightAll, learnedAll,
                100.0 * rightAll / Math.max(1, expectedAll), rightAll, expectedAll);
        // A regression guard under the measured 91%: some traps hold only in the sentence around the apposition
        // ("a man who calls himself the defence minister"), which the learner does not see.
        assertTrue(rightAll >= 0.88 * learnedAll, "precision ≥ 88%: " + errors);
        assertTrue(rightAll >= 0.8 * expectedAll, "recall ≥ 80%: " + errors);
    }

    @Test
    void aLearnedPersonIsFoundNextTimeAndListed() {
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        RoleLearner learner = new RoleLearner(kb);
        // An invented minister in an office the curated data leaves open: Turkmenistan's defence ministry before 1999.
        LocalDate date = LocalDate.parse("1996-07-01");
        assertTrue(kb.lookup("Gurbanmyradov", "en", date).isEmpty(), "the curated KB does not know him");
        Optional<LearnedFact> fact = learner.learn("Turkmen Defence Minister", "Merdan Gurbanmyradov", "en", date,
                new Evidence("a1", 0, 45, "Turkmen Defence Minister Merdan Gurbanmyradov"));
        assertTrue(fact.isPresent());
        assertTrue(fact.get().newEntity());

        KbCandidate found = kb.lookup("Gurbanmyradov", "en", date).get(0);
        assertEquals(fact.get().entityId(), found.entity().id());
        assertEquals("TKMMIL", found.code().code());
        assertEquals("TKMMIL", kb.lookup("Мердан Гурбанмырадов", "ru", date).get(0).code().code());
        assertEquals(fact.get().entityId(), kb.holderOf("Turkmen defence minister", "en", date).orElseThrow()
                .entity().id(), "the learned holder answers when the curated roles name nobody");
        assertTrue(found.score() < 0.9, "learned entries rank below curated ones");

        // A fresh KB over the same directory reads the store back.
        LayeredKnowledgeBase reloaded = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        assertEquals(1, reloaded.learned().size());
        assertEquals("a1", reloaded.learned().get(0).evidence().articleId());
        assertEquals(fact.get().entityId(), reloaded.lookup("Merdan Gurbanmyradov", "en", date).get(0).entity().id());
        assertEquals(LayeredKnowledgeBase.Origin.LEARNED, reloaded.origin(fact.get().entityId()).orElseThrow());
    }

    @Test
    void laterObservationsExtendTheSamePerson() {
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        RoleLearner learner = new RoleLearner(kb);
        LearnedFact first = learner.learn("Turkmen Defence Minister", "Merdan Gurbanmyradov", "en",
                LocalDate.parse("1996-04-01"), new Evidence("a1", 0, 45, "")).orElseThrow();
        LearnedFact again = learner.learn("Turkmen Defence Minister", "Gurbanmyradov", "en",
                LocalDate.parse("1996-07-01"), new Evidence("a2", 0, 35, "")).orElseThrow();
        LearnedFact russian = learner.learn("министр обороны Туркменистана", "Мердан Гурбанмырадов", "ru",
                LocalDate.parse("1996-10-01"), new Evidence("a3", 0, 47, "")).orElseThrow();
        assertEquals(first.entityId(), again.entityId(), "the surname alone is the person already learned");
        assertEquals(first.entityId(), russian.entityId(), "and so is the name in Cyrillic");
        KbEntity gurbanmyradov = kb.entity(first.entityId()).orElseThrow();
        assertEquals("TKMMIL", kb.codeAt(gurbanmyradov, LocalDate.parse("1996-08-01")).code(), "between observations");
        assertEquals("TKMELI", kb.codeAt(gurbanmyradov, LocalDate.parse("1997-06-01")).code(), "after the last one");
        assertTrue(learner.learn("Turkmen Defence Minister", "Gurbanmyradov", "en", LocalDate.parse("1996-07-01"),
                new Evidence("a2", 0, 35, "")).isEmpty(), "the same evidence is recorded once");
        assertTrue(learner.learn("Saudi Foreign Minister", "Adel al-Jubeir", "en", LocalDate.parse("2017-01-01"),
                null).isEmpty(), "known (curated) — and a name with a particle is still a name");
    }

    @Test
    void aNameInAnObliqueCaseIsListedInTheNominative() {
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        RoleLearner learner = new RoleLearner(kb);
        LocalDate date = LocalDate.parse("1997-08-02");
        // Invented people in offices the curated data leaves open that day (a known holder would be preferred):
        // the curated defence ministers of Uzbekistan and Turkmenistan begin in 1999-2000.
        LearnedFact bekmuratov = learner.learn("министра обороны Монголии", "Тимура Бекмуратова", "ru", date, null)
                .orElseThrow();
        assertEquals("Timur Bekmuratov", bekmuratov.canonicalName());
        assertEquals(bekmuratov.entityId(), kb.lookup("Тимур Бекмуратов", "ru", date).get(0).entity().id());
        assertEquals(bekmuratov.entityId(), kb.lookup("Timur Bekmuratov", "en", date).get(0).entity().id());
        LearnedFact khalifi = learner.learn("министром обороны Узбекистана", "Нуреддином Халифи", "ru", date, null)
                .orElseThrow();
        // The nominative is a guess (indeclinable names look like oblique forms), but both the guess and the
        // form as written are names of the entry, so every form finds it.
        assertEquals(khalifi.entityId(), kb.lookup("Нуреддин Халифи", "ru", date).get(0).entity().id());
        assertEquals(khalifi.entityId(), kb.lookup("Халифи", "ru", date).get(0).entity().id());
        assertEquals(khalifi.entityId(), kb.lookup("Nureddin Khalifi", "en", date).get(0).entity().id());
        LearnedFact amanov = learner.learn("министр обороны Туркменистана", "Батыр Аманов", "ru", date, null)
                .orElseThrow();
        assertEquals("Batyr Amanov", amanov.canonicalName(), "a nominative title leaves the name alone");
    }

    @Test
    void aNewRoleOfAKnownPersonIsAddedToThatPerson() {
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        RoleLearner learner = new RoleLearner(kb);
        LocalDate date = LocalDate.parse("2022-01-10");
        assertTrue(learner.learn("Finnish Prime Minister", "Sanna Marin", "en", date, null).isEmpty(),
                "a curated role is not learned again");
        // Bekbolotov is curated as Kyrgyzstan's defence minister only (to May 2025); he then became secretary of the
        // Security Council, an office the curated data leaves open, and that apposition adds the role. (Tasmagambetov
        // and then Otunbayeva, foreign minister in 2005, served here until those years were curated.)
        LocalDate later = LocalDate.parse("2025-07-01");
        LearnedFact fact = learner.learn("Secretary of the Security Council of Kyrgyzstan", "Baktybek Bekbolotov",
                "en", later, null).orElseThrow();
        assertEquals("annals:baktybek-bekbolotov", fact.entityId());
        assertTrue(!fact.newEntity());
        KbEntity bekbolotov = kb.entity("annals:baktybek-bekbolotov").orElseThrow();
        assertEquals("KGZGOV", kb.codeAt(bekbolotov, later).code(), "the learned role gives the code that day");
        assertEquals("KGZMIL", kb.codeAt(bekbolotov, LocalDate.parse("2024-01-01")).code(),
                "the curated defence-minister role still gives the code in its own years");
    }

    static List<Case> cases(String lang) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RoleLearnerPrecisionTest.class.getResourceAsStream("/kb/learning/" + lang + ".tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                cases.add(new Case(lang, LocalDate.parse(f[0]), f[1], f[2], f[3], f[4].strip()));
            }
        }
        return cases;
    }
}
