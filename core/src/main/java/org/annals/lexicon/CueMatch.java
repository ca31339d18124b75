package org.annals.lexicon;

import java.util.List;
import org.annals.analysis.Token;

/**
 * A cue found in a sentence.
 *
 * @param entry the lexicon entry
 * @param tokens the tokens that matched its slots, in order
 * @param head the token of the head slot ("selon", "dire", the conditional verb)
 */
public record CueMatch(CueEntry entry, List<Token> tokens, Token head) {
    public CueMatch {
        tokens = List.copyOf(tokens);
    }

    /** What the cue signals. */
    public CueKind kind() {
        return entry.kind();
    }
}
