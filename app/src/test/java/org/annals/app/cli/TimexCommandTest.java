package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.io.AnnalsJson;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TimexCommandTest {

    /** Exit code, stdout lines and stderr of one in-process run. */
    private record Run(int exit, List<String> lines, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TimexCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString().lines().toList(), err.toString());
    }

    private static JsonNode json(String line) throws Exception {
        return AnnalsJson.mapper().readTree(line);
    }

    @Test
    void writesOneJsonLinePerInputLineWithResolvedValues() throws Exception {
        Run r = run("Le 28 décembre, Nazarbaïev a rencontré Poutine.\nRien ici.\nDepuis 2010, hier matin.\n",
                "--lang", "fr", "--dct", "2022-01-07");
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, r.lines().size());

        JsonNode first = json(r.lines().get(0));
        assertEquals("Le 28 décembre, Nazarbaïev a rencontré Poutine.", first.get("text").asText());
        JsonNode time = first.get("times").get(0);
        assertEquals("2021-12-28", time.get("value").asText(), "the year before the DCT, across the year boundary");
        assertEquals("DATE", time.get("type").asText());
        assertEquals("day", time.get("precision").asText());
        String text = first.get("text").asText();
        assertEquals(time.get("text").asText(), text.substring(time.get("start").asInt(), time.get("end").asInt()));
        assertFalse(time.has("modifier"), "no modifier field when there is none");

        assertEquals(0, json(r.lines().get(1)).get("times").size());

        JsonNode third = json(r.lines().get(2)).get("times");
        assertEquals("2010", third.get(0).get("value").asText());
        assertEquals("SINCE", third.get(0).get("modifier").asText());
        assertEquals("2022-01-06TMO", third.get(1).get("value").asText());
    }

    @Test
    void withoutDctAnchoredValuesStayUnresolved() throws Exception {
        Run r = run("The talks took place on January 7 and again yesterday.\n", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        JsonNode times = json(r.lines().get(0)).get("times");
        assertEquals("XXXX-01-07", times.get(0).get("value").asText());
        assertTrue(times.get(1).get("value").asText().contains("X"));
    }

    @Test
    void acceptsADateTimeWithOffsetAsDct() throws Exception {
        Run r = run("in two hours\n", "--lang", "en", "--dct", "2013-02-12T04:30-02:00");
        assertEquals(0, r.exit(), r.err());
        assertEquals("2013-02-12T06:30", json(r.lines().get(0)).get("times").get(0).get("value").asText());
    }

    @Test
    void orientationChoosesTheOccurrence() throws Exception {
        String dct = "2013-02-12T04:30-02:00"; // a Tuesday
        assertEquals("2013-02-08", json(run("Friday\n", "--lang", "en", "--dct", dct, "--orientation", "past")
                .lines().get(0)).get("times").get(0).get("value").asText());
        assertEquals("2013-02-15", json(run("Friday\n", "--lang", "en", "--dct", dct, "--orientation", "future")
                .lines().get(0)).get("times").get(0).get("value").asText());
        assertEquals(2, run("Friday\n", "--lang", "en", "--orientation", "sideways").exit());
    }

    @Test
    void rejectsUnknownLanguageAndMalformedDct() {
        Run lang = run("x\n", "--lang", "xx");
        assertEquals(2, lang.exit());
        assertTrue(lang.err().contains("no time grammar"), lang.err());
        Run dct = run("x\n", "--lang", "en", "--dct", "7 Jan 2022");
        assertEquals(2, dct.exit());
        assertTrue(dct.err().contains("--dct"), dct.err());
    }
}
