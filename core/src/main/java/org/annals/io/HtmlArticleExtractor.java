package org.annals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Extracts the main text and the metadata of a news page.
 *
 * <p>Boilerplate removal works on text blocks, in the manner of jusText and boilerpipe. Elements that never
 * hold article text (scripts, styles, forms, {@code nav}, {@code footer}, {@code aside}, page headers, ARIA
 * navigation landmarks, hidden elements, and containers whose class or id names comments, sharing, related
 * links, cookies and the like) are dropped. What remains is cut into blocks at block-level elements, and
 * each block is classified by its length and link density: link lists are boilerplate, long blocks with few
 * links are content, short and medium blocks take the class of their neighbours, and a heading is kept when
 * content follows it. The blocks kept form the text, in document order, separated by blank lines.
 *
 * <p>Metadata: title from {@code og:title}, then {@code <title>}, then the first {@code <h1>}; publication
 * date from JSON-LD {@code datePublished}, {@code article:published_time} and similar meta tags, then a
 * {@code <time datetime>} of the article; URL from {@code <link rel=canonical>}, then {@code og:url}, then
 * the address the page was fetched from; language from {@code <html lang>}, {@code content-language} or
 * {@code og:locale}. Thread-safe.
 */
public final class HtmlArticleExtractor {

    /** Blocks with at least this many characters and few links are content on their own. */
    private static final int LONG_BLOCK_CHARS = 120;
    /** Blocks shorter than this decide nothing by themselves (dates, bylines, captions, buttons). */
    private static final int SHORT_BLOCK_CHARS = 40;
    /** Share of a block's characters inside links above which the block is navigation. */
    private static final double MAX_LINK_DENSITY = 0.33;
    /** How many blocks after a heading may separate it from the content it introduces. */
    private static final int HEADING_REACH = 2;

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "form", "button", "select", "input", "textarea", "nav", "footer", "aside",
            "menu", "dialog", "head", "video", "audio", "map");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "menu", "menubar", "dialog", "alert");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "div", "section", "article", "main", "header", "figure",
            "figcaption", "table", "tr", "td", "th", "caption", "address", "hr", "br", "body", "center", "details",
            "summary", "tbody", "thead");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Class or id words of page furniture (matched as whole words of the attribute, case-insensitively). */
    private static final Pattern FURNITURE = words("comments?|cookies?|consent|newsletter|related|recommended|"
            + "breadcrumbs?|pagination|pager|paywall|popup|modal|skip-link|navbar|nav|menu|footer");
    /** Words that usually mark furniture but also appear on article containers ("story-body social-enabled"). */
    private static final Pattern MAYBE_FURNITURE = words("share|sharing|social|promo|advert|advertisement|ads?|"
            + "sponsored|sidebar|widget|tags|subscribe");
    /** Words of containers that hold the article; they overrule {@link #MAYBE_FURNITURE}. */
    private static final Pattern ARTICLE_CONTAINER = words("article|body|content|entry|main|post|story|text|column");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses HTML bytes (charset from the BOM or {@code <meta charset>}, else {@code charset}, else UTF-8). */
    public HtmlExtraction extract(byte[] html, String charset, String baseUri) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // An unknown charset name in the page or the HTTP header: fall back to UTF-8 rather than refuse.
            return extract(html, "UTF-8", baseUri);
        }
        return extract(document);
    }

    /** Extracts from HTML source text; {@code baseUri} (may be null) resolves relative links. */
    public HtmlExtraction extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /** Extracts from a parsed document. The document is not modified. */
    public HtmlExtraction extract(Document document) {
        Element body = document.body();
        if (body == null || body.childNodeSize() == 0 || body.text().isBlank()) {
            return new HtmlExtraction.Refused("HTML page without body text");
        }
        String title = title(document);
        String url = url(document);
        Page page = new Page();
        page.collect(body);
        List<Block> blocks = page.blocks;
        String text = MainText.of(blocks);
        if (text.isEmpty()) {
            return new HtmlExtraction.Refused("no article text in HTML page (" + blocks.size()
                    + " text blocks, all navigation or page furniture)");
        }
        return new HtmlExtraction.Page(text, title, language(document), published(document), url, site(document, url));
    }

    /** Collapses whitespace and converts a fragment of markup (a feed's description) into plain paragraphs. */
    public String plainText(String htmlFragment) {
        Document document = Jsoup.parseBodyFragment(htmlFragment);
        Page page = new Page();
        page.collect(document.body());
        StringBuilder text = new StringBuilder();
        for (Block block : page.blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(block.text);
        }
        return text.toString();
    }

    // ---- blocks ----

    /** One run of text between block boundaries, with the part of it inside links. */
    private record Block(String text, int linkChars, boolean heading) {
        int chars() {
            return text.length();
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    /** Cuts a cleaned body into blocks, in document order. */
    private static final class Page {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int currentLinkChars;
        private boolean currentHeading;

        void collect(Element root) {
            walk(root, false);
            flush();
        }

        private void walk(Node node, boolean inLink) {
            if (node instanceof TextNode text) {
                append(text.getWholeText(), inLink);
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (isFurniture(element)) {
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
                currentHeading = HEADINGS.contains(tag);
            }
            boolean link = inLink || tag.equals("a");
            for (Node child : element.childNodes()) {
                walk(child, link);
            }
            if (block) {
                flush();
            }
        }

        private void append(String raw, boolean inLink) {
            String text = SPACES.matcher(raw).replaceAll(" ");
            if (text.isEmpty()) {
                return;
            }
            if (current.isEmpty() || current.charAt(current.length() - 1) == ' ') {
                text = text.stripLeading();
            }
            current.append(text);
            if (inLink) {
                currentLinkChars += text.strip().length();
            }
        }

        private void flush() {
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, Math.min(currentLinkChars, text.length()), currentHeading));
            }
            current.setLength(0);
            currentLinkChars = 0;
            currentHeading = false;
        }
    }

    private static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || SPACES.matcher(element.attr("style")).replaceAll("").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        if (NON_CONTENT_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("header") && element.closest("article, main") == null) {
            return true; // the site's masthead, not an article's own header (which holds its headline)
        }
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
            return false; // a furniture-sounding class on the page's own containers must not drop the page
        }
        String names = element.className() + " " + element.id();
        return FURNITURE.matcher(names).find()
                || MAYBE_FURNITURE.matcher(names).find() && !ARTICLE_CONTAINER.matcher(names).find();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)(?:^|[\\s_-])(?:" + alternatives + ")(?:$|[\\s_-])");
    }

    /** Classifies blocks as content or boilerplate and joins the content. */
    private static final class MainText {
        private enum Kind { GOOD, BAD, NEAR_GOOD, SHORT }

        static String of(List<Block> blocks) {
            Kind[] kinds = classify(blocks, false);
            if (!contains(kinds, Kind.GOOD)) {
                // A short dispatch may have no long paragraph: let medium blocks carry it.
                kinds = classify(blocks, true);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < blocks.size(); i++) {
                boolean keep = kinds[i] == Kind.GOOD
                        || blocks.get(i).heading() && kinds[i] != Kind.BAD && goodWithin(kinds, i);
                if (keep) {
                    if (!text.isEmpty()) {
                        text.append("\n\n");
                    }
                    text.append(blocks.get(i).text());
                }
            }
            return text.toString();
        }

        private static Kind[] classify(List<Block> blocks, boolean mediumIsGood) {
            Kind[] initial = new Kind[blocks.size()];
            for (int i = 0; i < initial.length; i++) {
                Block b = blocks.get(i);
                if (b.linkDensity() > MAX_LINK_DENSITY) {
                    initial[i] = Kind.BAD;
                } else if (b.chars() >= LONG_BLOCK_CHARS || mediumIsGood && b.chars() >= SHORT_BLOCK_CHARS && !b.heading()) {
                    initial[i] = Kind.GOOD;
                } else if (b.chars() >= SHORT_BLOCK_CHARS) {
                    initial[i] = Kind.NEAR_GOOD;
                } else {
                    initial[i] = Kind.SHORT;
                }
            }
            // Medium blocks next to content are content (a short paragraph of an article).
            Kind[] kinds = initial.clone();
            for (int i = 0; i < kinds.length; i++) {
                if (initial[i] == Kind.NEAR_GOOD) {
                    Kind before = neighbour(initial, i, -1);
                    Kind after = neighbour(initial, i, +1);
                    kinds[i] = before == Kind.GOOD || after == Kind.GOOD ? Kind.GOOD : Kind.BAD;
                }
            }
            // Short blocks inside content (a one-line quote, a dateline) are content; elsewhere boilerplate.
            Kind[] result = kinds.clone();
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == Kind.SHORT && !blocks.get(i).heading()) {
                    Kind before = neighbour(kinds, i, -1);
                    Kind after = neighbour(kinds, i, +1);
                    result[i] = before == Kind.GOOD && after == Kind.GOOD ? Kind.GOOD : Kind.BAD;
                }
            }
            return result;
        }

        /** The nearest class in a direction, skipping short blocks; BAD at the edges. */
        private static Kind neighbour(Kind[] kinds, int from, int step) {
            for (int j = from + step; j >= 0 && j < kinds.length; j += step) {
                if (kinds[j] != Kind.SHORT) {
                    return kinds[j];
                }
            }
            return Kind.BAD;
        }

        private static boolean goodWithin(Kind[] kinds, int heading) {
            for (int j = heading + 1; j < kinds.length && j <= heading + HEADING_REACH; j++) {
                if (kinds[j] == Kind.GOOD) {
                    return true;
                }
            }
            return false;
        }

        private static boolean contains(Kind[] kinds, Kind kind) {
            for (Kind k : kinds) {
                if (k == kind) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- metadata ----

    private static String title(Document document) {
        String title = meta(document, "og:title");
        if (title == null) {
            title = clean(document.title());
        }
        if (title == null) {
            Element h1 = document.selectFirst("h1");
            title = h1 == null ? null : clean(h1.text());
        }
        return title;
    }

    private static String url(Document document) {
        Element canonical = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = canonical == null ? null : clean(canonical.absUrl("href"));
        if (url == null && canonical != null) {
            url = clean(canonical.attr("href"));
        }
        if (url == null) {
            url = meta(document, "og:url");
        }
        if (url == null) {
            url = clean(document.location());
        }
        return url;
    }

    private static String language(Document document) {
        Element html = document.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        if (html != null) {
            candidates.add(html.attr("lang"));
            candidates.add(html.attr("xml:lang"));
        }
        Element contentLanguage = document.selectFirst("meta[http-equiv~=(?i)^content-language$][content]");
        if (contentLanguage != null) {
            candidates.add(contentLanguage.attr("content"));
        }
        candidates.add(meta(document, "og:locale"));
        for (String candidate : candidates) {
            String code = languageCode(candidate);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The primary subtag of a language tag ("fr-FR", "fr_FR" → "fr"), or {@code null}. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        var m = LANGUAGE_TAG.matcher(tag.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static LocalDate published(Document document) {
        LocalDate date = jsonLdDate(document);
        if (date != null) {
            return date;
        }
        for (String name : List.of("article:published_time", "datePublished", "og:published_time", "pubdate",
                "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
                "sailthru.date", "parsely-pub-date")) {
            date = PublicationDate.parse(meta(document, name));
            if (date != null) {
                return date;
            }
        }
        Element time = document.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
        if (time == null) {
            time = document.selectFirst("article time[datetime], main time[datetime]");
        }
        return time == null ? null : PublicationDate.parse(time.attr("datetime"));
    }

    private static LocalDate jsonLdDate(Document document) {
        LocalDate any = null;
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException e) {
                continue; // broken structured data is common; other metadata may still serve
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes);
            for (JsonNode node : nodes) {
                LocalDate date = PublicationDate.parse(node.path("datePublished").asText(null));
                if (date == null) {
                    continue;
                }
                if (node.path("@type").toString().contains("Article")) {
                    return date;
                }
                if (any == null) {
                    any = date;
                }
            }
        }
        return any;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static String site(Document document, String url) {
        String site = meta(document, "og:site_name");
        if (site != null || url == null) {
            return site;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The content of {@code <meta property=name>}, {@code <meta name=name>} or {@code <meta itemprop=name>}. */
    private static String meta(Document document, String name) {
        for (Element meta : document.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String value = clean(meta.attr("content"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = SPACES.matcher(value).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
