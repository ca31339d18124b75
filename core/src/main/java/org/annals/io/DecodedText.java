package org.annals.io;

/**
 * Outcome of turning bytes into article text: either the text (with an optional notice about the
 * encoding used) or the reason it was refused.
 */
public sealed interface DecodedText permits DecodedText.Text, DecodedText.Refused {

    /** Text ready for analysis: BOM removed, line endings normalized to {@code \n}. */
    record Text(String text, String charset, String notice) implements DecodedText {
    }

    /** Bytes that are not an article we can read, and why. */
    record Refused(String reason) implements DecodedText {
    }
}
