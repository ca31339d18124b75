package org.annals.lexicon;

/** What a cue word says about the events near it. */
public enum CueKind {
    /** The event did not happen: "not", "never", "ne ... pas", "nier". */
    NEGATION,
    /** The event is possible, not asserted: "may", "could", "peut-être", conditional mood. */
    HYPOTHETICAL,
    /** The event is planned or expected: "will", "plan to", "prévoir", future tense. */
    FUTURE,
    /** Someone reports the event: "say", "according to", "selon", "service de presse". */
    REPORTING,
    /** Someone wants the event: "want", "seek", "vouloir", "souhaiter"; the embedded event is not a fact. */
    MODAL_DESIRE,
    /** Someone says the event must happen: "must", "have to", "il faut"; a statement of it is a demand. */
    DEONTIC,
    /**
     * A conditional form: "would", the French and Spanish conditional mood. Possible on its own ("talks
     * would resume"), the future of the past under a reporting verb ("said they would boycott").
     */
    CONDITIONAL,
    /**
     * A form that marks hearsay in the languages that have one: the French and Spanish conditional perfect
     * of journalism ("le président aurait rencontré", "habría muerto"), meaning "reportedly".
     */
    HEARSAY
}
