package org.annals.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped) without decoding, so a
 * line with bad bytes can be reported alone; lines longer than a limit are skipped, not buffered.
 */
final class ByteLines {

    /** One line: its 1-based number and bytes, or {@code bytes == null} when it exceeded the limit. */
    record Line(int number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private int number;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    if (!sawAny) {
                        return null;
                    }
                    return finish(length);
                }
            }
            sawAny = true;
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            int count = chunkPos - start;
            if (length + count <= maxLineBytes) {
                buffer.write(chunk, start, count);
            }
            length += count;
            if (chunkPos < chunkEnd) {
                chunkPos++; // the newline
                return finish(length);
            }
        }
    }

    private Line finish(long length) {
        number++;
        if (length > maxLineBytes) {
            return new Line(number, null, length);
        }
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new Line(number, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end), length);
    }
}
