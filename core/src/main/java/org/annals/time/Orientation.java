package org.annals.time;

/** Which way an underspecified date ("mardi", "le 28 décembre") leans from its anchor. */
public enum Orientation {
    /** The occurrence nearest the anchor, ties going to the past: right for news reporting. */
    NEAREST,
    /** The latest occurrence on or before the anchor. */
    PAST,
    /** The first occurrence after the anchor, as assistants (Duckling) resolve requests. */
    FUTURE
}
