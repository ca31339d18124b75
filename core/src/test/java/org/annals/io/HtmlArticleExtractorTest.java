package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    /** A team-written news page with the usual furniture around a three-paragraph article. */
    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="fr-FR">
            <head>
              <meta charset="utf-8">
              <title>Sommet à Vilnius : les ministres s'accordent | Le Quotidien du Nord</title>
              <meta property="og:title" content="Sommet à Vilnius : les ministres s'accordent">
              <meta property="og:site_name" content="Le Quotidien du Nord">
              <meta property="og:url" content="https://quotidien.example/og-url">
              <link rel="canonical" href="/international/2023/03/sommet-vilnius">
              <meta property="article:published_time" content="2023-03-14T08:15:00+02:00">
              <script>var tracking = "ne doit pas apparaître dans le texte de l'article, jamais, sous aucun prétexte";</script>
              <style>p { color: black; }</style>
            </head>
            <body>
              <header class="site-header"><a href="/">Le Quotidien du Nord</a>
                <nav><ul><li><a href="/politique">Politique</a></li><li><a href="/monde">Monde</a></li>
                <li><a href="/economie">Économie</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              </header>
              <div class="breadcrumb"><a href="/">Accueil</a> › <a href="/international">International</a></div>
              <main>
                <article>
                  <h1>Sommet à Vilnius : les ministres s'accordent</h1>
                  <p class="byline">Par Anne Dupré</p>
                  <p>Les ministres des affaires étrangères de la Lituanie et de la Pologne se sont rencontrés mardi à Vilnius pour discuter de la sécurité régionale et de l'approvisionnement en énergie.</p>
                  <p>« Nous avançons ensemble », a déclaré le ministre lituanien.</p>
                  <p>Selon un communiqué publié à l'issue de la rencontre, les deux pays ont signé un accord de coopération portant sur la protection des infrastructures critiques.</p>
                  <div class="share-buttons"><a href="#">Partager sur un réseau</a> <a href="#">Envoyer par courriel à un ami</a></div>
                </article>
                <aside><h2>À lire aussi</h2><p>Un long paragraphe de recommandation qui parle d'autre chose et qui est placé dans un encadré latéral de la page.</p></aside>
                <section class="related-articles">
                  <h2>Articles liés</h2>
                  <ul><li><a href="/a">Un autre sommet se tient à Riga la semaine prochaine, avec les ministres baltes</a></li>
                  <li><a href="/b">La Pologne annonce un nouveau budget de défense pour l'année prochaine</a></li></ul>
                </section>
              </main>
              <div id="comments"><p>Commentaire d'un lecteur très mécontent qui écrit un long message sans aucun rapport avec l'article lui-même.</p></div>
              <footer><p>© Le Quotidien du Nord — Mentions légales — Contact — Publicité — Plan du site — Conditions générales</p></footer>
            </body>
            </html>
            """;

    @Test
    void keepsArticleParagraphsInOrderAndDropsFurniture() {
        HtmlExtraction.Page page = page(extractor.extract(NEWS_PAGE, "https://quotidien.example/x?id=1"));
        assertEquals("""
                Sommet à Vilnius : les ministres s'accordent

                Par Anne Dupré

                Les ministres des affaires étrangères de la Lituanie et de la Pologne se sont rencontrés mardi à Vilnius \
                pour discuter de la sécurité régionale et de l'approvisionnement en énergie.

                « Nous avançons ensemble », a déclaré le ministre lituanien.

                Selon un communiqué publié à l'issue de la rencontre, les deux pays ont signé un accord de coopération \
                portant sur la protection des infrastructures critiques.""", page.text());
    }

    @Test
    void readsMetadata() {
        HtmlExtraction.Page page = page(extractor.extract(NEWS_PAGE, "https://quotidien.example/x?id=1"));
        assertEquals("Sommet à Vilnius : les ministres s'accordent", page.title());
        assertEquals("fr", page.lang());
        assertEquals(LocalDate.of(2023, 3, 14), page.published());
        assertEquals("https://quotidien.example/international/2023/03/sommet-vilnius", page.url());
        assertEquals("Le Quotidien du Nord", page.site());
    }

    @Test
    void dateFromJsonLdAndTimeElement() {
        String jsonLd = """
                <html><head><title>Talks in Geneva</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example Wire"},
                  {"@type":["NewsArticle"],"headline":"Talks","datePublished":"2021-11-30T22:10:00Z"}]}</script>
                </head><body><article><p>Delegations from both governments met in Geneva on Tuesday and agreed to \
                continue the talks next month, officials said after the meeting ended late in the evening.</p></article></body></html>
                """;
        HtmlExtraction.Page page = page(extractor.extract(jsonLd, null));
        assertEquals(LocalDate.of(2021, 11, 30), page.published());
        assertEquals("Talks in Geneva", page.title());
        assertNull(page.lang());
        assertNull(page.url());

        String time = """
                <html lang="de"><body><article><h1>Gespräche in Bern</h1><time datetime="2020-06-02">2. Juni</time>
                <p>Die Außenminister beider Länder trafen sich am Dienstag in Bern und vereinbarten, die Gespräche \
                im kommenden Monat fortzusetzen, teilte das Ministerium mit.</p></article></body></html>
                """;
        HtmlExtraction.Page dated = page(extractor.extract(time, "https://www.zeitung.example/a/1"));
        assertEquals(LocalDate.of(2020, 6, 2), dated.published());
        assertEquals("de", dated.lang());
        assertEquals("Gespräche in Bern", dated.title());
        assertEquals("zeitung.example", dated.site());
        assertTrue(dated.text().startsWith("Gespräche in Bern\n\n"), dated.text());
    }

    @Test
    void shortDispatchWithoutLongParagraphIsKept() {
        String html = """
                <html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="story"><p>The president arrived in Nairobi on Monday for a visit.</p>
                <p>He will meet the prime minister on Tuesday morning.</p></div></body></html>
                """;
        HtmlExtraction.Page page = page(extractor.extract(html, null));
        assertEquals("The president arrived in Nairobi on Monday for a visit.\n\n"
                + "He will meet the prime minister on Tuesday morning.", page.text());
    }

    @Test
    void articleContainerWithAFurnitureSoundingClassIsKept() {
        String html = """
                <html><body><div class="story-body social-enabled"><p>The parliament approved the budget on Friday                 after a debate that lasted more than twelve hours, the speaker announced in the evening.</p></div>
                <div class="social-links"><p>Follow us on every network you can think of, and on a few others.</p></div>
                </body></html>
                """;
        assertEquals("The parliament approved the budget on Friday after a debate that lasted more than twelve hours,"
                + " the speaker announced in the evening.", page(extractor.extract(html, null)).text());
    }

    @Test
    void pagesWithoutTextAreRefusedWithOneLine() {
        assertEquals("HTML page without body text",
                refused(extractor.extract("<html><head><title>Nothing</title></head></html>", null)));
        assertEquals("HTML page without body text",
                refused(extractor.extract("<!doctype html><html><head><title>x</title></head><body>  </body></html>", null)));
        String onlyLinks = "<html><body><ul><li><a href=/a>Politics and government news today</a></li>"
                + "<li><a href=/b>World news from every continent and region</a></li></ul></body></html>";
        String reason = refused(extractor.extract(onlyLinks, null));
        assertTrue(reason.startsWith("no article text in HTML page"), reason);
        assertFalse(reason.contains("\n"));
    }

    @Test
    void charsetFromMetaTag() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le président a rencontré son "
                + "homologue à Genève pour une réunion consacrée à la sécurité et à l'énergie en Europe.</p></body></html>";
        HtmlExtraction.Page page = page(extractor.extract(html.getBytes(java.nio.charset.Charset.forName("windows-1252")), null, null));
        assertTrue(page.text().startsWith("Le président a rencontré son homologue à Genève"), page.text());
        HtmlExtraction.Page utf8 = page(extractor.extract(html.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals(page.text(), utf8.text());
    }

    @Test
    void plainTextOfFeedDescription() {
        assertEquals("First paragraph with a link.\n\nSecond paragraph.",
                extractor.plainText("<p>First paragraph with <a href='x'>a link</a>.</p><p>Second&nbsp;paragraph.</p>"));
        assertEquals("Plain words", extractor.plainText("Plain   words"));
    }

    @Test
    void publicationDates() {
        assertEquals(LocalDate.of(2022, 1, 7), PublicationDate.parse("Fri, 07 Jan 2022 23:30:00 -0500"));
        assertEquals(LocalDate.of(2022, 1, 7), PublicationDate.parse("7 Jan 2022 10:00 GMT"));
        assertEquals(LocalDate.of(2022, 1, 7), PublicationDate.parse("2022-01-07T23:30:00-05:00"));
        assertEquals(LocalDate.of(2022, 1, 7), PublicationDate.parse("20220107"));
        assertNull(PublicationDate.parse("yesterday"));
        assertNull(PublicationDate.parse("2022-13-45"));
    }

    private static HtmlExtraction.Page page(HtmlExtraction extraction) {
        return assertInstanceOf(HtmlExtraction.Page.class, extraction, extraction::toString);
    }

    private static String refused(HtmlExtraction extraction) {
        return assertInstanceOf(HtmlExtraction.Refused.class, extraction, extraction::toString).reason();
    }
}
