package org.annals.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annals.model.Article;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds with the JDK's StAX parser, one article per
 * {@code item}/{@code entry}, lazily, so a feed of any size streams.
 *
 * <p>An item's text is its headline followed by its richest body ({@code content:encoded} or Atom
 * {@code content}, else {@code description}/{@code summary}) with the markup stripped; its id is the
 * {@code guid}/{@code id}, else the link; its date the {@code pubDate}/{@code published}/{@code dc:date},
 * else {@code updated}; its language the channel's {@code language} or {@code xml:lang}; its source the
 * channel's title. Items without any text are problems; XML that stops parsing ends the feed with one
 * problem after the items read so far. DTDs and external entities are refused (no XXE).
 */
public final class FeedReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private final HtmlArticleExtractor html;
    private final long maxTextChars;

    public FeedReader(HtmlArticleExtractor html, long maxTextChars) {
        this.html = html;
        this.maxTextChars = maxTextChars;
    }

    /** Items of one feed; {@code name} is the feed's origin, items are {@code name#n} (1-based). */
    public Iterator<ReadItem> read(InputStream in, String name) {
        return new Items(in, name);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The fields of one item as read, before they become an article. */
    private static final class Entry {
        String title;
        String link;
        String id;
        String published;
        String updated;
        String summary;
        String content;
        String lang;
    }

    private final class Items extends LazyItems {
        private final InputStream in;
        private final String name;
        private XMLStreamReader xml;
        private int count;
        private int depth;
        private boolean inEntry;
        private String channelTitle;
        private String channelLang;

        Items(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        @Override
        protected ReadItem advance() {
            try {
                if (xml == null) {
                    xml = FACTORY.createXMLStreamReader(in);
                    ReadProblem notFeed = rootProblem();
                    if (notFeed != null) {
                        finish();
                        return notFeed;
                    }
                }
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    String local = xml.getLocalName();
                    if (local.equals("item") || local.equals("entry")) {
                        count++;
                        inEntry = true;
                        ReadItem item = toItem(readEntry(), name + "#" + count);
                        inEntry = false;
                        depth--;
                        return item;
                    }
                    // Channel-level fields sit directly under <channel> (RSS) or <feed> (Atom).
                    if (local.equals("title") && channelTitle == null && depth <= 3) {
                        channelTitle = blankToNull(xml.getElementText());
                        depth--;
                    } else if (local.equals("language") && channelLang == null) {
                        channelLang = HtmlArticleExtractor.languageCode(xml.getElementText());
                        depth--;
                    }
                }
                if (count == 0) {
                    count = -1;
                    return new ReadProblem(name, "feed without items");
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                finish();
                String where = e instanceof XMLStreamException x && x.getLocation() != null
                        ? "line " + x.getLocation().getLineNumber() + ": " : "";
                return new ReadProblem(inEntry ? name + "#" + count : name,
                        "feed XML error, rest of feed skipped: " + where + firstLine(e.getMessage()));
            }
        }

        /** Reads to the root element; the problem when it is not a feed, else null. */
        private ReadProblem rootProblem() throws XMLStreamException {
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // skip prolog, comments, processing instructions
            }
            if (!xml.isStartElement()) {
                return new ReadProblem(name, "empty feed");
            }
            depth = 1;
            String root = xml.getLocalName();
            if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
                return new ReadProblem(name, "XML root <" + root + "> is not an RSS or Atom feed");
            }
            channelLang = HtmlArticleExtractor.languageCode(xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang"));
            return null;
        }

        /** Reads the children of the current item/entry up to its end tag. */
        private Entry readEntry() throws XMLStreamException {
            Entry entry = new Entry();
            entry.lang = HtmlArticleExtractor.languageCode(xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang"));
            int level = 1;
            while (level > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    level--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (level > 1) {
                    // Only the item's own children count: a <media:title> inside <media:group> is not its title.
                    level++;
                    continue;
                }
                String local = xml.getLocalName();
                switch (local) {
                    case "title" -> entry.title = plain(markup());
                    case "link" -> {
                        String href = xml.getAttributeValue(null, "href");
                        String rel = xml.getAttributeValue(null, "rel");
                        String body = text();
                        if (href != null && (rel == null || rel.equals("alternate"))) {
                            entry.link = entry.link == null || rel != null ? href.strip() : entry.link;
                        } else if (href == null && body != null) {
                            entry.link = body.strip();
                        }
                    }
                    case "guid", "id" -> entry.id = text();
                    case "pubDate", "published", "issued" -> entry.published = text();
                    case "date" -> {
                        String date = text();
                        entry.published = entry.published == null ? date : entry.published;
                    }
                    case "updated", "modified" -> entry.updated = text();
                    case "description", "summary" -> entry.summary = markup();
                    case "encoded", "content" -> entry.content = markup();
                    default -> level++;
                }
            }
            return entry;
        }

        /**
         * Text of an element that should hold no markup (ids, links, dates); stray child elements do not
         * stop the feed (StAX's getElementText would throw on them).
         */
        private String text() throws XMLStreamException {
            String text = innerMarkup();
            return text == null ? null : text.strip();
        }

        /**
         * Content of an element that may hold markup: escaped HTML (RSS), CDATA, or child elements (Atom
         * {@code type="xhtml"}), returned as an HTML fragment.
         */
        private String markup() throws XMLStreamException {
            return innerMarkup();
        }

        /** Writes the current element's children as markup, leaving the reader on its end tag. */
        private String innerMarkup() throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            int level = 1;
            while (level > 0 && xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        level++;
                        out.append('<').append(xml.getLocalName()).append('>');
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        level--;
                        if (level > 0) {
                            out.append("</").append(xml.getLocalName()).append('>');
                        }
                    }
                    // Escaped or CDATA HTML arrives here as text: it is the fragment itself.
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            out.append(xml.getText());
                    default -> {
                    }
                }
            }
            return blankToNull(out.toString());
        }

        private ReadItem toItem(Entry entry, String origin) {
            String body = entry.content != null ? plain(entry.content) : plain(entry.summary);
            StringBuilder text = new StringBuilder();
            if (entry.title != null && (body == null || !body.startsWith(entry.title))) {
                text.append(entry.title);
            }
            if (body != null) {
                text.append(text.isEmpty() ? "" : "\n\n").append(body);
            }
            if (text.isEmpty()) {
                return new ReadProblem(origin, "feed item without title or text");
            }
            if (text.length() > maxTextChars) {
                return new ReadProblem(origin, "too large: feed item text of " + text.length() + " characters");
            }
            String id = entry.id != null ? entry.id.strip() : entry.link != null ? entry.link : origin;
            LocalDate published = PublicationDate.parse(entry.published);
            if (published == null) {
                published = PublicationDate.parse(entry.updated);
            }
            String lang = entry.lang != null ? entry.lang : channelLang;
            return new ReadArticle(new Article(id, TextNormalizer.normalize(text.toString()), lang, published,
                    entry.title, entry.link, channelTitle, origin), null);
        }

        private String plain(String markup) {
            if (markup == null) {
                return null;
            }
            return blankToNull(html.plainText(markup));
        }

        @Override
        protected void release() {
            try {
                if (xml != null) {
                    xml.close();
                }
                in.close();
            } catch (XMLStreamException | IOException ignored) {
                // the feed is finished; nothing left to report
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        String line = message.strip().lines().reduce((a, b) -> b).orElse(message).strip();
        return line.toLowerCase(Locale.ROOT).startsWith("message: ") ? line.substring(9) : line;
    }
}
