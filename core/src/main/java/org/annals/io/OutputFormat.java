package org.annals.io;

import java.util.Locale;

/** Output formats of {@code annals extract}. */
public enum OutputFormat {
    /** One pretty-printed {@code annals.v1} object per document. */
    JSON,
    /** One compact {@code annals.v1} object per line. */
    JSONL,
    /** A readable fixed-width event table per document. */
    TABLE;

    /** Parses a command-line value ("json", "jsonl", "table"); throws with the allowed values otherwise. */
    public static OutputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format \"" + value + "\" (use json, jsonl or table)");
        }
    }
}
