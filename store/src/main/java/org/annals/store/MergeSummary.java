package org.annals.store;

/**
 * Counts of one merge run.
 *
 * @param reports factual event reports considered
 * @param events merged events written
 * @param nonFactual hypothetical, negated or future mentions seen (never counted as reports)
 * @param nonFactualAttached of those, how many fit a merged event and are listed with it
 */
public record MergeSummary(int reports, int events, int nonFactual, int nonFactualAttached) {
}
