package org.annals.io;

import java.util.Objects;

/** An input that could not be read as an article, with a one-line reason meant for the user. */
public record ReadProblem(String origin, String reason) implements ReadItem {
    public ReadProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** The message to print: {@code "news.jsonl:12: missing \"text\""}. */
    public String message() {
        return origin + ": " + reason;
    }
}
