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

    /** A WARC/1.1 response record holding an HTML page. */
    private static String warcResponse(String target, String html) {
        int payload = html.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload
                + "\r\n\r\n" + html;
        return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(target.getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: 2023-06-08T00:00:00Z\r\nWARC-Target-URI: " + target
                + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    private static String page(String lang, String title, String date, String paragraph) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>"
                + paragraph + "</p></article><footer>Contact · Legal</footer></body></html>";
    }

    @Test
    void ingestsHtmlPagesFeedsAndWarcArchivesEachRecordOnce(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("berlin.html"), page("en", "Macron and Scholz meet in Berlin", "2023-06-07",
                "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday to discuss"
                        + " European defence spending, the chancellery said."));
        Files.writeString(in.resolve("empty.html"), "<html><head><title>Nothing here</title></head></html>");
        Files.writeString(in.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Continental Wire</title><language>fr</language>
                <item><title>Macron et Scholz à Berlin</title><guid>wire-1</guid><pubDate>Wed, 07 Jun 2023 10:00:00 +0200</pubDate>
                <description>&lt;p&gt;Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz mardi à Berlin.&lt;/p&gt;</description></item>
                <item><title>Sommet à Vilnius</title><guid>wire-2</guid><pubDate>Wed, 12 Jul 2023 10:00:00 +0200</pubDate>
                <description>Jens Stoltenberg a rencontré Volodymyr Zelensky mercredi à Vilnius.</description></item>
                </channel></rss>
                """);
        String warc = warcResponse("https://news.example/vilnius", page("en", "Stoltenberg meets Zelensky", "2023-07-12",
                "NATO Secretary General Jens Stoltenberg met Ukrainian President Volodymyr Zelensky in Vilnius on"
                        + " Wednesday, the alliance said in a statement."))
                + warcResponse("https://news.example/berlin-2", page("en", "Scholz hosts Macron", "2023-06-07",
                "German Chancellor Olaf Scholz hosted French President Emmanuel Macron in Berlin on Tuesday for talks"
                        + " on defence, officials said."));
        byte[] bytes = warc.getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("crawl.warc"), java.util.Arrays.copyOf(bytes, bytes.length - 120));
        Path store = dir.resolve("store");

        assertEquals(1, ingest("--store", store.toString(), "--threads", "2", in.toString()));
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(4, s.count("articles"), "one page, two feed items, one whole WARC record");
            assertEquals(4, s.count("story_articles"));
        }
        String log = Files.readString(store.resolve(IngestCommand.ERROR_LOG));
        assertEquals(2, log.lines().count(), log);
        assertTrue(log.contains("empty.html") && log.contains("HTML page without body text"), log);
        assertTrue(log.contains("crawl.warc") && log.contains("cut short"), log);
        String stories = StoreCommandsTest.run("query", "--store", store.toString(), "--stories", "--json");
        assertTrue(stories.contains("Olaf Scholz"), "the Berlin meeting in two languages is one story: " + stories);

        assertEquals(1, ingest("--store", store.toString(), in.toString()));
        try (Store s = Store.openReadOnly(store)) {
            assertEquals(4, s.count("articles"), "a second run stores nothing twice");
        }
    }

    @Test
    void problemKindsGroupForTheSummary() {
        assertEquals("unsupported language 'ru'", IngestCommand.kindOf("unsupported language 'ru' (supported: en, fr)"));
        assertEquals("not valid UTF-8", IngestCommand.kindOf("not valid UTF-8 (JSON lines must be UTF-8)"));
        assertEquals("too large", IngestCommand.kindOf("too large: 3 MB > 2 MB limit"));
    }
}
