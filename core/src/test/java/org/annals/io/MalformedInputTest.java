package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One batch of damaged inputs among good ones: each damage is one problem line, every good article is read. */
class MalformedInputTest {

    @TempDir
    Path dir;

    @Test
    void everyDamagedItemIsReportedAndTheBatchCompletes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("batch"));
        // JSONL: a good line, a line cut in the middle of its object, a line with invalid UTF-8, a good line.
        byte[] badUtf8 = "{\"id\":\"j3\",\"text\":\"caf\u00E9 ".getBytes(StandardCharsets.UTF_8);
        byte[] jsonl = concat(
                "{\"id\":\"j1\",\"text\":\"Le ministre a rencontr\u00E9 son homologue.\"}\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"j2\",\"text\":\"La phrase s'arr\u00EAte au mil\n".getBytes(StandardCharsets.UTF_8),
                badUtf8, new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"j4\",\"text\":\"The talks ended.\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("a-news.jsonl"), jsonl);
        // A plain-text file that is neither UTF-8 nor any legacy encoding: control bytes and broken sequences.
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 7 == 0 ? 0x01 : 0xC3 + i % 3);
        }
        Files.write(in.resolve("b-garbage.txt"), garbage);
        Files.writeString(in.resolve("c-nobody.html"), "<!DOCTYPE html><html><head><title>Empty page</title></head></html>");
        byte[] warc = WarcArticleReaderTest.archive();
        Files.write(in.resolve("d-crawl.warc"), Arrays.copyOf(warc, warc.length - 200));
        Path big = in.resolve("e-big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Fifty megabytes of the same sentence, far beyond any article.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(in.resolve("f-good.html"), HtmlArticleExtractorTest.NEWS_PAGE);
        Files.writeString(in.resolve("g-good.txt"), "Les deux pr\u00E9sidents se sont entretenus par t\u00E9l\u00E9phone.");

        Map<String, String> outcome = new LinkedHashMap<>();
        try (Stream<ReadItem> items = new ArticleReader().read(in)) {
            items.forEach(item -> outcome.put(Path.of(item.origin()).getFileName().toString(),
                    item instanceof ReadProblem p ? "problem: " + p.reason() : "article " + ((ReadArticle) item).article().id()));
        }
        List<String> keys = List.copyOf(outcome.keySet());
        assertEquals(List.of("a-news.jsonl:1", "a-news.jsonl:2", "a-news.jsonl:3", "a-news.jsonl:4", "b-garbage.txt",
                "c-nobody.html", keys.get(6), "d-crawl.warc", "e-big.txt", "f-good.html", "g-good.txt"), keys, outcome::toString);
        assertEquals("article j1", outcome.get("a-news.jsonl:1"));
        assertTrue(outcome.get("a-news.jsonl:2").startsWith("problem: not JSON"), outcome::toString);
        assertEquals("problem: not valid UTF-8 (JSON lines must be UTF-8)", outcome.get("a-news.jsonl:3"));
        assertEquals("article j4", outcome.get("a-news.jsonl:4"));
        assertTrue(outcome.get("b-garbage.txt").startsWith("problem: "), outcome::toString);
        assertEquals("problem: HTML page without body text", outcome.get("c-nobody.html"));
        assertEquals("article https://news.example/oslo", outcome.get(keys.get(6)));
        assertTrue(outcome.get("d-crawl.warc").contains("cut short"), outcome::toString);
        assertEquals("problem: too large: 50.0 MB > 2 MB limit", outcome.get("e-big.txt"));
        assertEquals("article f-good", outcome.get("f-good.html"));
        assertEquals("article g-good", outcome.get("g-good.txt"));
    }

    private static byte[] concat(byte[]... parts) {
        return WarcArticleReaderTest.concat(parts);
    }
}
