package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {

    @TempDir
    Path dir;

    static final String PAGE_ONE = """
            <html lang="en"><head><title>Ministers meet in Oslo</title>
            <meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>
            <body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Ministers meet in Oslo</h1>
            <p>The foreign ministers of Norway and Sweden met in Oslo on Thursday to discuss energy cooperation and \
            the security of undersea cables, their offices said in a joint statement.</p></article></body></html>
            """;
    static final String PAGE_TWO = """
            <html lang="de"><head><title>Treffen in Bern</title></head><body><main>
            <p>Die Außenminister der Schweiz und Österreichs trafen sich am Freitag in Bern, um über die Zusammenarbeit \
            bei der Energieversorgung zu sprechen, teilte das Ministerium mit.</p></main></body></html>
            """;

    /** A WARC record with the given type, headers and block. */
    static byte[] record(String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Date: 2024-05-02T10:00:00Z\r\n"
                + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] response(String target, int status, String mediaType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + mediaType + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        return record("response", target, "application/http;msgtype=response",
                concat(http.getBytes(StandardCharsets.UTF_8), payload));
    }

    static byte[] archive() {
        return concat(
                record("warcinfo", null, "application/warc-fields", "software: team test\r\n".getBytes(StandardCharsets.UTF_8)),
                record("request", "https://news.example/oslo", "application/http;msgtype=request",
                        "GET /oslo HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/oslo", 200, "text/html; charset=utf-8", PAGE_ONE),
                response("https://news.example/logo.png", 200, "image/png", "PNG"),
                response("https://news.example/old", 301, "text/html", "<html><body>Moved</body></html>"),
                response("https://zeitung.example/bern", 200, "text/html", PAGE_TWO));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<ReadItem> read(byte[] warc) {
        List<ReadItem> items = new ArrayList<>();
        new WarcArticleReader(new HtmlArticleExtractor(), 1 << 20, 1 << 20)
                .read(new ByteArrayInputStream(warc), "crawl.warc").forEachRemaining(items::add);
        return items;
    }

    @Test
    void htmlResponsesBecomeArticles() {
        List<ReadItem> items = read(archive());
        assertEquals(2, items.size(), items::toString);
        Article oslo = assertInstanceOf(ReadArticle.class, items.get(0)).article();
        assertEquals("https://news.example/oslo", oslo.id());
        assertEquals("https://news.example/oslo", oslo.url());
        assertEquals("en", oslo.lang());
        assertEquals(LocalDate.of(2024, 5, 2), oslo.published());
        assertEquals("Ministers meet in Oslo", oslo.title());
        assertEquals("news.example", oslo.source());
        assertTrue(oslo.text().startsWith("Ministers meet in Oslo\n\nThe foreign ministers of Norway"), oslo.text());
        int osloAt = new String(archive(), StandardCharsets.ISO_8859_1).indexOf("WARC/1.1\r\nWARC-Type: response");
        assertEquals("crawl.warc@" + osloAt, oslo.origin(), "origin: the archive and the record's offset");
        Article bern = assertInstanceOf(ReadArticle.class, items.get(1)).article();
        assertEquals("de", bern.lang());
        assertTrue(bern.text().contains("Österreichs"), bern.text());
        assertTrue(bern.origin().compareTo(oslo.origin()) != 0);
    }

    @Test
    void gzipPerRecordArchive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] rec : List.of(response("https://news.example/oslo", 200, "text/html", PAGE_ONE),
                response("https://zeitung.example/bern", 200, "text/html", PAGE_TWO))) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                gz.write(rec);
            }
            out.writeBytes(member.toByteArray());
        }
        Path file = Files.write(dir.resolve("crawl.warc.gz"), out.toByteArray());
        try (var items = new ArticleReader().read(file)) {
            assertEquals(List.of("https://news.example/oslo", "https://zeitung.example/bern"),
                    items.map(i -> assertInstanceOf(ReadArticle.class, i).article().id()).toList());
        }
    }

    @Test
    void recordCutShortIsOneProblemAfterTheArticlesBeforeIt() {
        byte[] whole = archive();
        byte[] cut = Arrays.copyOf(whole, whole.length - 200);
        List<ReadItem> items = read(cut);
        assertEquals(2, items.size(), items::toString);
        assertInstanceOf(ReadArticle.class, items.get(0));
        ReadProblem problem = assertInstanceOf(ReadProblem.class, items.get(1));
        assertTrue(problem.reason().contains("cut short"), problem.message());
        assertEquals("crawl.warc", problem.origin());
    }

    @Test
    void notAWarcFile() {
        List<ReadItem> items = read("hello, this is not an archive\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, items.size());
        assertTrue(assertInstanceOf(ReadProblem.class, items.get(0)).reason().startsWith("not a WARC file"), items::toString);
    }

    @Test
    void archiveWithoutPagesSaysSo() {
        List<ReadItem> items = read(response("https://news.example/logo.png", 200, "image/png", "PNG"));
        assertEquals("no HTML pages in WARC (1 records)", assertInstanceOf(ReadProblem.class, items.get(0)).reason());
    }
}
