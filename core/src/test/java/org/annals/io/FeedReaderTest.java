package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Le Courrier de l'Est</title>
                <link>https://courrier.example/</link>
                <language>fr-fr</language>
                <image><title>Logo du journal</title><url>https://courrier.example/logo.png</url></image>
                <item>
                  <title>Rencontre à Varsovie</title>
                  <link>https://courrier.example/2023/rencontre-varsovie</link>
                  <guid isPermaLink="false">courrier-4411</guid>
                  <pubDate>Tue, 14 Mar 2023 08:15:00 +0100</pubDate>
                  <description>&lt;p&gt;Les deux ministres se sont &lt;b&gt;rencontrés&lt;/b&gt; mardi.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Les deux ministres se sont rencontrés mardi à Varsovie.</p><p>Ils ont signé un accord.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Grève des transports</title>
                  <media:group xmlns:media="http://search.yahoo.com/mrss/"><media:title>Photo des manifestants</media:title></media:group>
                  <link>https://courrier.example/2023/greve</link>
                  <dc:date>2023-03-15T06:00:00Z</dc:date>
                  <description>Les syndicats appellent à la grève jeudi.</description>
                </item>
                <item><link>https://courrier.example/vide</link></item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Capital Wire</title>
              <entry>
                <title type="html">Talks in &lt;i&gt;Vienna&lt;/i&gt;</title>
                <link rel="self" href="https://wire.example/api/1"/>
                <link rel="alternate" href="https://wire.example/vienna-talks"/>
                <id>tag:wire.example,2023:1</id>
                <updated>2023-04-02T10:00:00Z</updated>
                <published>2023-04-01T22:00:00Z</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Negotiators met in Vienna on Saturday.</p><p>No deal was reached.</p></div></content>
              </entry>
              <entry xml:lang="de">
                <title>Gipfel in Wien</title>
                <link href="https://wire.example/gipfel"/>
                <id>tag:wire.example,2023:2</id>
                <updated>2023-04-03T10:00:00Z</updated>
                <summary>Die Verhandlungen gehen weiter.</summary>
              </entry>
            </feed>
            """;

    private static List<ReadItem> read(String xml) {
        List<ReadItem> items = new ArrayList<>();
        new FeedReader(new HtmlArticleExtractor(), 1 << 20)
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "feed.xml").forEachRemaining(items::add);
        return items;
    }

    @Test
    void rssItems() {
        List<ReadItem> items = read(RSS);
        assertEquals(3, items.size(), items::toString);
        Article first = assertInstanceOf(ReadArticle.class, items.get(0)).article();
        assertEquals("courrier-4411", first.id());
        assertEquals("Rencontre à Varsovie\n\nLes deux ministres se sont rencontrés mardi à Varsovie.\n\nIls ont signé un accord.",
                first.text());
        assertEquals("Rencontre à Varsovie", first.title());
        assertEquals("https://courrier.example/2023/rencontre-varsovie", first.url());
        assertEquals(LocalDate.of(2023, 3, 14), first.published());
        assertEquals("fr", first.lang());
        assertEquals("Le Courrier de l'Est", first.source());
        assertEquals("feed.xml#1", first.origin());

        Article second = assertInstanceOf(ReadArticle.class, items.get(1)).article();
        assertEquals("https://courrier.example/2023/greve", second.id());
        assertEquals("Grève des transports\n\nLes syndicats appellent à la grève jeudi.", second.text());
        assertEquals(LocalDate.of(2023, 3, 15), second.published());

        assertEquals(new ReadProblem("feed.xml#3", "feed item without title or text"), items.get(2));
    }

    @Test
    void atomEntries() {
        List<ReadItem> items = read(ATOM);
        assertEquals(2, items.size(), items::toString);
        Article vienna = assertInstanceOf(ReadArticle.class, items.get(0)).article();
        assertEquals("tag:wire.example,2023:1", vienna.id());
        assertEquals("Talks in Vienna\n\nNegotiators met in Vienna on Saturday.\n\nNo deal was reached.", vienna.text());
        assertEquals("https://wire.example/vienna-talks", vienna.url());
        assertEquals(LocalDate.of(2023, 4, 1), vienna.published());
        assertEquals("en", vienna.lang());
        assertEquals("Capital Wire", vienna.source());
        Article wien = assertInstanceOf(ReadArticle.class, items.get(1)).article();
        assertEquals("de", wien.lang());
        assertEquals(LocalDate.of(2023, 4, 3), wien.published());
        assertEquals("https://wire.example/gipfel", wien.url());
    }

    @Test
    void brokenXmlKeepsItemsReadBeforeIt() {
        String broken = RSS.substring(0, RSS.indexOf("<item><link>https://courrier.example/vide")) + "<item><title>Cut</ti";
        List<ReadItem> items = read(broken);
        assertEquals(3, items.size(), items::toString);
        assertInstanceOf(ReadArticle.class, items.get(0));
        assertInstanceOf(ReadArticle.class, items.get(1));
        ReadProblem problem = assertInstanceOf(ReadProblem.class, items.get(2));
        assertEquals("feed.xml#3", problem.origin());
        assertTrue(problem.reason().startsWith("feed XML error, rest of feed skipped"), problem.reason());
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>x</title><item><title>&secret;</title></item></channel></rss>
                """;
        for (ReadItem item : read(xxe)) {
            if (item instanceof ReadArticle a) {
                assertTrue(!a.article().text().contains("root:"), a.article().text());
            }
        }
    }

    @Test
    void notAFeed() {
        assertEquals(List.of(new ReadProblem("feed.xml", "XML root <html> is not an RSS or Atom feed")),
                read("<?xml version=\"1.0\"?><html><body/></html>"));
        assertEquals(List.of(new ReadProblem("feed.xml", "feed without items")),
                read("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"));
        assertNull(null);
    }
}
