package org.annals.time;

import org.annals.model.TimeExpression;

/** A time expression plus what the plain record cannot carry: its range modifier. */
public record TimeMention(TimeExpression expression, TimeModifier modifier) {
    public TimeMention {
        if (modifier == null) {
            modifier = TimeModifier.NONE;
        }
    }
}
