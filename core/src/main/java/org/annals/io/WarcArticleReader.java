package org.annals.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC archive (WARC/1.0 and 1.1, plain or gzip-compressed, parsed by jwarc)
 * as articles, lazily, one record at a time.
 *
 * <p>Each {@code response} record with a successful (2xx) HTTP response whose payload is HTML, and each
 * {@code resource} record of type HTML, goes through {@link HtmlArticleExtractor}; the record's target URI
 * is the article's id and its URL unless the page names a canonical one. Other records (requests,
 * metadata, images, redirects) are not articles and are passed over silently. A record whose block ends
 * before its declared length is one problem; the archive cannot be resynchronized after it, so reading
 * stops there. Origins are {@code "crawl.warc.gz@offset"}.
 */
public final class WarcArticleReader {

    private final HtmlArticleExtractor html;
    private final long maxPayloadBytes;
    private final long maxTextBytes;

    public WarcArticleReader(HtmlArticleExtractor html, long maxPayloadBytes, long maxTextBytes) {
        this.html = html;
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxTextBytes = maxTextBytes;
    }

    /** The articles and problems of one archive; {@code name} is its origin. */
    public Iterator<ReadItem> read(InputStream in, String name) {
        return new Records(in, name);
    }

    private final class Records extends LazyItems {
        private final InputStream in;
        private final String name;
        private WarcReader warc;
        private int records;
        private int articles;
        private long lastOffset;

        Records(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        @Override
        protected boolean endsOnNull() {
            return false; // a record that is not an article yields nothing; the reader says when the file ends
        }

        /** The next item, or null when a record yielded none (calls {@link #finish()} at the end of the file). */
        @Override
        protected ReadItem advance() {
            try {
                if (warc == null) {
                    warc = new WarcReader(in);
                }
                Optional<WarcRecord> record = warc.next();
                if (record.isEmpty()) {
                    finish();
                    if (records == 0) {
                        return new ReadProblem(name, "empty WARC file");
                    }
                    return articles == 0 ? new ReadProblem(name, "no HTML pages in WARC (" + records + " records)") : null;
                }
                records++;
                // jwarc's position is that of the record just read: each record's origin is its own offset.
                lastOffset = warc.position();
                ReadItem item = toItem(record.get(), name + "@" + lastOffset);
                if (item instanceof ReadArticle) {
                    articles++;
                }
                return item;
            } catch (EOFException e) {
                return failure("WARC record cut short (file ends inside it); rest of archive skipped");
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage().strip().lines().findFirst().orElse("");
                return failure(records == 0 ? "not a WARC file: " + reason
                        : "WARC record unreadable, rest of archive skipped: " + reason);
            }
        }

        /** Ends the archive with one problem, placed after the last record read. */
        private ReadProblem failure(String reason) {
            finish();
            articles++; // this problem speaks for the archive: no "no HTML pages" on top of it
            String where = records == 0 ? "" : " (after the record at offset " + lastOffset + ")";
            return new ReadProblem(name, reason + where);
        }

        private ReadItem toItem(WarcRecord record, String origin) throws IOException {
            byte[] payload;
            String charset;
            String target;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return null;
                }
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() >= 300 || !isHtml(http.contentType())) {
                    return null;
                }
                charset = http.contentType().parameters().get("charset");
                payload = readLimited(http.bodyDecoded().stream());
                target = response.target();
            } else if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
                charset = resource.contentType().parameters().get("charset");
                payload = readLimited(resource.body().stream());
                target = resource.target();
            } else {
                return null;
            }
            if (payload == null) {
                return new ReadProblem(origin, "too large: HTML payload over " + ByteSize.limit(maxPayloadBytes) + " limit");
            }
            HtmlExtraction extraction = html.extract(payload, charset, target);
            if (extraction instanceof HtmlExtraction.Refused refused) {
                return new ReadProblem(origin, refused.reason() + " (" + target + ")");
            }
            HtmlExtraction.Page page = (HtmlExtraction.Page) extraction;
            String text = TextNormalizer.normalize(page.text());
            if (text.length() > maxTextBytes) {
                return new ReadProblem(origin, "too large: extracted text over " + ByteSize.limit(maxTextBytes) + " limit");
            }
            String url = page.url() != null ? page.url() : target;
            return new ReadArticle(new Article(target, text, page.lang(), page.published(), page.title(), url,
                    page.site(), origin), null);
        }

        /** The payload, or null when it exceeds the limit; throws EOFException when the record is cut short. */
        private byte[] readLimited(InputStream body) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxPayloadBytes) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }

        @Override
        protected void release() {
            try {
                if (warc != null) {
                    warc.close();
                }
                in.close();
            } catch (IOException ignored) {
                // reading is over; nothing left to report
            }
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
