package org.annals.model;

/** A stretch of article text: UTF-16 offsets {@code [start, end)} and the text they cover. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code text} between the two offsets. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
