package org.annals.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an analysis.
 *
 * @param start UTF-16 offset of the first character in the article text
 * @param end UTF-16 offset past the last character
 * @param parsed whether the dependency fields of the tokens were filled
 */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Tokens whose head is {@code token}, in order. */
    public List<Token> dependents(Token token) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == token.index()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The governor of {@code token}, or {@code null} at the root or in an unparsed sentence. */
    public Token head(Token token) {
        return token.head() < 0 ? null : tokens.get(token.head());
    }
}
