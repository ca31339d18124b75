package org.annals.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.annals.io.DocumentWriter;
import org.annals.io.OutputFormat;
import org.annals.model.DocumentResult;

/**
 * Prints the results of {@code annals extract}. With {@code json}, a single result is pretty-printed and
 * several become one object per line, so the output always parses: the first result is held back until
 * it is known whether a second one follows.
 */
final class ResultPrinter implements AutoCloseable {

    private final OutputFormat format;
    private final Writer out;
    private DocumentWriter writer;
    private DocumentResult heldBack;

    ResultPrinter(OutputFormat format, Writer out) {
        this.format = format;
        this.out = out;
        if (format != OutputFormat.JSON) {
            writer = DocumentWriter.create(format, out);
        }
    }

    void print(DocumentResult result) {
        try {
            if (writer == null) {
                if (heldBack == null) {
                    heldBack = result;
                    return;
                }
                writer = DocumentWriter.create(OutputFormat.JSONL, out);
                writer.write(heldBack);
                heldBack = null;
            }
            writer.write(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (heldBack != null) {
                DocumentWriter.create(format, out).write(heldBack);
            }
            if (writer != null) {
                writer.finish();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
