package org.annals.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of a plain-text file into article text, or refuses them with a one-line reason.
 *
 * <p>UTF-8 (with or without BOM) is the default. Bytes that are not UTF-8 are handed to ICU's
 * {@link CharsetDetector}, restricted to a few plausible legacy encodings of news text; they are decoded
 * only when the detector is confident, with a notice saying which encoding was used. Text with a UTF-16
 * byte-order mark is decoded as UTF-16. Binary data, empty or blank files and HTML documents are refused.
 * The result is normalized by {@link TextNormalizer} (no BOM, {@code \n} line endings).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextDecoder {

    /**
     * Legacy encodings we accept from the detector, as ICU names them. ICU reports Western European text
     * as ISO-8859-1 or windows-1252 (it does not tell -15 apart; the two differ in eight rare characters).
     */
    public static final List<String> DEFAULT_LEGACY_CHARSETS =
            List.of("windows-1252", "ISO-8859-1", "ISO-8859-15", "windows-1251", "KOI8-R");

    /** ICU confidence (0–100) below which a guessed encoding is refused rather than used. */
    public static final int DEFAULT_MIN_CONFIDENCE = 30;

    /** How far the chosen encoding must lead the runner-up: a near tie means a guess, and guesses garble text. */
    private static final int MIN_LEAD = 10;

    /** Fraction of control bytes above which a file counts as binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    /** A UTF-8 file with a few stray bytes is still UTF-8 when valid multibyte sequences outnumber them this much. */
    private static final int STRAY_BYTE_DOMINANCE = 10;

    private final Set<String> legacyCharsets;
    private final int minConfidence;

    public TextDecoder() {
        this(DEFAULT_LEGACY_CHARSETS, DEFAULT_MIN_CONFIDENCE);
    }

    public TextDecoder(List<String> legacyCharsets, int minConfidence) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : legacyCharsets) {
            names.add(name.toUpperCase(Locale.ROOT));
        }
        this.legacyCharsets = Set.copyOf(names);
        this.minConfidence = minConfidence;
    }

    public DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new DecodedText.Refused("empty file");
        }
        DecodedText result = decodeRaw(bytes);
        if (result instanceof DecodedText.Text t) {
            return checkContent(t);
        }
        return result;
    }

    private DecodedText decodeRaw(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, StandardCharsets.UTF_8, null)
                    .orElse("not valid UTF-8 although it starts with a UTF-8 byte-order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(bytes, utf16, "decoded as " + utf16.name())
                    .orElse("not valid UTF-16 although it starts with a UTF-16 byte-order mark");
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            return new DecodedText.Refused(binary);
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.invalid() == 0) {
            return strict(bytes, StandardCharsets.UTF_8, null).orElse("not valid UTF-8");
        }
        if (scan.validMultibyte() >= STRAY_BYTE_DOMINANCE * scan.invalid()) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new DecodedText.Text(text, "UTF-8", "decoded as UTF-8; " + scan.invalid()
                    + " invalid byte" + (scan.invalid() == 1 ? "" : "s") + " (first at byte "
                    + scan.firstInvalid() + ") replaced by U+FFFD");
        }
        // Many well-formed sequences among the bad bytes: UTF-8 pasted next to some legacy encoding.
        // Few: chance pairs inside a legacy encoding, which the detector handles.
        if (scan.validMultibyte() >= 3 && 2 * scan.validMultibyte() >= scan.invalid()) {
            return new DecodedText.Refused("mixed encodings: " + scan.validMultibyte()
                    + " UTF-8 characters and " + scan.invalid() + " bytes that are not UTF-8 (first at byte "
                    + scan.firstInvalid() + ")");
        }
        return detectLegacy(bytes);
    }

    private DecodedText detectLegacy(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (matches.length == 0) {
            return new DecodedText.Refused("not UTF-8, and the encoding could not be identified; convert it to UTF-8");
        }
        CharsetMatch top = matches[0];
        int runnerUp = matches.length > 1 ? matches[1].getConfidence() : 0;
        if (!legacyCharsets.contains(top.getName().toUpperCase(Locale.ROOT))) {
            return new DecodedText.Refused("not UTF-8; looks like " + top.getName() + " (" + top.getConfidence()
                    + "% confidence), which is not a supported encoding; convert it to UTF-8");
        }
        if (top.getConfidence() < minConfidence || top.getConfidence() - runnerUp < MIN_LEAD) {
            String guess = top.getName() + " at " + top.getConfidence() + "%"
                    + (matches.length > 1 ? ", " + matches[1].getName() + " at " + runnerUp + "%" : "");
            return new DecodedText.Refused("not UTF-8, and the encoding could not be identified with confidence ("
                    + guess + "); convert it to UTF-8");
        }
        CharsetMatch best = top;
        Charset charset = javaCharset(best.getName(), bytes);
        return strict(bytes, charset, "decoded as " + charset.name())
                .orElse("not UTF-8, and not valid " + charset.name() + " either");
    }

    /** ICU says ISO-8859-1 for Western text; bytes 0x80–0x9F then mean windows-1252 punctuation, not C1 controls. */
    private static Charset javaCharset(String icuName, byte[] bytes) {
        if (icuName.equalsIgnoreCase("ISO-8859-1")) {
            for (byte b : bytes) {
                int v = b & 0xFF;
                if (v >= 0x80 && v <= 0x9F) {
                    return Charset.forName("windows-1252");
                }
            }
        }
        return Charset.forName(icuName);
    }

    private static String binaryReason(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                return "binary file (contains NUL bytes)";
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x0B && v != 0x1B || v == 0x7F) {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_RATIO * bytes.length) {
            return String.format(Locale.ROOT, "binary file (%.1f%% control bytes)", 100.0 * controls / bytes.length);
        }
        return null;
    }

    private DecodedText checkContent(DecodedText.Text decoded) {
        String text = TextNormalizer.normalize(decoded.text());
        if (TextNormalizer.isBlank(text)) {
            return new DecodedText.Refused("empty file");
        }
        if (looksLikeHtml(text)) {
            return new DecodedText.Refused("HTML document read as plain text (read it with input format auto or html)");
        }
        return new DecodedText.Text(text, decoded.charset(), decoded.notice());
    }

    /** True when the text starts (after whitespace) like an HTML document. */
    public static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 64)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int next = text.indexOf('<', i + 5);
            return next > 0 && looksLikeHtml(text.substring(next));
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Attempt strict(byte[] bytes, Charset charset, String notice) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return new Attempt(new DecodedText.Text(chars.toString(), charset.name(), notice));
        } catch (CharacterCodingException e) {
            return new Attempt(null);
        }
    }

    /** A strict decoding that either worked or yields the given refusal. */
    private record Attempt(DecodedText.Text text) {
        DecodedText orElse(String reason) {
            return text != null ? text : new DecodedText.Refused(reason);
        }
    }

    /** Counts of well-formed multibyte UTF-8 sequences and of bytes that fit no sequence. */
    record Utf8Scan(int validMultibyte, int invalid, int firstInvalid) {

        static Utf8Scan of(byte[] bytes) {
            int valid = 0;
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    valid++;
                    i += length;
                } else {
                    if (first < 0) {
                        first = i;
                    }
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first);
        }

        /** Length of the well-formed sequence starting at {@code i}, or 0 (RFC 3629 table). */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            int length;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return 0;
            }
            if (i + length > bytes.length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return 0;
            }
            for (int k = 2; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return 0;
                }
            }
            return length;
        }
    }
}
