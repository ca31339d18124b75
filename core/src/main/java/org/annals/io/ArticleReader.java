package org.annals.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.annals.model.Article;

/**
 * Reads articles from plain-text files, JSONL files, HTML pages, RSS/Atom feeds, WARC archives,
 * directories and standard input.
 *
 * <p>Every input yields a lazy stream of {@link ReadItem}s: one {@link ReadArticle} per article that could
 * be read and one {@link ReadProblem} per input (or JSONL line) that could not, with a one-line reason.
 * Bad input never throws and never stops the other inputs; each article appears exactly once, in input order.
 * Close the stream (try-with-resources) to release files.
 *
 * <p>Plain text: decoded by {@link TextDecoder}; the id is the file name without extension. JSONL: one
 * object per line, parsed by {@link JsonArticleParser}; blank lines are skipped; origins are
 * {@code "file.jsonl:12"}. HTML pages go through {@link HtmlArticleExtractor} (main text and metadata), feeds
 * through {@link FeedReader} (origins {@code "feed.xml#3"}), WARC archives through {@link WarcArticleReader}
 * (origins {@code "crawl.warc.gz@1234"}). With {@link InputFormat#AUTO} the format comes from the file
 * extension and, when that says nothing, from the first bytes ({@link #detect}). All article text is normalized by {@link TextNormalizer}: a leading BOM is removed
 * and CRLF and lone CR become {@code \n}; every offset Annals reports refers to that normalized text.
 */
public final class ArticleReader {

    /** Default limit on the text of one article. */
    public static final long DEFAULT_MAX_BYTES = 2 * ByteSize.MB;

    /** Name used for standard input in origins and ids. */
    public static final String STDIN = "stdin";

    private final long maxBytes;
    private final TextDecoder decoder;
    private final JsonArticleParser jsonParser;
    private final HtmlArticleExtractor htmlExtractor = new HtmlArticleExtractor();

    /** HTML pages, WARC payloads: markup makes a page several times larger than its text. */
    private static final int MARKUP_FACTOR = 8;
    /** How much of a file {@link #detect} looks at. */
    private static final int SNIFF_BYTES = 2048;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, new TextDecoder());
    }

    public ArticleReader(long maxBytes) {
        this(maxBytes, new TextDecoder());
    }

    public ArticleReader(long maxBytes, TextDecoder decoder) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.decoder = decoder;
        this.jsonParser = new JsonArticleParser(maxBytes);
    }

    /**
     * Reads command-line inputs in order: paths (files or directories) and {@code "-"} for {@code stdin}.
     * {@code format} AUTO picks the format of each file by {@link #detect} (stdin: text).
     */
    public Stream<ReadItem> readAll(List<String> inputs, InputFormat format, InputStream stdin) {
        return inputs.stream().flatMap(input -> input.equals("-")
                ? read(stdin, STDIN, format == InputFormat.JSONL ? InputFormat.JSONL : InputFormat.TEXT)
                : read(Path.of(input), format));
    }

    /** Reads one path by its extension. */
    public Stream<ReadItem> read(Path path) {
        return read(path, InputFormat.AUTO);
    }

    /** Reads one file, or every regular file under a directory (sorted, hidden files skipped). */
    public Stream<ReadItem> read(Path path, InputFormat format) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path.relativize(p)))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(new ReadProblem(path.toString(), "cannot list directory: " + describe(e)));
            }
            if (files.isEmpty()) {
                return Stream.of(new ReadProblem(path.toString(), "empty directory"));
            }
            return files.stream().flatMap(file -> read(file, format));
        }
        String origin = path.toString();
        if (!Files.exists(path)) {
            return Stream.of(new ReadProblem(origin, "no such file"));
        }
        InputFormat actual = format == InputFormat.AUTO ? detect(path) : format;
        try {
            return switch (actual) {
                case JSONL -> readJsonl(Files.newInputStream(path), origin);
                case FEED -> readFeed(Files.newInputStream(path), origin);
                case WARC -> readWarc(Files.newInputStream(path), origin);
                case HTML -> Stream.of(readHtmlFile(path));
                default -> Stream.of(readTextFile(path));
            };
        } catch (IOException e) {
            return Stream.of(new ReadProblem(origin, "cannot read: " + describe(e)));
        }
    }

    /**
     * The format of a file: by extension ({@code .jsonl}; {@code .html .htm .xhtml .shtml}; {@code .rss
     * .atom}; {@code .warc .warc.gz}), else by its first bytes (a WARC version line, an RSS/Atom/RDF root
     * element, an HTML document), else plain text. Unreadable files are TEXT (reading them reports why).
     */
    public static InputFormat detect(Path path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            return InputFormat.HTML;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return InputFormat.FEED;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return InputFormat.WARC;
        }
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return InputFormat.TEXT;
        }
        return sniff(java.util.Arrays.copyOf(head, n));
    }

    /** The format the first bytes of an input suggest (see {@link #detect}). */
    static InputFormat sniff(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/1.")) {
            return InputFormat.WARC;
        }
        String text = start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) : start;
        String lower = text.toLowerCase(Locale.ROOT);
        int root = firstElement(lower);
        if (root >= 0 && (lower.startsWith("<rss", root) || lower.startsWith("<feed", root) || lower.startsWith("<rdf:rdf", root))) {
            return InputFormat.FEED;
        }
        return TextDecoder.looksLikeHtml(text) ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** Index of the first element's '<' after the XML prolog (declaration, comments, doctype), or -1. */
    private static int firstElement(String lower) {
        int i = 0;
        while (true) {
            while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (lower.startsWith("<?", i)) {
                i = lower.indexOf("?>", i);
            } else if (lower.startsWith("<!--", i)) {
                i = lower.indexOf("-->", i);
            } else if (lower.startsWith("<!doctype", i)) {
                return -1; // a doctype means HTML here: feeds do not declare one
            } else {
                return lower.startsWith("<", i) ? i : -1;
            }
            if (i < 0) {
                return -1;
            }
            i += 2;
        }
    }

    private ReadItem readHtmlFile(Path path) {
        String origin = path.toString();
        try {
            long size = Files.size(path);
            if (size > MARKUP_FACTOR * maxBytes) {
                return new ReadProblem(origin, "too large: " + ByteSize.precise(size) + " > "
                        + ByteSize.limit(MARKUP_FACTOR * maxBytes) + " limit for an HTML page");
            }
            return htmlItem(Files.readAllBytes(path), origin, idOf(fileName(path)));
        } catch (NoSuchFileException e) {
            return new ReadProblem(origin, "no such file");
        } catch (IOException e) {
            return new ReadProblem(origin, "cannot read: " + describe(e));
        }
    }

    private ReadItem htmlItem(byte[] bytes, String origin, String id) {
        if (bytes.length == 0) {
            return new ReadProblem(origin, "empty file");
        }
        HtmlExtraction extraction = htmlExtractor.extract(bytes, null, null);
        if (extraction instanceof HtmlExtraction.Refused refused) {
            return new ReadProblem(origin, refused.reason());
        }
        HtmlExtraction.Page page = (HtmlExtraction.Page) extraction;
        String text = TextNormalizer.normalize(page.text());
        if (text.length() > maxBytes) {
            return new ReadProblem(origin, "too large: text of HTML page over " + ByteSize.limit(maxBytes) + " limit");
        }
        return new ReadArticle(new Article(id, text, page.lang(), page.published(), page.title(), page.url(),
                page.site(), origin), null);
    }

    private Stream<ReadItem> readFeed(InputStream in, String name) {
        return lazily(new FeedReader(htmlExtractor, maxBytes).read(in, name), in);
    }

    private Stream<ReadItem> readWarc(InputStream in, String name) {
        return lazily(new WarcArticleReader(htmlExtractor, MARKUP_FACTOR * maxBytes, maxBytes).read(in, name), in);
    }

    private static Stream<ReadItem> lazily(Iterator<ReadItem> items, InputStream in) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // nothing left to report on a stream being discarded
                    }
                });
    }

    /**
     * Reads a stream (typically standard input) in the given format (AUTO means TEXT); {@code name} is its
     * origin.
     */
    public Stream<ReadItem> read(InputStream in, String name, InputFormat format) {
        switch (format) {
            case JSONL:
                return readJsonl(in, name);
            case FEED:
                return readFeed(in, name);
            case WARC:
                return readWarc(in, name);
            default:
                break;
        }
        try {
            long limit = format == InputFormat.HTML ? MARKUP_FACTOR * maxBytes : maxBytes;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long total = in.transferTo(new LimitedSink(out, limit));
            if (total > limit) {
                return Stream.of(new ReadProblem(name, "too large: " + ByteSize.precise(total) + " > " + ByteSize.limit(limit) + " limit"));
            }
            return Stream.of(format == InputFormat.HTML ? htmlItem(out.toByteArray(), name, idOf(name))
                    : textItem(out.toByteArray(), name, idOf(name)));
        } catch (IOException e) {
            return Stream.of(new ReadProblem(name, "cannot read: " + describe(e)));
        }
    }

    private ReadItem readTextFile(Path path) {
        String origin = path.toString();
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return tooLarge(origin, size);
            }
            return textItem(Files.readAllBytes(path), origin, idOf(fileName(path)));
        } catch (NoSuchFileException e) {
            return new ReadProblem(origin, "no such file");
        } catch (IOException e) {
            return new ReadProblem(origin, "cannot read: " + describe(e));
        }
    }

    private ReadItem textItem(byte[] bytes, String origin, String id) {
        DecodedText decoded = decoder.decode(bytes);
        if (decoded instanceof DecodedText.Text text) {
            return new ReadArticle(new Article(id, text.text(), null, null, null, null, null, origin), text.notice());
        }
        return new ReadProblem(origin, ((DecodedText.Refused) decoded).reason());
    }

    private ReadProblem tooLarge(String origin, long size) {
        return new ReadProblem(origin, "too large: " + ByteSize.precise(size) + " > " + ByteSize.limit(maxBytes) + " limit");
    }

    private Stream<ReadItem> readJsonl(InputStream in, String name) {
        // JSON escapes can make a line several times longer than the text it carries.
        long maxLineBytes = Math.min(Integer.MAX_VALUE - 16, 6 * maxBytes + 65_536);
        Iterator<ReadItem> items = new JsonlItems(new ByteLines(in, maxLineBytes), name);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // nothing left to report on a stream being discarded
                    }
                });
    }

    /** Iterates the lines of one JSONL input, turning each non-blank line into one item. */
    private final class JsonlItems extends LazyItems {
        private final ByteLines lines;
        private final String name;
        private boolean sawArticleOrProblem;

        JsonlItems(ByteLines lines, String name) {
            this.lines = lines;
            this.name = name;
        }

        @Override
        protected ReadItem advance() {
            while (!finished()) {
                ByteLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    sawArticleOrProblem = true;
                    finish();
                    return new ReadProblem(name, "read error: " + describe(e));
                }
                if (line == null) {
                    if (!sawArticleOrProblem) {
                        sawArticleOrProblem = true;
                        return new ReadProblem(name, "empty file (no JSON lines)");
                    }
                    return null;
                }
                String origin = name + ":" + line.number();
                if (line.bytes() == null) {
                    sawArticleOrProblem = true;
                    return tooLarge(origin, line.length());
                }
                String json;
                try {
                    json = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(line.bytes())).toString();
                } catch (CharacterCodingException e) {
                    sawArticleOrProblem = true;
                    return new ReadProblem(origin, "not valid UTF-8 (JSON lines must be UTF-8)");
                }
                if (line.number() == 1 && json.startsWith("\uFEFF")) {
                    json = json.substring(1);
                }
                if (json.isBlank()) {
                    continue;
                }
                sawArticleOrProblem = true;
                return jsonParser.parse(json, origin);
            }
            return null;
        }
    }

    /** Counts everything written but keeps only the first {@code limit + 1} bytes. */
    private static final class LimitedSink extends java.io.OutputStream {
        private final ByteArrayOutputStream out;
        private final long limit;
        private long count;

        LimitedSink(ByteArrayOutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) {
            if (count++ <= limit) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            long room = Math.max(0, limit + 1 - count);
            out.write(b, off, (int) Math.min(room, len));
            count += len;
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** File name without its last extension: "news-2022.txt" → "news-2022". */
    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
