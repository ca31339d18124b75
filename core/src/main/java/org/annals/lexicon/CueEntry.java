package org.annals.lexicon;

import java.util.Objects;

/**
 * One factuality or attribution cue of a language.
 *
 * @param pattern the lemma sequence, or {@code null} for a cue made of features alone (any token
 *     with {@code features}, e.g. the future tense)
 * @param kind what the cue signals
 * @param features UD features the head token must all carry ("Mood=Cnd"), empty for none
 * @param pos UPOS the head token must have, empty for any
 */
public record CueEntry(LemmaPattern pattern, CueKind kind, String features, String pos) {
    public CueEntry {
        Objects.requireNonNull(kind, "kind");
        features = features == null ? "" : features;
        pos = pos == null ? "" : pos;
        if (pattern == null && features.isEmpty()) {
            throw new IllegalArgumentException("a cue needs lemmas or features");
        }
    }

    /** Whether this cue is recognized by morphology alone. */
    public boolean featureOnly() {
        return pattern == null;
    }
}
