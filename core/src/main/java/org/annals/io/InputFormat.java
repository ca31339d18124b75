package org.annals.io;

import java.util.Locale;

/** How to read an input: by its file extension, as one plain-text article, or as JSON lines. */
public enum InputFormat {
    AUTO, TEXT, JSONL;

    /** Parses a command-line value ("auto", "text", "jsonl"); throws with the allowed values otherwise. */
    public static InputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format \"" + value + "\" (use auto, text or jsonl)");
        }
    }
}
