package org.annals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.annals.model.Article;

/**
 * Turns one JSON object {@code {"id","text","lang"?,"published"?,"title"?,"url"?,"source"?}} into an
 * {@link Article}, or into a {@link ReadProblem} saying what is wrong with it. {@code "date"} is accepted
 * as an alias of {@code "published"}; dates may be {@code YYYY-MM-DD} or ISO date-times (the date part as
 * written is kept, no time-zone conversion). The text is normalized like a plain-text file's. Thread-safe.
 */
public final class JsonArticleParser {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final long maxTextBytes;

    public JsonArticleParser(long maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    /** Parses {@code json}; {@code origin} ("news.jsonl:12") names the article in messages. */
    public ReadItem parse(String json, String origin) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadProblem(origin, "not JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new ReadProblem(origin, "not a JSON object");
        }
        try {
            return new ReadArticle(toArticle(node, origin), null);
        } catch (BadField e) {
            return new ReadProblem(origin, e.getMessage());
        }
    }

    private Article toArticle(JsonNode node, String origin) {
        String id = scalar(node, "id");
        if (id == null || id.isBlank()) {
            throw new BadField("missing \"id\"");
        }
        String text = string(node, "text");
        if (text == null) {
            throw new BadField("missing \"text\"");
        }
        text = TextNormalizer.normalize(text);
        if (TextNormalizer.isBlank(text)) {
            throw new BadField("empty \"text\"");
        }
        long bytes = utf8Length(text);
        if (bytes > maxTextBytes) {
            throw new BadField("too large: " + ByteSize.precise(bytes) + " > " + ByteSize.limit(maxTextBytes) + " limit");
        }
        if (TextDecoder.looksLikeHtml(text)) {
            throw new BadField("\"text\" is an HTML document; plain text expected");
        }
        String dateField = node.hasNonNull("published") ? "published" : "date";
        return new Article(id.trim(), text, language(string(node, "lang")), date(node, dateField),
                string(node, "title"), string(node, "url"), string(node, "source"), origin);
    }

    private static String language(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) {
            return null;
        }
        String primary = value.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!LANGUAGE_CODE.matcher(primary).matches()) {
            throw new BadField("bad \"lang\" \"" + value + "\" (want an ISO 639-1 code such as \"fr\")");
        }
        return primary;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = string(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ignored) {
            // not a plain date; try the date-time forms below
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return ZonedDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no zone
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new BadField("bad \"" + field + "\" \"" + value + "\" (want YYYY-MM-DD or an ISO date-time)");
        }
    }

    /** A string field; {@code null} when absent or JSON null; a non-string value is an error. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadField("\"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    /** A string or number field (ids are sometimes numbers). */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isNumber()) {
            return value.asText();
        }
        return string(node, field);
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A field that makes the line unusable; caught in {@link #parse} and turned into a problem. */
    private static final class BadField extends RuntimeException {
        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
