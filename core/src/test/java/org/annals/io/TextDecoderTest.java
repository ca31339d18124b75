package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    static final String FRENCH = "Le président a reçu jeudi à l'Élysée son homologue allemand. Les deux dirigeants "
            + "ont évoqué la sécurité énergétique, la guerre et les négociations commerciales avec la Chine. "
            + "« Nous sommes d'accord sur l'essentiel », a déclaré le chef de l'État à la presse après la réunion.";
    static final String RUSSIAN = "Президент провёл в четверг переговоры с премьер-министром соседней страны. "
            + "Стороны обсудили вопросы безопасности, торговли и энергетики, а также подготовку нового соглашения. "
            + "По словам пресс-службы, встреча прошла в конструктивной атмосфере.";

    private final TextDecoder decoder = new TextDecoder();

    private DecodedText.Text text(byte[] bytes) {
        return assertInstanceOf(DecodedText.Text.class, decoder.decode(bytes));
    }

    private String refusal(byte[] bytes) {
        return assertInstanceOf(DecodedText.Refused.class, decoder.decode(bytes)).reason();
    }

    @Test
    void utf8IsReadWithoutNotice() {
        DecodedText.Text t = text(FRENCH.getBytes(StandardCharsets.UTF_8));
        assertEquals(FRENCH, t.text());
        assertNull(t.notice());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] body = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText.Text t = text(bytes);
        assertEquals(RUSSIAN, t.text());
        assertNull(t.notice());
    }

    @Test
    void latin1FrenchIsDetected() {
        DecodedText.Text t = text(FRENCH.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(FRENCH, t.text());
        assertTrue(t.notice().startsWith("decoded as ISO-8859-1") || t.notice().startsWith("decoded as windows-1252"),
                t.notice());
    }

    @Test
    void windows1252PunctuationIsKept() {
        String text = FRENCH.replace("« ", "\u201C").replace(" »", "\u201D") + " Il a ajouté \u2014 sans détour \u2014 que rien n'était décidé.";
        DecodedText.Text t = text(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, t.text());
        assertEquals("decoded as windows-1252", t.notice());
    }

    @Test
    void cp1251RussianIsDetected() {
        DecodedText.Text t = text(RUSSIAN.getBytes(Charset.forName("windows-1251")));
        assertEquals(RUSSIAN, t.text());
        assertEquals("decoded as windows-1251", t.notice());
    }

    @Test
    void koi8RussianIsDetected() {
        DecodedText.Text t = text(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
        assertEquals(RUSSIAN, t.text());
        assertEquals("decoded as KOI8-R", t.notice());
    }

    @Test
    void utf16WithBomIsDecoded() {
        DecodedText.Text le = text(("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(RUSSIAN, le.text());
        assertEquals("decoded as UTF-16LE", le.notice());
        DecodedText.Text be = text(FRENCH.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
        assertEquals(FRENCH, be.text());
        assertEquals("decoded as UTF-16BE", be.notice());
    }

    @Test
    void lineEndingsAreNormalized() {
        DecodedText.Text t = text("Titre\r\n\r\nPremier paragraphe.\rSecond.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Titre\n\nPremier paragraphe.\nSecond.\n", t.text());
    }

    @Test
    void emptyAndBlankAreRefused() {
        assertEquals("empty file", refusal(new byte[0]));
        assertEquals("empty file", refusal(" \r\n\t \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("empty file", refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
    }

    @Test
    void binaryIsRefused() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertTrue(refusal(random).startsWith("binary file"), refusal(random));
        byte[] controls = "plain words".repeat(20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < controls.length; i += 10) {
            controls[i] = 0x02;
        }
        assertEquals("binary file (10.0% control bytes)", refusal(controls));
    }

    @Test
    void htmlIsRefused() {
        String reason = refusal("\n<!DOCTYPE html>\n<html><body><p>Bonjour</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(reason.startsWith("HTML document"), reason);
        assertTrue(refusal("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes(StandardCharsets.UTF_8))
                .startsWith("HTML document"));
        // Text that merely mentions a tag is text.
        text("The <html> element is the root of a page.".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8WithAStrayByteIsKeptWithNotice() {
        byte[] good = (RUSSIAN + " " + FRENCH).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = ' ';
        bytes[good.length + 1] = (byte) 0xE9; // a Latin-1 "é" pasted in
        DecodedText.Text t = text(bytes);
        assertTrue(t.text().endsWith(" \uFFFD"));
        assertEquals("decoded as UTF-8; 1 invalid byte (first at byte " + (good.length + 1) + ") replaced by U+FFFD",
                t.notice());
    }

    @Test
    void halfUtf8HalfLatin1IsRefusedAsMixed() {
        byte[] a = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] b = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[a.length + b.length];
        System.arraycopy(a, 0, bytes, 0, a.length);
        System.arraycopy(b, 0, bytes, a.length, b.length);
        assertTrue(refusal(bytes).startsWith("mixed encodings: "), refusal(bytes));
    }

    @Test
    void unidentifiableLegacyBytesAreRefused() {
        String reason = refusal("ok \u00e9 \u00e8".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(reason.startsWith("not UTF-8, and the encoding could not be identified with confidence"), reason);
    }

    @Test
    void unsupportedLegacyEncodingIsNamed() {
        String japanese = "東京で首脳会談が行われ、両国は経済と安全保障の分野で協力を確認した。";
        assertEquals("not UTF-8; looks like Shift_JIS (100% confidence), which is not a supported encoding; convert it to UTF-8",
                refusal(japanese.getBytes(Charset.forName("Shift_JIS"))));
    }
}
