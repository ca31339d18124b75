package org.annals.lexicon;

import java.util.Locale;

/** How the syntactic arguments of a trigger map to the sides of an event. */
public enum ArgumentFrame {
    /** Subject is the source, object or oblique the target: "X attacked Y", "X accused Y". */
    DIRECTED,
    /** Every participant is on both sides: "X met Y", "X and Y discussed", "talks between X and Y". */
    SYMMETRIC,
    /** Only a source is expected: "X protested", "workers went on strike". */
    UNDIRECTED,
    /**
     * Like {@link #UNDIRECTED}, for verbs that mean something else with an object: "demonstrated in Minsk" is a
     * protest, "demonstrated the plane" or "manifester son soutien" is not.
     */
    INTRANSITIVE;

    /** Parses a frame name as written in a lexicon, case-insensitively. */
    public static ArgumentFrame parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
