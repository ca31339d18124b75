package org.annals.lang;

import java.util.Locale;

/**
 * What a {@link LanguageIdentifier} made of a text.
 *
 * @param code ISO 639-1 code of the most likely language, or {@code null} when nothing could be said
 * @param confidence how clearly it beat the runner-up, 0..1: one minus the runner-up's score relative to the
 *     winner's (Lingua 1.2 scores the winner 1.0). Near 0 is a toss-up ("la casa": 0.04, es over it); one
 *     news sentence typically gives 0.15–0.3, a paragraph more; 1.0 when no other language was possible
 * @param runnerUp ISO 639-1 code of the second most likely language, or {@code null}
 * @param supported whether {@code code} is one of the languages Annals analyzes
 */
public record LanguageGuess(String code, double confidence, String runnerUp, boolean supported) {

    /** No language could be identified (no letters, or nothing resembling a known language). */
    public static final LanguageGuess UNKNOWN = new LanguageGuess(null, 0.0, null, false);

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
