package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.app.AnnalsCli;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.annals.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annals query and annals export on a small store filled by hand (no language models). */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        String text = "Alexandre Loukachenko a eu une conversation téléphonique avec Noursoultan Nazarbaïev.";
        Article article = new Article("fr1", text, "fr", LocalDate.of(2022, 1, 7), "Appel", "https://example.org/fr1",
                "BelTA", "test");
        List<EntityRecord> entities = List.of(
                new EntityRecord("e1", "annals:alexander-lukashenko", "Alexander Lukashenko", EntityType.PERSON, "BLR",
                        "GOV", "BLRGOV", List.of(Span.of(text, 0, 21))),
                new EntityRecord("e2", "annals:nursultan-nazarbayev", "Nursultan Nazarbayev", EntityType.PERSON, "KAZ",
                        "ELI", "KAZELI", List.of(Span.of(text, 62, 84))));
        EventRecord call = new EventRecord("v1", "CONSULT", "phone", "040", 1.0, 1, List.of("e1"), List.of("e2"), null,
                "2022-01-07", "day", Factuality.REPORTED, null, Span.of(text, 33, 58), new Span(0, text.length(), text), 0.9);
        try (Store store = Store.open(dir)) {
            store.put(article, new DocumentResult(DocumentResult.SCHEMA, "fr1", "fr", article.published(), "Appel",
                    article.url(), "BelTA", entities, List.of(), List.of(call)));
            new org.annals.store.CorpusMerge().run(store);
            new org.annals.store.CorpusStories().run(store);
            new org.annals.store.ArticleIndex(dir).sync(store);
        }
    }

    @Test
    void queryFindsTheCallByAnotherSpellingAndByText() throws Exception {
        String out = run("query", "--store", dir.toString(), "--actor", "Putin", "--json");
        assertEquals("[ ]", out.strip(), "nobody of that name");
        out = run("query", "--store", dir.toString(), "--actor", "Лукашенко", "--json");
        assertTrue(out.contains("\"plover\" : \"CONSULT\""), "Cyrillic spelling: " + out);
        out = run("query", "--store", dir.toString(), "--actor", "loukachenko", "--category", "04", "--json");
        assertTrue(out.contains("\"plover\" : \"CONSULT\""), out);
        assertTrue(out.contains("Nursultan Nazarbayev [KAZELI]"), out);
        out = run("query", "--store", dir.toString(), "--text", "nazarbaiev telephonique", "--merged");
        assertTrue(out.contains("(1 rows)"), out);
        out = run("query", "--store", dir.toString(), "--text", "Putin");
        assertTrue(out.contains("(0 rows)"), out);
        out = run("query", "--store", dir.toString(), "--sql", "SELECT count(*) AS n FROM merged_events", "--json");
        assertTrue(out.contains("\"n\" : 1"), out);
    }

    @Test
    void queryListsStories() throws Exception {
        String out = run("query", "--store", dir.toString(), "--stories", "--min-articles", "1", "--json");
        assertTrue(out.contains("\"top_entities\" : \"Alexander Lukashenko (1); Nursultan Nazarbayev (1)\""), out);
        assertTrue(out.contains("\"languages\" : \"fr\""), out);
        out = run("query", "--store", dir.toString(), "--stories");
        assertTrue(out.contains("(0 rows)"), "one article is no story of several: " + out);
        out = run("query", "--store", dir.toString(), "--stories", "--min-articles", "1", "--from", "2022-01-08");
        assertTrue(out.contains("(0 rows)"), out);
    }

    @Test
    void exportsEveryFormat() throws Exception {
        String jsonl = run("export", "--store", dir.toString(), "--format", "jsonl");
        assertEquals(1, jsonl.strip().lines().count());
        assertTrue(jsonl.contains("\"schema\":\"annals.v1\""), jsonl);
        String csv = run("export", "--store", dir.toString(), "--format", "csv");
        assertEquals(2, csv.strip().lines().count());
        assertTrue(csv.startsWith("article_id,event_id,plover"), csv);
        String gdelt = run("export", "--store", dir.toString(), "--format", "gdelt");
        String[] fields = gdelt.strip().split("\t", -1);
        assertEquals(61, fields.length);
        assertEquals("20220107", fields[1]);
        assertEquals("https://example.org/fr1", fields[60]);
        String plover = run("export", "--store", dir.toString(), "--format", "plover");
        assertTrue(plover.startsWith("{\"id\":\"annals-1\",\"date\":\"2022-01-07\",\"actor\":[{\"code\":\"BLR\""), plover);
        assertTrue(plover.contains("\"event\":[\"CONSULT\"],\"mode\":[\"phone\"]"), plover);
        Path parquet = dir.resolve("events.parquet");
        run("export", "--store", dir.toString(), "--format", "parquet", "--merged", "-o", parquet.toString());
        assertTrue(Files.size(parquet) > 0);
    }

    @Test
    void missingStoreIsAClearError() throws Exception {
        assertEquals(1, AnnalsCli.run("query", "--store", dir.resolve("nothing").toString()));
    }

    /** Runs the command line and returns what it printed on standard output. */
    static String run(String... args) throws Exception {
        return captured(() -> {
            int code = AnnalsCli.run(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args));
            return null;
        });
    }

    static String captured(Callable<Void> body) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.call();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
