package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.app.AnnalsCli;
import org.annals.eval.SharedData;
import org.annals.kb.Evidence;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.RoleLearner;
import org.annals.kb.UserKbDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals kb lookup | learned | import}, as a user runs them. */
class KbCommandTest {

    @TempDir
    Path kbDir;

    /** Output and exit code of one run. */
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = AnnalsCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void lookupPrintsTheEntityWithItsCodeAtTheDate() {
        Run run = run("kb", "lookup", "Назарбаеву", "--lang", "ru", "--date", "2015-06-01", "--kb-dir", kbDir.toString());
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("annals:nursultan-nazarbayev\tNursultan Nazarbayev\tPERSON\tKAZ\tKAZGOV"),
                run.out());
        Run later = run("kb", "lookup", "Nazarbayev", "--date", "2022-07-01", "--kb-dir", kbDir.toString());
        assertTrue(later.out().contains("\tKAZELI\t"), later.out());
    }

    @Test
    void lookupListsCandidatesWhenAmbiguousAndFailsWhenUnknown() throws Exception {
        Run bush = run("kb", "lookup", "Bush", "--json", "--kb-dir", kbDir.toString());
        JsonNode json = new ObjectMapper().readTree(bush.out());
        assertTrue(json.get("ambiguous").asBoolean());
        assertEquals(2, json.get("candidates").size());
        Run unknown = run("kb", "lookup", "Qwzxv", "Plorb", "--kb-dir", kbDir.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.out().startsWith("unknown"));
    }

    @Test
    void lookupAnswersRolePhrasesWithTheHolder() {
        Run run = run("kb", "lookup", "le dirigeant biélorusse", "--lang", "fr", "--date", "2022-01-07",
                "--kb-dir", kbDir.toString());
        assertTrue(run.out().startsWith("annals:alexander-lukashenko"), run.out());
    }

    @Test
    void lookupReadsAStateBodyAndItsCountryFromAPhrase() {
        Run run = run("kb", "lookup", "МИД Беларуси", "--lang", "ru", "--kb-dir", kbDir.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("Foreign Ministry of Belarus\tORGANIZATION\tBLR\tBLRGOV"), run.out());
        Run json = run("kb", "lookup", "ministère de la Défense de l'Ukraine", "--lang", "fr", "--json",
                "--kb-dir", kbDir.toString());
        assertTrue(json.out().contains("\"code\":\"UKRMIL\"") && json.out().contains("\"via\":\"body\""), json.out());
    }

    @Test
    void aBadDateInAnImportedRoleFileIsReportedWithTheFile() throws Exception {
        Path imported = Files.createDirectories(kbDir.resolve("imported"));
        Files.writeString(imported.resolve("mine.entities.tsv"), "test:x\tPERSON\tTKM\tTKM\ten:Aral Testov\t-\t\n");
        Files.writeString(imported.resolve("mine.roles.tsv"),
                "test:x\tTKM\tdefence-minister\t\tTKMMIL\t2018-13-01\t\tDefence Minister\n");
        Run run = run("kb", "lookup", "Aral Testov", "--kb-dir", kbDir.toString());
        assertTrue(run.code() != 0, run.out());
        assertTrue(run.err().contains("mine.roles.tsv") && run.err().contains("2018-13-01"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    @Test
    void learnedListsObservationsWithEvidence() {
        RoleLearner learner = new RoleLearner(KnowledgeBases.withUserData(new UserKbDirectory(kbDir)));
        // An invented holder of an office the curated data leaves open (Kyrgyz defence, 2017).
        learner.learn("Kyrgyz Defence Minister", "Almaz Toktosunov", "en", LocalDate.parse("2017-03-01"),
                new Evidence("article-7", 120, 158, "Kyrgyz Defence Minister Almaz Toktosunov"));
        Run list = run("kb", "learned", "--kb-dir", kbDir.toString());
        assertTrue(list.out().contains(
                "Almaz Toktosunov\tdefence-minister of KGZ\tKGZMIL\t2017-03-01\tarticle-7 [120-158]"), list.out());
        Run lookup = run("kb", "lookup", "Toktosunov", "--date", "2017-03-01", "--kb-dir", kbDir.toString());
        assertTrue(lookup.out().contains("KGZMIL") && lookup.out().contains("learned"), lookup.out());
    }

    @Test
    void importsAPhoenixDictionaryIntoTheUserDirectory() {
        Path file = SharedData.find("data/petrarch-suite/PETR.Validate.actors.txt").orElse(null);
        Assumptions.assumeTrue(file != null, "../shared/data/petrarch-suite is absent");
        Run imported = run("kb", "import", "--format", "phoenix", file.toString(), "--into", kbDir.toString());
        assertEquals(0, imported.code());
        assertTrue(imported.out().startsWith("imported PETR.Validate.actors.txt"), imported.out());
        Run lookup = run("kb", "lookup", "Smeagol", "--date", "1997-01-01", "--kb-dir", kbDir.toString());
        assertTrue(lookup.out().startsWith("phoenix:gollum\tGollum\tPERSON\t-\tHOBGOV"), lookup.out());
        assertEquals(2, run("kb", "import", "--format", "cameo", file.toString(), "--into", kbDir.toString()).code());
    }
}
