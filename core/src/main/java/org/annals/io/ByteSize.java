package org.annals.io;

import java.util.Locale;

/** Human-readable sizes for messages ("5.0 MB", "2 MB"); 1 MB = 1024 × 1024 bytes. */
final class ByteSize {
    static final long MB = 1024L * 1024L;

    private ByteSize() {
    }

    /** Size with one decimal: "5.0 MB", "0.3 MB", or bytes/KB for small sizes. */
    static String precise(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < MB / 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    /** A limit as the user would have typed it: "2 MB", "1.5 MB", "512 KB". */
    static String limit(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
