package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.app.SharedPipeline;
import org.annals.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** annals ingest end to end on the bundled example articles, with the shared pipeline. */
class IngestCommandTest {

    private static final Path EXAMPLES = Path.of("../examples/articles.jsonl");

    private static int ingest(String... args) throws Exception {
        int[] code = new int[1];
        StoreCommandsTest.captured(() -> {
            code[0] = new CommandLine(new IngestCommand(SharedPipeline::get)).execute(args);
            return null;
        });
        return code[0];
    }

    @Test
    void storesEachArticleOnceAndReportsBadInputWithoutStopping(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(EXAMPLES), "examples/articles.jsonl not found from " + Path.of("").toAbsolutePath());
        long examples = Files.readAllLines(EXAMPLES).stream().filter(l -> !l.isBlank()).count();
        Path store = dir.resolve("store");
        Path bad = dir.resolve("bad.jsonl");
        String first = Files.readAllLines(EXAMPLES).get(0);
        // A copy of an example under another id (same text), a truncated line, and invalid UTF-8.
        String copy = first.replaceFirst("\"id\": *\"[^\"]+\"", "\"id\": \"copy-of-first\"");
        byte[] invalid = "{\"id\": \"latin1\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(bad, (copy + "\n" + first.substring(0, first.length() / 2) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(bad, invalid, java.nio.file.StandardOpenOption.APPEND);

        assertEquals(1, ingest("--store", store.toString(), "--threads", "2", EXAMPLES.toString(), bad.toString()));
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(examples, s.count("articles"));
            assertTrue(s.count("events") > 0);
            assertTrue(s.count("merged_events") > 0);
        }
        String log = Files.readString(store.resolve(IngestCommand.ERROR_LOG));
        assertEquals(2, log.lines().count(), log);
        assertTrue(log.contains("bad.jsonl:2") && log.contains("bad.jsonl:3"), log);

        long events;
        try (Store s = Store.openReadOnly(store)) {
            events = s.count("events");
        }
        assertEquals(0, ingest("--store", store.toString(), EXAMPLES.toString()));
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(examples, s.count("articles"), "a second run stores nothing twice");
            assertEquals(events, s.count("events"));
        }
        String found = StoreCommandsTest.run("query", "--store", store.toString(), "--text", "Loukachenko", "--json");
        assertTrue(found.contains("\"article_id\""), found);
    }

    @Test
    void problemKindsGroupForTheSummary() {
        assertEquals("unsupported language 'ru'", IngestCommand.kindOf("unsupported language 'ru' (supported: en, fr)"));
        assertEquals("not valid UTF-8", IngestCommand.kindOf("not valid UTF-8 (JSON lines must be UTF-8)"));
        assertEquals("too large", IngestCommand.kindOf("too large: 3 MB > 2 MB limit"));
    }
}
