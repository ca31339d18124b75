package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the worked example needs from the KB: every actor mention in it resolves (skips without the data). */
class SeedArticleMentionsTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();
    private static final LocalDate PUBLISHED = LocalDate.parse("2022-01-07");

    private static Optional<String> seedText() throws IOException {
        Optional<Path> seed = SharedData.find("seed/seed-fr.txt");
        return seed.isPresent() ? Optional.of(Files.readString(seed.get())) : Optional.empty();
    }

    @Test
    void mentionsOfTheSeedResolve() throws IOException {
        Optional<String> text = seedText();
        Assumptions.assumeTrue(text.isPresent(), "shared/seed/seed-fr.txt not found: skipped");
        List<String[]> expected = List.of(
                new String[] {"Alexandre Loukachenko", "annals:alexander-lukashenko", "BLRGOV"},
                new String[] {"Loukachenka", "annals:alexander-lukashenko", "BLRGOV"},
                new String[] {"Noursoultan Nazarbaïev", "annals:nursultan-nazarbayev", "KAZELI"},
                new String[] {"Nazarbaïev", "annals:nursultan-nazarbayev", "KAZELI"},
                new String[] {"Nazarbayev", "annals:nursultan-nazarbayev", "KAZELI"},
                new String[] {"Vladimir Poutine", "annals:vladimir-putin", "RUSGOV"},
                new String[] {"Kurmanbek Bakiev", "annals:kurmanbek-bakiyev", "KGZELI"},
                new String[] {"Kremlin", "annals:inst-kremlin", "RUSGOV"},
                new String[] {"CEI", "annals:org-cis", "IGOCASCIS"},
                new String[] {"Saint-Pétersbourg", "annals:city-saint-petersburg", null});
        for (String[] e : expected) {
            assertTrue(text.get().contains(e[0]), "seed mentions " + e[0]);
            KbCandidate top = KB.lookup(e[0], "fr", PUBLISHED).get(0);
            assertEquals(e[1], top.entity().id(), e[0]);
            assertEquals(e[2], top.code() == null ? null : top.code().code(), e[0]);
        }
        // Nazarbayev met Putin on 28 December 2021, still chairman of the Security Council.
        KbEntity nazarbayev = KB.entity("annals:nursultan-nazarbayev").orElseThrow();
        assertEquals("KAZGOV", KB.codeAt(nazarbayev, LocalDate.parse("2021-12-28")).code());
    }

    @Test
    void rolesNamedInsteadOfPeopleResolve() throws IOException {
        Assumptions.assumeTrue(seedText().isPresent(), "shared/seed/seed-fr.txt not found: skipped");
        assertEquals("annals:alexander-lukashenko",
                KB.holderOf("Le dirigeant biélorusse", "fr", PUBLISHED).orElseThrow().entity().id());
        assertEquals("annals:nursultan-nazarbayev",
                KB.holderOf("le premier président kazakh", "fr", PUBLISHED).orElseThrow().entity().id());
        assertEquals("annals:vladimir-putin",
                KB.holderOf("le dirigeant russe", "fr", LocalDate.parse("2021-12-28")).orElseThrow().entity().id());
        assertEquals("annals:alexander-lukashenko",
                KB.holderOf("chef de la République du Bélarus", "fr", PUBLISHED).orElseThrow().entity().id());
        assertEquals("annals:nursultan-nazarbayev", KB.holderOf("chef du Conseil de sécurité du Kazakhstan", "fr",
                LocalDate.parse("2021-12-28")).orElseThrow().entity().id());
        // Five former Kyrgyz presidents by then: the title alone does not say which.
        assertTrue(KB.holderOf("l'ex-président du Kirghizistan", "fr", PUBLISHED).isEmpty());
        assertEquals(Optional.of("KAZ"), KB.countryOf("kazakhs", "fr"));
        assertEquals(Optional.of("COP"), KB.sectorOf("forces de l'ordre", "fr"));
        assertEquals(Optional.of("OPP"), KB.sectorOf("manifestant", "fr"));
        assertEquals(Optional.of("GOV"), KB.sectorOf("autorités", "fr"));
    }
}
