package org.annals.lexicon;

/** The role a case marker or preposition gives to the phrase it introduces. */
public enum ArgumentRole {
    /** The event is directed at it: "with", "against", "avec", "contre", "auprès de". */
    TARGET,
    /** It performs the event: the agent of a passive, "by", "par". */
    SOURCE,
    /** All its members are on both sides: "between", "entre". */
    BOTH,
    /** Where the event happens: "in", "at", "dans", "en". */
    LOCATION,
    /** When the event happens: "on", "during", "pendant", "lors de". */
    TIME,
    /** What the event is about: "about", "on", "sur", "concernant". */
    TOPIC,
    /** Under an action noun, what is acted on: "the invasion of Kuwait", "the arrest of X" (en "of"). */
    PATIENT
}
