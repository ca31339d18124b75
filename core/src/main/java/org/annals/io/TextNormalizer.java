package org.annals.io;

/**
 * Brings decoded text to the form every offset in Annals refers to: no leading byte-order mark,
 * and line endings normalized to {@code \n} (CRLF and lone CR both become LF). Nothing else is changed,
 * so offsets into the normalized text are stable and documented.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (text.indexOf('\r', start) < 0) {
            return start == 0 ? text : text.substring(start);
        }
        StringBuilder out = new StringBuilder(text.length() - start);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text has no visible character (empty, or only whitespace and BOMs). */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
