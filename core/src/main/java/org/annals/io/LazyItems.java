package org.annals.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that reads one item ahead from an input: subclasses compute items on demand and say when
 * the input is over, so a reader never holds more than one article in memory.
 */
abstract class LazyItems implements Iterator<ReadItem> {

    private ReadItem next;
    private boolean finished;

    /**
     * The next item, or {@code null} when this step produced none; the input ends when
     * {@link #finish()} has been called or a step returns {@code null} and {@link #endsOnNull()} says so.
     */
    protected abstract ReadItem advance();

    /** Whether a step that produces no item means the input is over (true unless steps may skip). */
    protected boolean endsOnNull() {
        return true;
    }

    /** Releases the input once it is over; called once. */
    protected void release() {
    }

    /** Marks the input as over: the item being returned, if any, is the last one. */
    protected final void finish() {
        if (!finished) {
            finished = true;
            release();
        }
    }

    protected final boolean finished() {
        return finished;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !finished) {
            next = advance();
            if (next == null && endsOnNull()) {
                finish();
            }
        }
        return next != null;
    }

    @Override
    public final ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = next;
        next = null;
        return item;
    }
}
