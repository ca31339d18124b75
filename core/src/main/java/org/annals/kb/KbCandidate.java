package org.annals.kb;

/**
 * One answer of a knowledge-base lookup.
 *
 * @param matchedName the KB name that matched
 * @param score 0..1, how well the name and context fit
 * @param code the actor code at the requested date
 */
public record KbCandidate(KbEntity entity, String matchedName, double score, ActorCode code) {
}
