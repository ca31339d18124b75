package org.annals.io;

import java.util.Locale;

/**
 * How to read an input: by its file extension and content (AUTO), as one plain-text article, as JSON
 * lines, as one HTML page, as an RSS/Atom feed, or as a WARC archive.
 */
public enum InputFormat {
    AUTO, TEXT, JSONL, HTML, FEED, WARC;

    /** Parses a command-line value ("auto", "text", "jsonl", "html", "feed", "warc"); throws otherwise. */
    public static InputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format \"" + value
                    + "\" (use auto, text, jsonl, html, feed or warc)");
        }
    }
}
