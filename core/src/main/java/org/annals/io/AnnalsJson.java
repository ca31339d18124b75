package org.annals.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The Jackson set-up for {@code annals.v1} documents: dates as ISO strings ("2022-01-07"), absent values
 * written as {@code null} (the schema shows every field), unknown fields tolerated when reading back.
 */
public final class AnnalsJson {

    private static final ObjectMapper MAPPER = create();

    private AnnalsJson() {
    }

    /** A shared, configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the Annals settings, for callers that need to configure further. */
    public static ObjectMapper create() {
        SimpleModule dates = new SimpleModule("annals-dates");
        dates.addSerializer(LocalDate.class, new IsoDateSerializer());
        dates.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        return new ObjectMapper()
                .registerModule(dates)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Writes a {@link LocalDate} as its ISO-8601 string; jackson-datatype-jsr310 would be a dependency for one type. */
    private static final class IsoDateSerializer extends StdScalarSerializer<LocalDate> {
        IsoDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Reads a {@link LocalDate} from "YYYY-MM-DD". */
    private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date (YYYY-MM-DD)");
            }
        }
    }
}
