package org.annals.store;

/** What {@link Store#put} did with one article. */
public enum PutOutcome {
    /** Stored with everything extracted from it. */
    STORED,
    /** Skipped: an article with the same id is already stored. */
    DUPLICATE_ID,
    /** Skipped: an article with the same normalized text is already stored under another id. */
    DUPLICATE_CONTENT;

    public boolean stored() {
        return this == STORED;
    }
}
