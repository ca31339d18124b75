package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.eval.SharedData;
import org.annals.model.EntityType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phoenix/PETRARCH actor dictionaries: parsing, import into the user directory, lookups through the overlay. */
class PhoenixImportTest {

    @TempDir
    Path userDir;

    @Test
    void parsesHeadsSynonymsAndDatedCodes() {
        PhoenixDictionary.Contents contents = PhoenixDictionary.parse(List.of(
                "# comment",
                "KAZAKHSTAN_  [KAZ]",
                "+KAZAKSTAN_ ",
                "NURSULTAN_NAZARBAYEV_  # CountryInfo.txt",
                "\t[KAZELI 580101-000101]",
                "\t[KAZGOV >900424]",
                "\t[KAZELI]",
                "GOLLUM  # pas",
                "+SMEAGOL",
                "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]",
                "BOROMIR  [---]",
                "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt"));
        assertEquals(1, contents.dropped(), "the discarded head");
        List<PhoenixDictionary.Entry> entries = contents.entries();
        assertEquals(List.of("KAZAKHSTAN", "NURSULTAN NAZARBAYEV", "GOLLUM", "KOFI ANNAN"),
                entries.stream().map(PhoenixDictionary.Entry::name).toList());
        assertEquals(List.of("KAZAKSTAN"), entries.get(0).synonyms());
        PhoenixDictionary.Entry nazarbayev = entries.get(1);
        assertEquals(new PhoenixDictionary.DatedCode("KAZELI", LocalDate.of(1958, 1, 1), LocalDate.of(2000, 1, 1)),
                nazarbayev.codes().get(0));
        assertEquals(new PhoenixDictionary.DatedCode("KAZGOV", LocalDate.of(1990, 4, 24), null), nazarbayev.codes().get(1));
        assertTrue(nazarbayev.codes().get(2).undated());
        assertEquals(new PhoenixDictionary.DatedCode("HOB", null, LocalDate.of(1995, 5, 31)), entries.get(2).codes().get(0));
        assertEquals(LocalDate.of(1999, 8, 15), entries.get(2).codes().get(1).end());
        assertEquals(2, entries.get(3).codes().size());
    }

    @Test
    void validationDictionaryImportsIntoTheOverlay() throws IOException {
        Path file = shared("data/petrarch-suite/PETR.Validate.actors.txt");
        PhoenixImporter.Report report = new PhoenixImporter(KnowledgeBases.standard())
                .importFile(file, new UserKbDirectory(userDir));
        assertTrue(report.entries() > 100, "actors read: " + report);
        assertTrue(Files.exists(report.entitiesFile()) && Files.exists(report.rolesFile()));

        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        KbCandidate gollum = kb.lookup("Smeagol", "en", LocalDate.parse("1997-01-01")).get(0);
        assertEquals("Gollum", gollum.entity().name());
        assertEquals(LayeredKnowledgeBase.Origin.IMPORTED, kb.origin(gollum.entity().id()).orElseThrow());
        assertEquals("HOBGOV", gollum.code().code(), "dated code at the date");
        assertEquals("HOBREB", kb.lookup("Gollum", "en", LocalDate.parse("2001-01-01")).get(0).code().code());
        assertTrue(kb.lookup("Boromir", "en", null).isEmpty(), "discarded actors are not imported");
        KbCandidate france = kb.lookup("France", "en", null).get(0);
        assertEquals("annals:country-fra", france.entity().id(), "linked to the curated country, curated first");
        assertEquals(1.0, france.score(), 1e-9);
        assertTrue(kb.lookup("Gondor", "en", null).get(0).score() < 1.0, "imported answers rank below curated");
    }

    @Test
    void phoenixCountriesDictionaryAddsActorsWithoutDisturbingCuratedOnes() throws IOException {
        Path file = shared("data/petrarch-suite/Phoenix.Countries.actors.txt");
        long t0 = System.nanoTime();
        PhoenixImporter.Report report = new PhoenixImporter(KnowledgeBases.standard())
                .importFile(file, new UserKbDirectory(userDir));
        long t1 = System.nanoTime();
        LayeredKnowledgeBase kb = KnowledgeBases.withUserData(new UserKbDirectory(userDir));
        long t2 = System.nanoTime();
        System.out.printf("phoenix import: %s; import %.1f s, overlay load %.1f s, %d entities%n", report,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, kb.importedSize());
        assertTrue(report.entries() > 15_000, report.toString());
        assertTrue(report.linked() > 150, "countries and known leaders link to curated entities: " + report);

        // Someone the curated KB lacks, with Phoenix's dated codes.
        Optional<KbCandidate> kazhegeldin = kb.lookup("Akezhan Kazhegeldin", "en", LocalDate.parse("1996-01-01"))
                .stream().findFirst();
        assertTrue(kazhegeldin.isPresent());
        assertEquals(EntityType.PERSON, kazhegeldin.get().entity().type());
        assertEquals("KAZGOV", kazhegeldin.get().code().code());
        assertEquals("KAZELI", kb.lookup("Akezhan Kazhegeldin", "en", LocalDate.parse("2005-01-01")).get(0)
                .code().code());

        // Curated answers stay first and keep their curated codes.
        LocalDate date = LocalDate.parse("2022-01-07");
        KbCandidate nazarbayev = kb.lookup("Nursultan Nazarbayev", "en", date).get(0);
        assertEquals("annals:nursultan-nazarbayev", nazarbayev.entity().id());
        assertEquals("KAZELI", nazarbayev.code().code());
        assertEquals("annals:alexander-lukashenko", kb.lookup("Лукашенко", "ru", date).get(0).entity().id());
        assertEquals("annals:country-kaz", kb.lookup("Kazakhstan", "en", date).get(0).entity().id());
        assertFalse(kb.lookup("Kazakstan", "en", date).isEmpty(), "Phoenix spellings reach the curated country");
        assertEquals("annals:country-kaz", kb.lookup("Kazakstan", "en", date).get(0).entity().id());

        long l0 = System.nanoTime();
        int n = 0;
        for (String name : List.of("Akezhan Kazhegeldin", "Nazarbayev", "Vladimir Putin", "Kabul", "Ashraf Ghani")) {
            for (int i = 0; i < 200; i++) {
                n += kb.lookup(name, "en", date).size();
            }
        }
        System.out.printf("overlay lookup: %.0f µs mean (%d answers)%n", (System.nanoTime() - l0) / 1e3 / 1000, n);
    }

    /** A file of the team's shared folder; skips the test when the folder is absent (a fresh clone). */
    static Path shared(String relative) {
        Optional<Path> file = SharedData.find(relative);
        Assumptions.assumeTrue(file.isPresent(), "../shared/" + relative + " is absent");
        return file.get();
    }
}
