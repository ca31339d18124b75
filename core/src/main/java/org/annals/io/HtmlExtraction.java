package org.annals.io;

import java.time.LocalDate;

/** Outcome of extracting an article from an HTML page: the page's main text and metadata, or why not. */
public sealed interface HtmlExtraction permits HtmlExtraction.Page, HtmlExtraction.Refused {

    /**
     * The main text of a page (paragraphs in document order, separated by blank lines) and what its
     * metadata says; every field but {@code text} may be {@code null}.
     *
     * @param lang ISO 639 primary language subtag from {@code <html lang>} or equivalent metadata
     * @param site the outlet's name ({@code og:site_name}) or, failing that, the host of {@code url}
     */
    record Page(String text, String title, String lang, LocalDate published, String url, String site)
            implements HtmlExtraction {
    }

    /** A page with no article text, and a one-line reason. */
    record Refused(String reason) implements HtmlExtraction {
    }
}
