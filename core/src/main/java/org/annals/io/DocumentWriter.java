package org.annals.io;

import java.io.IOException;
import java.io.Writer;
import org.annals.model.DocumentResult;

/**
 * Writes {@link DocumentResult}s to a character stream in one {@link OutputFormat}. Each document is
 * flushed as soon as it is written, so a crash loses nothing already reported. The writer never closes
 * the stream it was given (it is often standard output).
 */
public interface DocumentWriter {

    void write(DocumentResult document) throws IOException;

    /** Called after the last document; flushes. */
    default void finish() throws IOException {
    }

    /** The writer for {@code format}. */
    static DocumentWriter create(OutputFormat format, Writer out) {
        return switch (format) {
            case JSON -> new JsonDocumentWriter(out, true);
            case JSONL -> new JsonDocumentWriter(out, false);
            case TABLE -> new EventTableWriter(out);
        };
    }
}
