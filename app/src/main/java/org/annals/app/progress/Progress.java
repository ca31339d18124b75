package org.annals.app.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long command on standard error: a redrawn bar with rate and ETA on a terminal,
 * a plain line every few seconds otherwise (logs, CI).
 */
public final class Progress implements AutoCloseable {

    private static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 200_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long done;
    private long lastDrawn;

    /**
     * @param total number of items, or -1 when unknown
     */
    public Progress(PrintStream out, String label, long total, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.terminal = terminal;
    }

    /** A progress display on stderr, drawn as a bar when a console is attached. */
    public static Progress onStderr(String label, long total) {
        return new Progress(System.err, label, total, System.console() != null);
    }

    /** Counts {@code n} more items done. */
    public synchronized void advance(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastDrawn >= (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
            lastDrawn = now;
            draw(now, false);
        }
    }

    private void draw(long now, boolean last) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? formatDuration((total - done) / rate) : "?";
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, width * done / total) : 0;
            String bar = "#".repeat(filled) + "-".repeat(width - filled);
            out.printf(Locale.ROOT, "\r%s [%s] %d/%s  %.1f/s  ETA %s   ", label, bar, done,
                    total > 0 ? Long.toString(total) : "?", rate, eta);
            if (last) {
                out.println();
            }
        } else {
            out.printf(Locale.ROOT, "%s: %d/%s done, %.1f/s, ETA %s%n", label, done,
                    total > 0 ? Long.toString(total) : "?", rate, eta);
        }
        out.flush();
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        if (done > 0 && (terminal || System.nanoTime() - started > LINE_INTERVAL_NANOS)) {
            draw(System.nanoTime(), true);
        }
    }
}
