package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.annals.eval.SharedData;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private List<ReadItem> readAll(String... inputs) {
        return readAll(InputFormat.AUTO, InputStream.nullInputStream(), inputs);
    }

    private List<ReadItem> readAll(InputFormat format, InputStream stdin, String... inputs) {
        try (Stream<ReadItem> items = reader.readAll(List.of(inputs), format, stdin)) {
            return items.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return write(name, text.getBytes(charset));
    }

    @Test
    void aBatchOfBadAndGoodFilesReportsEachAndLosesNothing() throws IOException {
        Path good = write("kiev-talks.txt", "Les ministres se sont rencontrés lundi.\r\nIls ont signé un accord.\r\n",
                StandardCharsets.UTF_8);
        Path latin1 = write("paris.txt", TextDecoderTest.FRENCH, StandardCharsets.ISO_8859_1);
        Path cp1251 = write("moscow.txt", TextDecoderTest.RUSSIAN, Charset.forName("windows-1251"));
        Path utf16 = write("utf16.txt", "\uFEFF" + TextDecoderTest.FRENCH, StandardCharsets.UTF_16LE);
        Path empty = write("empty.txt", new byte[0]);
        byte[] random = new byte[10_000];
        new Random(1).nextBytes(random);
        Path binary = write("photo.jpg", random);
        Path huge = write("huge.txt", "a".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        Path html = write("page.txt", "<!doctype html><html><body>Hi</body></html>", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");

        List<ReadItem> items = readAll(good.toString(), latin1.toString(), cp1251.toString(), utf16.toString(),
                empty.toString(), binary.toString(), huge.toString(), html.toString(), missing.toString());
        assertEquals(9, items.size());

        Article first = assertInstanceOf(ReadArticle.class, items.get(0)).article();
        assertEquals("kiev-talks", first.id());
        assertEquals("Les ministres se sont rencontrés lundi.\nIls ont signé un accord.\n", first.text());
        assertEquals(good.toString(), first.origin());
        assertNull(first.lang());
        assertNull(first.published());

        ReadArticle paris = assertInstanceOf(ReadArticle.class, items.get(1));
        assertEquals(TextDecoderTest.FRENCH, paris.article().text());
        assertEquals("paris", paris.article().id());
        ReadArticle moscow = assertInstanceOf(ReadArticle.class, items.get(2));
        assertEquals(TextDecoderTest.RUSSIAN, moscow.article().text());
        assertEquals("decoded as windows-1251", moscow.notice());
        assertEquals(TextDecoderTest.FRENCH, assertInstanceOf(ReadArticle.class, items.get(3)).article().text());

        assertEquals(empty + ": empty file", problem(items.get(4)).message());
        assertTrue(problem(items.get(5)).reason().startsWith("binary file"));
        assertEquals(huge + ": too large: 5.0 MB > 2 MB limit", problem(items.get(6)).message());
        // Recognized as HTML by its content despite the .txt name; a one-word page is no article.
        assertTrue(problem(items.get(7)).reason().startsWith("no article text in HTML page"), items.get(7)::toString);
        assertEquals(missing + ": no such file", problem(items.get(8)).message());
    }

    /** Jackson's wording after the first colon of its message is not ours to pin down. */
    private static String shortened(String message) {
        int notJson = message.indexOf("not JSON: ");
        if (notJson < 0) {
            return message;
        }
        int colon = message.indexOf(':', notJson + 10);
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static ReadProblem problem(ReadItem item) {
        return assertInstanceOf(ReadProblem.class, item);
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Path file = write("a.txt", "x".repeat(3000), StandardCharsets.US_ASCII);
        ArticleReader small = new ArticleReader(2048);
        try (Stream<ReadItem> items = small.read(file)) {
            assertEquals("too large: 2.9 KB > 2 KB limit", problem(items.findFirst().orElseThrow()).reason());
        }
    }

    @Test
    void jsonlLinesBecomeArticlesAndBadLinesAreReportedWithLineNumbers() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Premier texte.\\r\\nSuite.\",\"lang\":\"fr\",\"published\":\"2022-01-07\","
                        + "\"title\":\"Titre\",\"url\":\"https://example.org/a1\",\"source\":\"Example\"}",
                "{\"id\":\"a2\",\"text\":\"Second text.\",\"date\":\"2021-12-28T18:30:00+03:00\",\"lang\":\"en-GB\"}",
                "this is not json",
                "",
                "{\"id\":\"a3\"}",
                "{\"text\":\"no id\"}",
                "{\"id\":\"a4\",\"text\":\"bad date\",\"published\":\"07/01/2022\"}",
                "[1,2]",
                "{\"id\":5,\"text\":\"numeric id\",\"published\":null}",
                "{\"id\":\"a6\",\"text\":\"   \"}",
                "{\"id\":\"a7\",\"text\":\"trailing\"} junk",
                "{\"id\":\"a8\",\"text\":\"last line without newline\",\"published\":\"2022-01-07T10:00:00\"}");
        Path file = write("news.jsonl", jsonl, StandardCharsets.UTF_8);
        String f = file.toString();
        List<ReadItem> items = readAll(f);
        List<String> summary = new ArrayList<>();
        for (ReadItem item : items) {
            summary.add(item instanceof ReadArticle a ? a.origin() + " ok " + a.article().id()
                    : shortened(((ReadProblem) item).message()));
        }
        assertEquals(List.of(
                f + ":1 ok a1",
                f + ":2 ok a2",
                f + ":3: not JSON: Unrecognized token 'this'",
                f + ":5: missing \"text\"",
                f + ":6: missing \"id\"",
                f + ":7: bad \"published\" \"07/01/2022\" (want YYYY-MM-DD or an ISO date-time)",
                f + ":8: not a JSON object",
                f + ":9 ok 5",
                f + ":10: empty \"text\"",
                f + ":11: not JSON: Unrecognized token 'junk'",
                f + ":12 ok a8"), summary);

        Article a1 = ((ReadArticle) items.get(0)).article();
        assertEquals(new Article("a1", "Premier texte.\nSuite.", "fr", LocalDate.of(2022, 1, 7), "Titre",
                "https://example.org/a1", "Example", f + ":1"), a1);
        Article a2 = ((ReadArticle) items.get(1)).article();
        assertEquals(LocalDate.of(2021, 12, 28), a2.published());
        assertEquals("en", a2.lang());
        assertEquals(LocalDate.of(2022, 1, 7), ((ReadArticle) items.get(items.size() - 1)).article().published());
    }

    @Test
    void jsonlWithInvalidUtf8OrOverlongLineGoesOn() throws IOException {
        byte[] bad = "{\"id\":\"x\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] big = ("{\"id\":\"big\",\"text\":\"" + "y".repeat(20_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] ok = "{\"id\":\"ok\",\"text\":\"fine\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = concat(bad, "\n".getBytes(), big, "\n".getBytes(), ok);
        Path file = write("mixed.jsonl", all);
        ArticleReader small = new ArticleReader(2048);
        List<ReadItem> items;
        try (Stream<ReadItem> s = small.read(file)) {
            items = s.toList();
        }
        assertEquals(3, items.size());
        assertEquals(file + ":1: not valid UTF-8 (JSON lines must be UTF-8)", problem(items.get(0)).message());
        assertEquals(file + ":2: too large: 19.5 KB > 2 KB limit", problem(items.get(1)).message());
        assertEquals("ok", assertInstanceOf(ReadArticle.class, items.get(2)).article().id());
    }

    @Test
    void emptyJsonlIsReported() throws IOException {
        Path file = write("none.jsonl", "\n\n", StandardCharsets.UTF_8);
        List<ReadItem> items = readAll(file.toString());
        assertEquals(List.of(new ReadProblem(file.toString(), "empty file (no JSON lines)")), items);
    }

    @Test
    void stdinAsTextOrJsonl() {
        byte[] text = "Le Premier ministre a démissionné.\r\n".getBytes(StandardCharsets.UTF_8);
        List<ReadItem> asText = readAll(InputFormat.AUTO, new ByteArrayInputStream(text), "-");
        Article article = assertInstanceOf(ReadArticle.class, asText.get(0)).article();
        assertEquals("stdin", article.id());
        assertEquals("Le Premier ministre a démissionné.\n", article.text());

        byte[] jsonl = "{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8);
        List<ReadItem> asJsonl = readAll(InputFormat.JSONL, new ByteArrayInputStream(jsonl), "-");
        assertEquals(List.of("stdin:1", "stdin:2"), asJsonl.stream().map(ReadItem::origin).toList());

        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'z');
        assertEquals("stdin: too large: 3.0 MB > 2 MB limit",
                problem(readAll(InputFormat.TEXT, new ByteArrayInputStream(huge), "-").get(0)).message());
    }

    @Test
    void directoriesAreReadInSortedOrderSkippingHiddenFiles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        write("in/b.txt", "Second.", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("c.jsonl"), "{\"id\":\"c1\",\"text\":\"Third.\"}\n");
        write("in/a.txt", "First.", StandardCharsets.UTF_8);
        write("in/.hidden.txt", "Hidden.", StandardCharsets.UTF_8);
        List<String> ids = readAll(dir.resolve("in").toString()).stream()
                .map(i -> ((ReadArticle) i).article().id()).toList();
        assertEquals(List.of("a", "b", "c1"), ids);
    }

    @Test
    void forcedJsonlFormatAppliesToAnyExtension() throws IOException {
        Path file = write("feed.txt", "{\"id\":\"f1\",\"text\":\"x\"}\n", StandardCharsets.UTF_8);
        List<ReadItem> items = readAll(InputFormat.JSONL, InputStream.nullInputStream(), file.toString());
        assertEquals("f1", ((ReadArticle) items.get(0)).article().id());
    }

    @Test
    void readsTheWorkedExampleAsUtf8() {
        Path seed = SharedData.find("seed/seed-fr.txt").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(seed != null, "../shared/seed/seed-fr.txt not found; skipping");
        List<ReadItem> items = readAll(seed.toString());
        ReadArticle read = assertInstanceOf(ReadArticle.class, items.get(0));
        assertEquals("seed-fr", read.article().id());
        assertNull(read.notice());
        assertTrue(read.article().text().indexOf('\r') < 0);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
