package org.annals.time;

import java.text.Normalizer;

/**
 * Folds text for matching without changing its length, so match offsets are offsets in the original:
 * lower case, Latin diacritics removed (é→e, ä→a), Cyrillic ё→е, typographic apostrophes and dashes
 * made plain. Cyrillic й keeps its breve because it is a different letter.
 */
final class TextFolding {

    private TextFolding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    static char foldChar(char c) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        char lower = Character.toLowerCase(c);
        switch (lower) {
            case 'ё': return 'е';
            case '’': case 'ʼ': case '‘': case '´': return '\'';
            case '–': case '—': case '‑': case '‐': return '-';
            case '\u00a0': case '\u202f': return ' ';
            case 'ß': return 'ß';
            default: break;
        }
        if (lower >= 0xC0 && lower < 0x250) {
            String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (base < 0x80) {
                return base;
            }
        }
        return lower;
    }
}
