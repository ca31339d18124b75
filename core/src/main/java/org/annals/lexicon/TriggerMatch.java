package org.annals.lexicon;

import java.util.List;
import org.annals.analysis.Token;

/**
 * A trigger found in a sentence.
 *
 * @param entry the lexicon entry
 * @param tokens the tokens that matched the entry's word slots, in order (gap and wildcard tokens excluded)
 * @param head the token of the head slot, where the argument engine starts
 */
public record TriggerMatch(TriggerEntry entry, List<Token> tokens, Token head) {
    public TriggerMatch {
        tokens = List.copyOf(tokens);
    }

    /** UTF-16 offset where the trigger text begins. */
    public int start() {
        return tokens.get(0).start();
    }

    /** UTF-16 offset past the trigger text. */
    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }
}
