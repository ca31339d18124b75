package org.annals.pipeline;

/** Thrown when an article is in a language Annals has no analyzer for. */
public final class UnsupportedLanguageException extends Exception {

    private final String language;

    public UnsupportedLanguageException(String language, String detail) {
        super(detail);
        this.language = language;
    }

    public String language() {
        return language;
    }
}
