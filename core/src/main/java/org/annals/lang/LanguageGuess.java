package org.annals.lang;

import java.util.Locale;

/**
 * What a {@link LanguageIdentifier} made of a text.
 *
 * @param code ISO 639-1 code of the most likely language, or {@code null} when nothing could be said
 * @param confidence Lingua's confidence for that language, 0..1
 * @param supported whether {@code code} is one of the languages Annals analyzes
 */
public record LanguageGuess(String code, double confidence, boolean supported) {

    /** No language could be identified (no letters, or nothing resembling a known language). */
    public static final LanguageGuess UNKNOWN = new LanguageGuess(null, 0.0, false);

    public boolean known() {
        return code != null;
    }

    /** For messages: {@code "Portuguese (pt, 93%)"}, or {@code "unknown"}. */
    public String describe() {
        if (code == null) {
            return "unknown";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() ? code : name) + " (" + code + ", " + Math.round(confidence * 100) + "%)";
    }
}
