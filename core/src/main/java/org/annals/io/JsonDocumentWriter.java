package org.annals.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import org.annals.model.DocumentResult;

/**
 * Writes documents as {@code annals.v1} JSON: pretty-printed (one object, then a newline, per document)
 * or as JSONL (one compact object per line). Several pretty objects in a row form a JSON stream, which
 * {@code jq} and Jackson read, but not a single JSON value; choose JSONL for many documents.
 */
public final class JsonDocumentWriter implements DocumentWriter {

    private final Writer out;
    private final ObjectWriter json;

    public JsonDocumentWriter(Writer out, boolean pretty) {
        this.out = out;
        ObjectWriter writer = AnnalsJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // "key": value, as people write JSON by hand (Jackson's default is "key" : value).
        // Array elements on their own lines, and "\n" whatever the platform's line separator.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.json = pretty ? writer.with(printer) : writer;
    }

    @Override
    public void write(DocumentResult document) throws IOException {
        // A string first: a failure mid-document must not leave half an object in the output.
        String text = json.writeValueAsString(document);
        out.write(text);
        out.write('\n');
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
